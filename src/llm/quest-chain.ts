import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { generateDeterministicQuests } from '../domain/quest-templates.js';
import {
  MAX_QUESTS_PER_GOAL,
  questTitleKey,
  type GenerationContext,
  type QuestProposal,
} from '../domain/quest-types.js';
import { validateProposals } from '../domain/quest-validation.js';
import {
  StructuredOutputError,
  callSignal,
  describeModelError,
  invokeStructured,
  isRecord,
  shortError,
  type ModelCallOptions,
} from './model-call.js';
import { QUEST_TOOL_NAME, buildQuestPrompt } from './quest-prompt.js';

/**
 * Quest proposals from a chat model, with validation and fallback.
 * The LLM proposes; code decides: whatever the model returns goes through
 * `validateProposals` (own active goal ids only, minutes clamped, enums and
 * text lengths checked), and the deterministic generator fills any gap.
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
  proposals: QuestProposal[];
  /** 'model': all from the model; 'fallback': none from the model; 'mixed': model items plus fill-in. */
  source: 'model' | 'fallback' | 'mixed';
  /** True when the deterministic generator had to contribute. */
  fellBack: boolean;
  /** Why the model's answer was not used (short), or null when at least one of its items was. */
  error: string | null;
  /** Model items dropped by validation (index into the model's list). */
  rejected: { index: number; reason: string }[];
}

export interface ProposeQuestsOptions extends ModelCallOptions {
  /** Called at each step (before the model call, after it, when done): lets a job renew its lock. */
  onProgress?: () => void;
}

/**
 * Asks the model for `context.targetCount` quests. Never throws for model
 * problems (errors, timeouts, garbage, schema failures): they are recorded in
 * `error` and the deterministic generator fills in. Returns the validated model
 * proposals (possibly more than targetCount) plus fill-in up to targetCount;
 * the caller applies the final diversity selection.
 */
export async function proposeQuests(
  model: BaseChatModel,
  context: GenerationContext,
  options: ProposeQuestsOptions = {},
): Promise<QuestProposalOutcome> {
  const target = context.targetCount;
  const { signal, timeout } = callSignal(options);
  options.onProgress?.();

  let raw: unknown[] | null = null;
  let error: string | null = null;
  try {
    raw = await invokeStructured(model, questBatchSchema, QUEST_TOOL_NAME, buildQuestPrompt(context), questItems, {
      operation: 'quest_generation',
      options,
      signal,
      timeout,
    });
  } catch (e) {
    error = describeModelError(e, timeout.aborted, options.signal?.aborted === true);
  }
  options.onProgress?.();

  const avoid = { pendingTitles: context.pendingTitles };
  const { valid, rejected } = raw ? validateProposals(raw, context.goals, avoid) : { valid: [], rejected: [] };
  if (raw && valid.length === 0) error = shortError(`model answer had no usable quest: ${rejected[0]?.reason}`);
  const proposals: QuestProposal[] = [...valid];
  const fellBack = error !== null || valid.length < target;

  if (fellBack) {
    const titles = new Set(proposals.map((p) => questTitleKey(p.title)));
    const perGoal = new Map<string, number>();
    for (const p of proposals) if (p.goalId) perGoal.set(p.goalId, (perGoal.get(p.goalId) ?? 0) + 1);
    const candidates = validateProposals(
      generateDeterministicQuests(context, target * 2),
      context.goals,
      avoid,
    ).valid.filter((c) => !titles.has(questTitleKey(c.title)));
    const used = new Set<QuestProposal>();
    // First respect the per-goal cap alongside the model's items; then take anything left if still short.
    for (const respectCap of [true, false]) {
      for (const candidate of candidates) {
        if (proposals.length >= target) break;
        if (used.has(candidate) || titles.has(questTitleKey(candidate.title))) continue;
        const goalCount = candidate.goalId ? (perGoal.get(candidate.goalId) ?? 0) : 0;
        if (respectCap && goalCount >= MAX_QUESTS_PER_GOAL) continue;
        proposals.push(candidate);
        used.add(candidate);
        titles.add(questTitleKey(candidate.title));
        if (candidate.goalId) perGoal.set(candidate.goalId, goalCount + 1);
      }
    }
  }
  options.onProgress?.();

  const source = valid.length === 0 ? 'fallback' : fellBack ? 'mixed' : 'model';
  return { proposals, source, fellBack, error, rejected };
}
