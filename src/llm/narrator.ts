import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { z } from 'zod';
import type { NarrationRequest, NarrationResult } from '../domain/adventure-types.js';
import type { MomentKind } from '../domain/vocabulary.js';
import {
  StructuredOutputError,
  boundedText,
  callSignal,
  describeModelError,
  firstIssue,
  invokeStructured,
  isRecord,
  meteredCall,
  raceAbort,
  type ModelCallOptions,
  type ModelOperation,
} from './model-call.js';
import {
  MAX_COMPLETED_IDS,
  MOMENT_KINDS,
  MOMENT_SUMMARY_MAX_CHARS,
  NARRATE_TOOL_NAME,
  NARRATION_MAX_CHARS,
  buildNarratorPrompt,
} from './narrator-prompt.js';
import { offlineNarration } from './offline-adventure.js';

/**
 * The narrator: one structured-output call per turn, validated, with the
 * offline narrator as fallback so a turn always has a narration.
 *
 * The model sees the strict schema below (as the `narrate_turn` tool). What it
 * answers is then normalised in code, as with quests (the LLM proposes; code
 * decides): text trimmed and bounded, significance clamped to 0..1, objective
 * IDs kept only when they name an OPEN objective of the request's quest, an
 * unusable key moment dropped (the narration is kept). Only an answer with no
 * usable narration — no tool call, arguments that are not JSON, an empty or
 * missing narration — counts as a failure, as does any error or timeout.
 *
 * Two paths, one result shape: `narrateTurn` (one call) and `streamNarration`
 * (the narration delivered in pieces while the model writes it, then the same
 * validated result). The caller advances the turn identically from either.
 *
 * `structuredOrOffline` is shared by the quest designer and the epilogue;
 * the lower-level helpers (`invokeStructured`, `describeModelError`…) live in
 * model-call.ts, shared with quest generation too.
 */

export { NARRATE_TOOL_NAME } from './narrator-prompt.js';

export const narrationSchema = z
  .object({
    narration: z
      .string()
      .min(1)
      .max(NARRATION_MAX_CHARS)
      .describe('what happens next, in the second person, 80 to 180 words'),
    completedObjectiveIds: z
      .array(z.string())
      .max(MAX_COMPLETED_IDS)
      .describe('IDs of open objectives that the events of this turn clearly complete; usually empty'),
    keyMoment: z
      .object({
        kind: z.enum(MOMENT_KINDS),
        summary: z.string().min(1).max(MOMENT_SUMMARY_MAX_CHARS).describe('one sentence, third person'),
        significance: z.number().min(0).max(1).describe('0 to 1: 0.3 minor, 0.6 notable, 0.9 a turning point'),
      })
      .nullable()
      .describe('a moment worth remembering in the epilogue, or null'),
  })
  .describe("Narrate the outcome of the player's action");

export type Narration = z.infer<typeof narrationSchema>;

export interface NarrationOutcome {
  result: NarrationResult;
  /** True when the offline narrator's answer replaced the model's. */
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null. */
  error: string | null;
}

export interface StreamNarrationOptions extends ModelCallOptions {
  /**
   * Receives the narration piece by piece as the model writes it. The pieces
   * concatenate to `result.narration`, except when the model failed after
   * some pieces were sent: then the outcome has `fellBack: true` and the
   * returned narration (the offline one) replaces what was shown.
   */
  onChunk: (text: string) => void;
}

export interface StructuredCall<T> {
  /** What the call is for (its metrics label). */
  operation: ModelOperation;
  schema: z.ZodType;
  tool: string;
  messages: BaseMessage[];
  normalize: (args: unknown) => T;
  /** The offline answer used when the model's cannot be. */
  offline: () => T;
}

/**
 * A structured-output call that never throws for model problems (errors,
 * timeouts, garbage): the offline answer replaces an unusable one, and
 * `fellBack`/`error` say so. Shared by the narrator, the quest designer and
 * the epilogue writer.
 */
export async function structuredOrOffline<T>(
  model: BaseChatModel,
  call: StructuredCall<T>,
  options: ModelCallOptions = {},
): Promise<{ value: T; fellBack: boolean; error: string | null }> {
  const { signal, timeout } = callSignal(options);
  try {
    const value = await invokeStructured(model, call.schema, call.tool, call.messages, call.normalize, {
      operation: call.operation,
      options,
      signal,
      timeout,
    });
    return { value, fellBack: false, error: null };
  } catch (e) {
    const error = describeModelError(e, timeout.aborted, options.signal?.aborted === true);
    return { value: call.offline(), fellBack: true, error };
  }
}

// ---------------------------------------------------------------------------
// Normalising the narrator's answer

function normalizeMoment(raw: unknown): NarrationResult['keyMoment'] {
  if (!isRecord(raw)) return null;
  const kind = typeof raw.kind === 'string' ? raw.kind.trim().toUpperCase() : '';
  if (!(MOMENT_KINDS as readonly string[]).includes(kind)) return null;
  const summaryText = typeof raw.summary === 'string' ? raw.summary.replace(/\s+/g, ' ') : '';
  const summary = boundedText(summaryText, MOMENT_SUMMARY_MAX_CHARS);
  if (!summary) return null;
  const value = typeof raw.significance === 'number' ? raw.significance : Number(raw.significance);
  const significance = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;
  return { kind: kind as MomentKind, summary, significance };
}

/**
 * The validated result of a narrator answer for this request. Throws
 * StructuredOutputError when there is no usable narration.
 */
export function normalizeNarration(raw: unknown, request: NarrationRequest): NarrationResult {
  if (!isRecord(raw)) throw new StructuredOutputError('model output failed the schema: (root): expected an object');
  if (typeof raw.narration !== 'string') {
    throw new StructuredOutputError('model output failed the schema: narration: expected a string');
  }
  const narration = boundedText(raw.narration, NARRATION_MAX_CHARS);
  if (!narration) throw new StructuredOutputError('model output failed the schema: narration: empty');

  const open = new Set((request.quest?.objectives ?? []).filter((o) => o.completedAt === null).map((o) => o.id));
  const reported = Array.isArray(raw.completedObjectiveIds)
    ? raw.completedObjectiveIds
    : typeof raw.completedObjectiveIds === 'string'
      ? [raw.completedObjectiveIds]
      : [];
  const ids: string[] = [];
  for (const id of reported) {
    const value = typeof id === 'string' ? id.trim() : '';
    if (open.has(value) && !ids.includes(value)) ids.push(value);
  }

  const result: NarrationResult = {
    narration,
    completedObjectiveIds: ids.slice(0, MAX_COMPLETED_IDS),
    keyMoment: normalizeMoment(raw.keyMoment),
  };
  const check = narrationSchema.safeParse(result); // an invariant: normalisation yields schema-valid results
  if (!check.success) throw new StructuredOutputError(`model output failed the schema: ${firstIssue(check.error)}`);
  return result;
}

// ---------------------------------------------------------------------------
// One call

/**
 * Narrates one turn. Never throws for model problems (errors, timeouts,
 * garbage): the offline narrator answers instead, and `fellBack`/`error` say so.
 */
export async function narrateTurn(
  model: BaseChatModel,
  request: NarrationRequest,
  options: ModelCallOptions = {},
): Promise<NarrationOutcome> {
  const { value, fellBack, error } = await structuredOrOffline(
    model,
    {
      operation: 'narrator',
      schema: narrationSchema,
      tool: NARRATE_TOOL_NAME,
      messages: buildNarratorPrompt(request),
      normalize: (args) => normalizeNarration(args, request),
      offline: () => offlineNarration(request),
    },
    options,
  );
  return { result: value, fellBack, error };
}

// ---------------------------------------------------------------------------
// Streaming

/** The narrate_turn tool in OpenAI format (every provider integration converts it). */
export function narrateTool() {
  const parameters = toJsonSchema(narrationSchema) as { description?: string };
  return {
    type: 'function' as const,
    function: {
      name: NARRATE_TOOL_NAME,
      description: parameters.description ?? "Narrate the outcome of the player's action",
      parameters,
    },
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Reads a JSON string starting at its opening quote; stops before an incomplete escape at the end. */
function readJsonString(text: string, start: number): { value: string; end: number; complete: boolean } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return { value, end: i + 1, complete: true };
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) break;
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      value += String.fromCharCode(Number.parseInt(hex, 16) || 0);
      i += 6;
      continue;
    }
    value += SIMPLE_ESCAPES[e] ?? e;
    i += 2;
  }
  return { value, end: text.length, complete: false };
}

/** The end of the JSON value at `i`, or -1 when it is not complete yet. */
function skipJsonValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    const s = readJsonString(text, i);
    return s.complete ? s.end : -1;
  }
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i]!;
      if (d === '"') {
        const s = readJsonString(text, i);
        if (!s.complete) return -1;
        i = s.end;
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
  return i < text.length ? i : -1; // a literal running to the end may still grow
}

/**
 * The (possibly still growing) value of a top-level string field in partial
 * JSON such as `{"narration":"You step ou`, or null when it has not started.
 * Escapes are decoded; an escape cut at the end is left out until complete.
 */
export function readPartialStringField(json: string, key: string): string | null {
  let i = skipWhitespace(json, 0);
  if (json[i] !== '{') return null;
  i++;
  for (;;) {
    i = skipWhitespace(json, i);
    if (i >= json.length || json[i] === '}') return null;
    if (json[i] === ',') {
      i++;
      continue;
    }
    if (json[i] !== '"') return null;
    const name = readJsonString(json, i);
    if (!name.complete) return null;
    i = skipWhitespace(json, name.end);
    if (json[i] !== ':') return null;
    i = skipWhitespace(json, i + 1);
    if (i >= json.length) return null;
    if (name.value === key) return json[i] === '"' ? readJsonString(json, i).value : null;
    const end = skipJsonValue(json, i);
    if (end < 0) return null;
    i = end;
  }
}

/** What may be shown of a narration still being written: as the final result will have it, minus a trailing edge. */
function visibleNarration(partial: string): string {
  let text = partial.trimStart().slice(0, NARRATION_MAX_CHARS).trimEnd();
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1); // half of a surrogate pair
  return text;
}

function accumulatedArgs(message: AIMessageChunk | undefined): { text: string } | { args: unknown } | null {
  if (!message) return null;
  const chunks = message.tool_call_chunks ?? [];
  const chunk = chunks.find((c) => c.name === NARRATE_TOOL_NAME) ?? chunks[0];
  if (chunk && typeof chunk.args === 'string') return { text: chunk.args };
  const call = message.tool_calls?.find((c) => c.name === NARRATE_TOOL_NAME) ?? message.tool_calls?.[0];
  return call ? { args: call.args } : null;
}

/** Splits text into a few pieces at spaces (for narration that arrives whole). */
function pieces(text: string, size = 60): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const space = rest.indexOf(' ', size);
    if (space < 0) break;
    out.push(rest.slice(0, space + 1));
    rest = rest.slice(space + 1);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Narrates one turn while streaming: binds the narrate_turn tool (forced),
 * streams the answer, and emits the growing `narration` argument through
 * `onChunk` as the model writes it; at the end the complete arguments are
 * validated exactly as in `narrateTurn`. On any failure the offline narrator
 * answers (its narration is emitted in pieces when nothing was emitted yet).
 */
export async function streamNarration(
  model: BaseChatModel,
  request: NarrationRequest,
  options: StreamNarrationOptions,
): Promise<NarrationOutcome> {
  const { signal, timeout } = callSignal(options);
  let emitted = '';
  const emit = (text: string) => {
    if (!text) return;
    emitted += text;
    options.onChunk(text);
  };

  let iterator: AsyncIterator<AIMessageChunk> | undefined;
  try {
    return await meteredCall('narrator', options, timeout, async (noteUsage) => {
      if (typeof model.bindTools !== 'function') throw new StructuredOutputError('model cannot call tools');
      const bound = model.bindTools([narrateTool()], { tool_choice: NARRATE_TOOL_NAME });
      const stream = await raceAbort(bound.stream(buildNarratorPrompt(request), { signal }), signal);
      iterator = stream[Symbol.asyncIterator]();
      let message: AIMessageChunk | undefined;
      for (;;) {
        const step = await raceAbort(iterator.next(), signal);
        if (step.done) break;
        message = message ? message.concat(step.value) : step.value;
        const found = accumulatedArgs(message);
        const partial = found
          ? 'text' in found
            ? readPartialStringField(found.text, 'narration')
            : isRecord(found.args) && typeof found.args.narration === 'string'
              ? found.args.narration
              : null
          : null;
        if (partial === null) continue;
        const visible = visibleNarration(partial);
        if (visible.length > emitted.length && visible.startsWith(emitted)) emit(visible.slice(emitted.length));
      }
      iterator = undefined;
      noteUsage(message);

      const found = accumulatedArgs(message);
      if (!found) throw new StructuredOutputError('model returned no structured output');
      let args: unknown;
      if ('text' in found) {
        try {
          args = JSON.parse(found.text || '{}');
        } catch {
          throw new StructuredOutputError('model returned invalid JSON arguments');
        }
      } else {
        args = found.args;
      }
      const result = normalizeNarration(args, request);
      if (result.narration.startsWith(emitted)) emit(result.narration.slice(emitted.length));
      return { result, fellBack: false, error: null };
    });
  } catch (e) {
    try {
      iterator?.return?.()?.catch(() => undefined); // stop reading a stream we gave up on
    } catch {
      // already closed
    }
    const error = describeModelError(e, timeout.aborted, options.signal?.aborted === true);
    const result = offlineNarration(request);
    if (emitted === '') for (const piece of pieces(result.narration)) emit(piece);
    return { result, fellBack: true, error };
  }
}
