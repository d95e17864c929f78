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
}

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
  signal: AbortSignal,
  /** Sees the provider's raw answer (its token usage) before it is judged, even if it is then unusable. */
  onRaw?: (raw: BaseMessage | undefined) => void,
): Promise<T> {
  const chain = model.withStructuredOutput(schema, { name, method: 'functionCalling', includeRaw: true });
  const answer: unknown = await raceAbort(chain.invoke(messages, { signal }), signal);
  const { raw, parsed } = (answer ?? {}) as { raw?: BaseMessage; parsed?: unknown };
  onRaw?.(raw);
  if (parsed !== null && parsed !== undefined) return normalize(parsed);
  const found = toolCallArgs(raw, name);
  if (!found) throw new StructuredOutputError('model returned no structured output');
  if ('invalid' in found) throw new StructuredOutputError('model returned invalid JSON arguments');
  return normalize(found.args);
}
