import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { z } from 'zod';
import type { NarrationRequest, NarrationResult } from '../domain/adventure-types.js';
import { callReport } from './call-report.js';
import { MOMENT_KINDS, type MomentKind } from '../domain/vocabulary.js';
import {
  StructuredOutputError,
  boundedText,
  callModel,
  firstIssue,
  invokeStructured,
  isRecord,
  structuredTool,
  type ModelCallConfig,
  type ModelCallOptions,
  type StructuredTool,
} from './model-call.js';
import {
  MAX_COMPLETED_IDS,
  MOMENT_SUMMARY_MAX_CHARS,
  NARRATE_TOOL_NAME,
  NARRATION_MAX_CHARS,
  buildNarratorPrompt,
} from './narrator-prompt.js';
import { narrationPieces, offlineNarration } from './offline-adventure.js';
import { describeChatModel, type ModelIdentity } from './model-identity.js';
import { readPartialStringField } from './partial-json.js';
import type { NarrationOutcome, Narrator, StreamNarrationOptions } from './ports.js';

/**
 * The LangChain narrator: one structured-output call per turn, validated,
 * with the offline narrator as fallback so a turn always has a narration.
 *
 * The model sees the strict schema below (as the `narrate_turn` tool). What it
 * answers is then normalised in code, as with quests (the LLM proposes; code
 * decides): text trimmed and bounded, significance clamped to 0..1, objective
 * IDs kept only when they name an OPEN objective of the request's quest, an
 * unusable key moment dropped (the narration is kept). Only an answer with no
 * usable narration — no tool call, arguments that are not JSON, an empty or
 * missing narration — counts as a failure, as does any error or timeout.
 *
 * Two paths, one result shape: `narrate` (one call) and `stream` (the
 * narration delivered in pieces while the model writes it, then the same
 * validated result). The caller advances the turn identically from either.
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

async function narrateWith(
  tool: StructuredTool,
  identity: ModelIdentity,
  request: NarrationRequest,
  options: ModelCallOptions,
): Promise<NarrationOutcome> {
  const { value, ...answer } = await callModel(
    'narrator',
    options,
    (config, noteUsage) =>
      invokeStructured(
        tool,
        buildNarratorPrompt(request),
        (args) => normalizeNarration(args, request),
        config,
        noteUsage,
      ),
    () => offlineNarration(request),
  );
  return { result: value, fellBack: answer.fellBack, error: answer.error, call: callReport(identity, answer) };
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

/** The narration written so far in a streamed answer, or null when it has not started. */
function partialNarration(message: AIMessageChunk): string | null {
  const found = accumulatedArgs(message);
  if (!found) return null;
  if ('text' in found) return readPartialStringField(found.text, 'narration');
  return isRecord(found.args) && typeof found.args.narration === 'string' ? found.args.narration : null;
}

/** The complete arguments of a streamed answer. */
function finalArgs(message: AIMessageChunk | undefined): unknown {
  const found = accumulatedArgs(message);
  if (!found) throw new StructuredOutputError('model returned no structured output');
  if (!('text' in found)) return found.args;
  try {
    return JSON.parse(found.text || '{}');
  } catch {
    throw new StructuredOutputError('model returned invalid JSON arguments');
  }
}

type BoundNarrator = Runnable<BaseLanguageModelInput, AIMessageChunk>;

/**
 * Streams the forced narrate_turn call and emits the growing `narration`
 * argument through `emit` as the model writes it; the complete arguments are
 * then validated exactly as in `narrate`.
 */
async function streamTool(
  bound: BoundNarrator | null,
  request: NarrationRequest,
  emitted: { text: string; emit: (text: string) => void },
  config: ModelCallConfig,
  noteUsage: (message: unknown) => void,
): Promise<NarrationResult> {
  if (!bound) throw new StructuredOutputError('model cannot call tools');
  const stream = await bound.stream(buildNarratorPrompt(request), config);
  const iterator = stream[Symbol.asyncIterator]();
  let message: AIMessageChunk | undefined;
  try {
    for (;;) {
      const step = await iterator.next();
      if (step.done) break;
      message = message ? message.concat(step.value) : step.value;
      const partial = partialNarration(message);
      if (partial === null) continue;
      const visible = visibleNarration(partial);
      if (visible.length > emitted.text.length && visible.startsWith(emitted.text)) {
        emitted.emit(visible.slice(emitted.text.length));
      }
    }
  } catch (error) {
    iterator.return?.()?.catch(() => undefined); // stop reading a stream we gave up on
    throw error;
  }
  noteUsage(message);
  const result = normalizeNarration(finalArgs(message), request);
  if (result.narration.startsWith(emitted.text)) emitted.emit(result.narration.slice(emitted.text.length));
  return result;
}

async function streamWith(
  bound: BoundNarrator | null,
  identity: ModelIdentity,
  request: NarrationRequest,
  options: StreamNarrationOptions,
): Promise<NarrationOutcome> {
  const emitted = {
    text: '',
    emit(text: string) {
      if (!text) return;
      emitted.text += text;
      options.onChunk(text);
    },
  };
  const { value, ...answer } = await callModel(
    'narrator',
    options,
    (config, noteUsage) => streamTool(bound, request, emitted, config, noteUsage),
    () => offlineNarration(request),
  );
  // The offline narration stands in: shown in pieces when nothing was shown yet.
  if (answer.fellBack && emitted.text === '') {
    for (const piece of narrationPieces(value.narration)) emitted.emit(piece);
  }
  return { result: value, fellBack: answer.fellBack, error: answer.error, call: callReport(identity, answer) };
}

/** The narrator that asks `model` (the tool bound once, reused for every turn); `identity` is what turns record. */
export function langChainNarrator(model: BaseChatModel, identity: ModelIdentity = describeChatModel(model)): Narrator {
  const tool = structuredTool(model, narrationSchema, NARRATE_TOOL_NAME);
  const bound =
    typeof model.bindTools === 'function'
      ? (model.bindTools([narrateTool()], { tool_choice: NARRATE_TOOL_NAME }) as BoundNarrator)
      : null;
  return {
    narrate: (request, options = {}) => narrateWith(tool, identity, request, options),
    stream: (request, options) => streamWith(bound, identity, request, options),
  };
}

/** Narrates one turn with `model`. Never throws for model problems: the offline narrator answers instead. */
export function narrateTurn(
  model: BaseChatModel,
  request: NarrationRequest,
  options: ModelCallOptions = {},
): Promise<NarrationOutcome> {
  return langChainNarrator(model).narrate(request, options);
}

/**
 * Narrates one turn with `model` while streaming. On any failure the offline
 * narrator answers (its narration is emitted in pieces when nothing was emitted yet).
 */
export function streamNarration(
  model: BaseChatModel,
  request: NarrationRequest,
  options: StreamNarrationOptions,
): Promise<NarrationOutcome> {
  return langChainNarrator(model).stream(request, options);
}
