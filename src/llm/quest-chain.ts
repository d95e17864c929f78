import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { decideQuestBatch, type DecidedQuest, type QuestRejection } from '../domain/quest-batch-rules.js';
import { deterministicCandidates } from '../domain/quest-templates.js';
import type { GenerationContext } from '../domain/quest-types.js';
import {
  StructuredOutputError,
  callSignal,
  describeModelError,
  invokeStructured,
  isRecord,
  shortError,
  type ModelCallOptions,
} from './model-call.js';
import { usageOf, type ModelUsage } from './model-usage.js';
import { QUEST_TOOL_NAME, buildQuestPrompt } from './quest-prompt.js';

/**
 * Quest proposals from a chat model, and the batch the rules make of them.
 * The LLM proposes; code decides: whatever the model returns goes through
 * `decideQuestBatch` (validation, then the batch rules), and deterministic
 * fill-ins for the user's own goals take the places of what it drops.
 *
 * The schema tells the model what we want (enums, 1–10 items) but is not
 * what parses its answer: `validateProposals` judges each item on its own, so
 * one item with an unknown category, a foreign goal id or 45 minutes is
 * dropped or repaired alone instead of failing the whole batch, and items past
 * the tenth are ignored.
 */
export const questBatchSchema = z
  .object({
    quests: z
      .array(
        z.object({
          goalId: z.string().nullable().describe('id of the goal this quest serves, exactly as listed, or null'),
          title: z.string().describe('short, concrete title starting with a verb'),
          description: z.string().describe('one or two sentences: what to do'),
          estimatedMinutes: z.number().describe('10 to 30'),
          energyLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
          valueCategory: z.enum(['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION']),
        }),
      )
      .min(1)
      .max(10),
  })
  .describe('Propose new quests for the user');

export type QuestBatch = z.infer<typeof questBatchSchema>;

/** More than this from the model is a misbehaving answer: the rest is not worth validating. */
const MAX_MODEL_QUESTS = 10;

/** The model's list of quest items, unjudged (validateProposals judges each one). */
function questItems(args: unknown): unknown[] {
  const quests = isRecord(args) ? args.quests : undefined;
  if (!Array.isArray(quests) || quests.length === 0)
    throw new StructuredOutputError('model returned no structured output');
  return quests.slice(0, MAX_MODEL_QUESTS);
}

export interface QuestProposalOutcome {
  /** The final batch, decided by the batch rules (src/domain/quest-batch-rules.ts). */
  batch: DecidedQuest[];
  /** Model items not stored, with their reasons. */
  rejections: QuestRejection[];
  /** Why the batch is smaller than the target (e.g. no active goal), or null. */
  shortfall: string | null;
  /** 'model': all from the model; 'fallback': none from the model; 'mixed': both; 'none': no model call. */
  source: 'model' | 'fallback' | 'mixed' | 'none';
  /** True when a fill-in had to contribute, or the model call failed. */
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null when at least one of its items was. */
  error: string | null;
  /** The model call, when one was made: its duration and the provider's token counts (null when not reported). */
  modelCall: { latencyMs: number; usage: ModelUsage | null } | null;
}

export interface ProposeQuestsOptions extends ModelCallOptions {
  /** Called at each step (before the model call, after it, when done): lets a job renew its lock. */
  onProgress?: () => void;
}

/**
 * Asks the model for `context.targetCount` quests and decides the batch.
 * Never throws for model problems (errors, timeouts, garbage, schema
 * failures): they are recorded in `error` and deterministic fill-ins take the
 * places. A user without an active goal gets no model call and no quest.
 */
export async function proposeQuests(
  model: BaseChatModel,
  context: GenerationContext,
  options: ProposeQuestsOptions = {},
): Promise<QuestProposalOutcome> {
  if (context.goals.length === 0) {
    const decision = decideQuestBatch(context, null, []);
    return { ...decision, source: 'none', fellBack: false, error: null, modelCall: null };
  }
  const { signal, timeout } = callSignal(options);
  options.onProgress?.();

  let raw: unknown[] | null = null;
  let error: string | null = null;
  let usage: ModelUsage | null = null;
  const started = performance.now();
  try {
    raw = await invokeStructured(model, questBatchSchema, QUEST_TOOL_NAME, buildQuestPrompt(context), questItems, {
      operation: 'quest_generation',
      options,
      signal,
      timeout,
      onRaw: (message) => (usage = usageOf(message)),
    });
  } catch (e) {
    error = describeModelError(e, timeout.aborted, options.signal?.aborted === true);
  }
  const latencyMs = Math.round(performance.now() - started);
  options.onProgress?.();

  const decision = decideQuestBatch(context, raw, () => deterministicCandidates(context));
  const fromModel = decision.batch.filter((q) => q.origin === 'MODEL').length;
  if (raw && fromModel === 0 && decision.rejections.length > 0) {
    error = shortError(`model answer had no usable quest: ${decision.rejections[0]!.detail}`);
  }
  options.onProgress?.();

  const fellBack = error !== null || fromModel < decision.batch.length;
  const source = fromModel === 0 ? 'fallback' : fromModel < decision.batch.length ? 'mixed' : 'model';
  return { ...decision, source, fellBack, error, modelCall: { latencyMs, usage } };
}
