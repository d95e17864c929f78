import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { checkResponse, prepareRequest } from './http.js';
import type { FromWorker, LoadResult, LoadRun, ToWorker } from './load-protocol.js';

/**
 * Runs in a worker thread (see load.ts) so the load generator uses the second
 * core instead of competing with the server for the main event loop.
 */
const port = parentPort;
if (!port) throw new Error('load-worker.ts must run in a worker thread');

const MAX_ERROR_SAMPLES = 5;

port.on('message', (message: ToWorker) => {
  runLoad(message.run).then(
    (result) => post({ type: 'result', id: message.id, result }, [result.latenciesMs.buffer as ArrayBuffer]),
    (error: unknown) =>
      post({
        type: 'crashed',
        id: message.id,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function runLoad(run: LoadRun): Promise<LoadResult> {
  const prepared = (Array.isArray(run.request) ? run.request : [run.request]).map(prepareRequest);
  // A fresh pool per run: every run opens its own keep-alive connections, and
  // none sits idle into the server's keep-alive timeout between rounds.
  const agent = new Agent({ keepAlive: true, maxSockets: run.concurrency, maxFreeSockets: run.concurrency });
  const latencies: number[] = [];
  const errorSamples = new Set<string>();
  const statuses: Record<number, number> = {};
  let ok = 0;
  let errors = 0;

  const noteError = (description: string) => {
    errors += 1;
    if (errorSamples.size < MAX_ERROR_SAMPLES) errorSamples.add(description);
  };

  const start = performance.now();
  const deadline = start + run.durationMs;
  const client = async (_: unknown, index: number) => {
    for (let turn = index; performance.now() < deadline; turn++) {
      const sent = performance.now();
      try {
        const response = await prepared[turn % prepared.length]!.send(agent);
        latencies.push(performance.now() - sent);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const problem = checkResponse(response, run.expect);
        if (problem) noteError(problem);
        else ok += 1;
      } catch (error) {
        latencies.push(performance.now() - sent);
        statuses[0] = (statuses[0] ?? 0) + 1;
        noteError(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: run.concurrency }, client));
  } finally {
    agent.destroy();
  }
  const elapsedMs = performance.now() - start;
  return {
    requests: ok + errors,
    ok,
    errors,
    errorSamples: [...errorSamples],
    elapsedMs,
    latenciesMs: Float64Array.from(latencies),
    statuses,
  };
}
