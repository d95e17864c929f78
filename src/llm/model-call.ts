import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import type { z } from 'zod';
import { DEFAULT_LLM_TIMEOUT_MS } from './config.js';
import { usageOf, type ModelUsage } from './model-usage.js';

/**
 * The one way a model is called: `callModel` gives the call LangChain's own
 * per-call deadline and cancellation (`timeout`, `signal`), reports it to the
 * metrics, and turns every failure into the fallback answer with a short,
 * loggable reason. `invokeStructured` is the structured-output call most
 * features run inside it; the streaming narrator runs its own inside it.
 */
export interface ModelCallOptions {
  /** Overall limit on the model call, retries included. Default 20000. */
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

/** LangChain's per-call options of one call: its deadline (retries included) and the caller's cancellation. */
export interface ModelCallConfig {
  timeout: number;
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

/** How one call went, as `meteredCall` saw it: its timing and the usage of the provider's last answer. */
export interface CallTrace {
  latencyMs: number;
  /** Both token counts as the provider reported them (the run audit), or null. */
  usage: ModelUsage | null;
}

/**
 * Runs one model call and reports it to `options.record`: the one place where
 * every call is counted, whatever the operation and however it ends. `work`
 * hands over the model's message with `noteUsage` as soon as it has one, so
 * an answer that is then rejected still has its tokens counted. A call that
 * fails once its deadline has passed counts as timed out, whatever error the
 * provider's client made of the abort.
 */
export async function meteredCall<T>(
  operation: ModelOperation,
  options: ModelCallOptions,
  work: (noteUsage: (message: unknown) => void) => Promise<T>,
  trace: Partial<CallTrace> = {},
): Promise<T> {
  const started = performance.now();
  let usage: ModelTokenUsage | null = null;
  const elapsedMs = () => performance.now() - started;
  const report = (outcome: ModelCallOutcome) => {
    trace.latencyMs = Math.round(elapsedMs());
    options.record?.({ operation, outcome, durationSeconds: elapsedMs() / 1000, usage });
  };
  try {
    const value = await work((message) => {
      usage = tokenUsageOf(message) ?? usage;
      trace.usage = usageOf(message as BaseMessage | undefined);
    });
    report('ok');
    return value;
  } catch (error) {
    report(classifyModelOutcome(error, deadlinePassed(options, elapsedMs()), options.signal?.aborted === true));
    throw error;
  }
}

function deadlinePassed(options: ModelCallOptions, elapsedMs: number): boolean {
  return elapsedMs >= (options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS);
}

/** The answer of a call that falls back: the value, whether the fallback gave it and why. */
export interface ModelAnswer<T> extends CallTrace {
  value: T;
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null. */
  error: string | null;
}

/**
 * The one way to call a model: `work` gets LangChain's per-call `timeout`
 * and `signal` (LangChain cuts a provider that ignores them: it races the
 * call, and each streamed chunk, against the signal), and its report goes to
 * the metrics. Never throws for model problems (errors, timeouts, garbage):
 * `fallback()` answers instead, and `fellBack`/`error` say so.
 */
export async function callModel<T>(
  operation: ModelOperation,
  options: ModelCallOptions,
  work: (config: ModelCallConfig, noteUsage: (message: unknown) => void) => Promise<T>,
  fallback: (error: string) => T,
): Promise<ModelAnswer<T>> {
  const config: ModelCallConfig = { timeout: options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS };
  if (options.signal) config.signal = options.signal;
  const trace: Partial<CallTrace> = {};
  const started = performance.now();
  try {
    const value = await meteredCall(operation, options, (noteUsage) => work(config, noteUsage), trace);
    return { value, fellBack: false, error: null, latencyMs: trace.latencyMs ?? 0, usage: trace.usage ?? null };
  } catch (e) {
    const timedOut = deadlinePassed(options, performance.now() - started);
    const error = describeModelError(e, timedOut, options.signal?.aborted === true);
    return {
      value: fallback(error),
      fellBack: true,
      error,
      latencyMs: trace.latencyMs ?? 0,
      usage: trace.usage ?? null,
    };
  }
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

/** A structured-output runnable with the provider's raw answer: what `invokeStructured` calls. */
export type StructuredRunnable = Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: unknown }>;

/** A model asked for one call of the tool `name`, built once per feature and reused for every call. */
export interface StructuredTool {
  runnable: StructuredRunnable;
  name: string;
}

/**
 * Structured output by function calling (the tool named `name`, strict
 * `schema` shown to the model), whatever the provider would default to:
 * ChatOpenAI defaults to `jsonSchema` for gpt-4o-class models and Ollama to
 * its `format` option.
 */
export function structuredTool(model: BaseChatModel, schema: z.ZodType, name: string): StructuredTool {
  const runnable = model.withStructuredOutput(schema, { name, method: 'functionCalling', includeRaw: true });
  return { runnable: runnable as StructuredRunnable, name };
}

/**
 * One structured-output call (run inside `callModel`): invokes the tool with
 * the call's config and returns `normalize(args)`. The schema's own verdict
 * is not final: arguments it rejects still go to `normalize`, which repairs
 * what code can decide (clamping, trimming, filtering) and throws
 * StructuredOutputError for what it cannot.
 */
export async function invokeStructured<T>(
  tool: StructuredTool,
  messages: BaseMessage[],
  normalize: (args: unknown) => T,
  config: ModelCallConfig,
  noteUsage: (message: unknown) => void,
): Promise<T> {
  const answer: unknown = await tool.runnable.invoke(messages, config);
  const { raw, parsed } = (answer ?? {}) as { raw?: BaseMessage; parsed?: unknown };
  noteUsage(raw);
  if (parsed !== null && parsed !== undefined) return normalize(parsed);
  const found = toolCallArgs(raw, tool.name);
  if (!found) throw new StructuredOutputError('model returned no structured output');
  if ('invalid' in found) throw new StructuredOutputError('model returned invalid JSON arguments');
  return normalize(found.args);
}
