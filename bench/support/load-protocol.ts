import type { RequestSpec, ResponseExpectation } from './http.js';

/** One closed-loop load run: `concurrency` clients, each sending its next request as soon as the last one answered. */
export interface LoadRun {
  /** Several requests are sent in turn, each client starting at its own offset. */
  request: RequestSpec | RequestSpec[];
  expect: ResponseExpectation;
  concurrency: number;
  durationMs: number;
}

export interface LoadResult {
  /** Responses received plus transport failures. */
  requests: number;
  ok: number;
  errors: number;
  /** The first few distinct failure descriptions. */
  errorSamples: string[];
  /** From the first request to the last response (in-flight requests finish after the deadline). */
  elapsedMs: number;
  /** One per request, in milliseconds, including failed ones. */
  latenciesMs: Float64Array;
  /** Responses counted by HTTP status (0: no response). */
  statuses: Record<number, number>;
}

export type ToWorker = { type: 'run'; id: number; run: LoadRun };
export type FromWorker =
  { type: 'result'; id: number; result: LoadResult } | { type: 'crashed'; id: number; message: string };
