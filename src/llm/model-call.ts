import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import { DEFAULT_LLM_TIMEOUT_MS } from './config.js';

/**
 * What every structured-output call shares: its time limit and cancellation,
 * and a short, loggable reason when the model could not be used.
 */
export interface ModelCallOptions {
  /** Overall limit on the model call, enforced here even if the provider ignores its own. Default 20000. */
  timeoutMs?: number;
  /** Cancels the model call (the outcome then falls back, error 'model call aborted'). */
  signal?: AbortSignal;
  /** Told about every call made to the model (operation, outcome, duration, tokens): the metrics. */
  record?: ModelCallRecorder;
}

/** What a model call was for: the label of its metrics. */
export type ModelOperation = 'narrator' | 'epilogue' | 'quest_designer' | 'quest_generation';

/**
 * How a model call ended: `ok` (an answer code could use), `invalid_output`
 * (an answer, but no usable structured output), `error` (the provider or the
 * client failed), `timeout`, `aborted`. All but `ok` fall back to the offline answer.
 */
export type ModelCallOutcome = 'ok' | 'invalid_output' | 'error' | 'timeout' | 'aborted';

export interface ModelTokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ModelCallRecord {
  operation: ModelOperation;
  outcome: ModelCallOutcome;
  durationSeconds: number;
  /** As the provider reported it (LangChain's `usage_metadata`); null when it reported none. */
  usage: ModelTokenUsage | null;
}

export type ModelCallRecorder = (record: ModelCallRecord) => void;

/** A model answer that cannot be used; its message is the short error reported. */
export class StructuredOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StructuredOutputError';
  }
}

const MAX_ERROR_LENGTH = 200;

export function shortError(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_ERROR_LENGTH ? `${oneLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : oneLine;
}

/** Short, loggable reason for a failed model call. */
export function describeModelError(error: unknown, timedOut: boolean, aborted: boolean): string {
  if (aborted) return 'model call aborted';
  if (error instanceof StructuredOutputError) return shortError(error.message);
  const err = (error ?? {}) as { name?: unknown; message?: unknown; status?: unknown; lc_error_code?: unknown };
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : String(error);
  if (timedOut || name === 'TimeoutError' || /timed? ?out/i.test(message)) return 'model timed out';
  if (name === 'AbortError') return 'model call aborted';
  if (name === 'OutputParserException' || err.lc_error_code === 'OUTPUT_PARSING_FAILURE') {
    if (/not valid JSON/i.test(message)) return 'model returned invalid JSON arguments';
    const issue = schemaIssue(message);
    return shortError(`model output failed the schema${issue ? `: ${issue}` : ''}`);
  }
  if (typeof err.status === 'number') {
    const text = message.startsWith(String(err.status)) ? message : `${err.status} ${message}`;
    return shortError(`model error: ${text}`);
  }
  return shortError(`model error: ${name && name !== 'Error' ? `${name}: ` : ''}${message}`);
}

/** The category of a failed call, for metrics (describeModelError gives the loggable reason). */
export function classifyModelOutcome(error: unknown, timedOut: boolean, aborted: boolean): ModelCallOutcome {
  if (aborted) return 'aborted';
  if (error instanceof StructuredOutputError) return 'invalid_output';
  const err = (error ?? {}) as { name?: unknown; message?: unknown; lc_error_code?: unknown };
  const message = typeof err.message === 'string' ? err.message : '';
  if (timedOut || err.name === 'TimeoutError' || /timed? ?out/i.test(message)) return 'timeout';
  if (err.name === 'AbortError') return 'aborted';
  if (err.name === 'OutputParserException' || err.lc_error_code === 'OUTPUT_PARSING_FAILURE') return 'invalid_output';
  return 'error';
}

/** Token counts of an AI message (LangChain's `usage_metadata`), or null when the provider reported none. */
export function tokenUsageOf(message: unknown): ModelTokenUsage | null {
  const usage = (message as { usage_metadata?: { input_tokens?: unknown; output_tokens?: unknown } } | null)
    ?.usage_metadata;
  if (!usage) return null;
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
  return { inputTokens: count(usage.input_tokens), outputTokens: count(usage.output_tokens) };
}

/**
 * Runs one model call and reports it to `options.record`: the one place where
 * every call is counted, whatever the operation and however it ends. `work`
 * hands over the model's message with `noteUsage` as soon as it has one, so
 * an answer that is then rejected still has its tokens counted.
 */
export async function meteredCall<T>(
  operation: ModelOperation,
  options: ModelCallOptions,
  timeout: AbortSignal,
  work: (noteUsage: (message: unknown) => void) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  let usage: ModelTokenUsage | null = null;
  const report = (outcome: ModelCallOutcome) =>
    options.record?.({ operation, outcome, durationSeconds: (performance.now() - started) / 1000, usage });
  try {
    const value = await work((message) => {
      usage = tokenUsageOf(message) ?? usage;
    });
    report('ok');
    return value;
  } catch (error) {
    report(classifyModelOutcome(error, timeout.aborted, options.signal?.aborted === true));
    throw error;
  }
}

/** Resolves with the promise, or rejects as soon as the signal aborts (whether or not the promise listens). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => undefined); // a late rejection after losing the race is not unhandled
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/** The signal of one call: the caller's signal (if any) and the timeout. */
export function callSignal(options: ModelCallOptions): { signal: AbortSignal; timeout: AbortSignal } {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS);
  return { signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout, timeout };
}

/** The first issue of a zod error as `path: message`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Trimmed, at most `max` characters (cut text is trimmed again). */
export function boundedText(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : trimmed.slice(0, max).trimEnd();
}

/** The first issue of the zod error LangChain's output parser embeds in its message, as `path: message`. */
function schemaIssue(message: string): string | null {
  const match = /Error: (\[[\s\S]*\])\s*$/.exec(message);
  if (!match) return null;
  try {
    const issues = JSON.parse(match[1]!) as { path?: (string | number)[]; message?: string }[];
    const first = issues[0];
    if (!first) return null;
    return `${(first.path ?? []).join('.') || '(root)'}: ${first.message ?? 'invalid'}`;
  } catch {
    return null;
  }
}

function toolCallArgs(raw: unknown, name: string): { args: unknown } | { invalid: true } | null {
  const message = raw as Partial<AIMessageChunk> | undefined;
  const calls = message?.tool_calls ?? [];
  const call = calls.find((c) => c.name === name) ?? calls[0];
  if (call) return { args: call.args };
  if ((message?.invalid_tool_calls ?? []).length > 0) return { invalid: true };
  return null;
}

/**
 * Calls the model with structured output (function calling, the tool named
 * `name`, strict `schema` shown to the model) and returns `normalize(args)`.
 * The schema's own verdict is not final: arguments it rejects still go to
 * `normalize`, which repairs what code can decide (clamping, trimming,
 * filtering) and throws StructuredOutputError for what it cannot.
 */
export async function invokeStructured<T>(
  model: BaseChatModel,
  schema: z.ZodType,
  name: string,
  messages: BaseMessage[],
  normalize: (args: unknown) => T,
  call: {
    operation: ModelOperation;
    options: ModelCallOptions;
    signal: AbortSignal;
    timeout: AbortSignal;
    /** Sees the provider's raw answer (its token usage) before it is judged, even if it is then unusable. */
    onRaw?: (raw: BaseMessage | undefined) => void;
  },
): Promise<T> {
  const { signal } = call;
  return meteredCall(call.operation, call.options, call.timeout, async (noteUsage) => {
    const chain = model.withStructuredOutput(schema, { name, method: 'functionCalling', includeRaw: true });
    const answer: unknown = await raceAbort(chain.invoke(messages, { signal }), signal);
    const { raw, parsed } = (answer ?? {}) as { raw?: BaseMessage; parsed?: unknown };
    noteUsage(raw);
    call.onRaw?.(raw);
    if (parsed !== null && parsed !== undefined) return normalize(parsed);
    const found = toolCallArgs(raw, name);
    if (!found) throw new StructuredOutputError('model returned no structured output');
    if ('invalid' in found) throw new StructuredOutputError('model returned invalid JSON arguments');
    return normalize(found.args);
  });
}
