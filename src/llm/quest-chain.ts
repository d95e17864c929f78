import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { generateDeterministicQuests } from '../domain/quest-templates.js';
import { MAX_QUESTS_PER_GOAL, type GenerationContext, type QuestProposal } from '../domain/quest-types.js';
import { validateProposals } from '../domain/quest-validation.js';
import { DEFAULT_LLM_TIMEOUT_MS } from './config.js';
import { describeModelError, raceAbort } from './model-call.js';
import { QUEST_TOOL_NAME, buildQuestPrompt } from './quest-prompt.js';

/**
 * Quest proposals from a chat model, with validation and fallback.
 * The LLM proposes; code decides: whatever the model returns goes through
 * `validateProposals` (own active goal ids only, minutes clamped, enums and
 * text lengths checked), and the deterministic generator fills any gap.
 *
 * The schema is deliberately loose where validation is the better judge
 * (ids, minutes, text length): an item with a foreign goal id or 45 minutes is
 * dropped or clamped on its own instead of failing the whole batch. Enums and
 * the array size are enforced by the schema.
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

export interface QuestProposalOutcome {
  proposals: QuestProposal[];
  /** 'model': all from the model; 'fallback': none from the model; 'mixed': model items plus fill-in. */
  source: 'model' | 'fallback' | 'mixed';
  /** True when the deterministic generator had to contribute. */
  fellBack: boolean;
  /** Why the model call failed (short), or null when it answered with structured output. */
  error: string | null;
  /** Model items dropped by validation (index into the model's list). */
  rejected: { index: number; reason: string }[];
}

export interface ProposeQuestsOptions {
  /** Cancels the model call (the outcome then falls back, error 'model call aborted'). */
  signal?: AbortSignal;
  /** Called at each step (before the model call, after it, when done): lets a job renew its lock. */
  onProgress?: () => void;
  /** Overall limit on the model call, enforced here even if the provider ignores its own. Default 20000. */
  timeoutMs?: number;
}

function titleKey(title: string): string {
  return title.trim().toLowerCase().replace(/\s+/g, ' ');
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
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  options.onProgress?.();

  let raw: unknown[] | null = null;
  let error: string | null = null;
  try {
    const chain = model.withStructuredOutput(questBatchSchema, { name: QUEST_TOOL_NAME, method: 'functionCalling' });
    const result: unknown = await raceAbort(chain.invoke(buildQuestPrompt(context), { signal }), signal);
    const quests = (result as { quests?: unknown } | null | undefined)?.quests;
    if (Array.isArray(quests) && quests.length > 0) raw = quests;
    else error = 'model returned no structured output';
  } catch (e) {
    error = describeModelError(e, timeout.aborted, options.signal?.aborted === true);
  }
  options.onProgress?.();

  const { valid, rejected } = raw ? validateProposals(raw, context.goals) : { valid: [], rejected: [] };
  const proposals: QuestProposal[] = [...valid];
  const fellBack = error !== null || valid.length < target;

  if (fellBack) {
    const titles = new Set(proposals.map((p) => titleKey(p.title)));
    const perGoal = new Map<string, number>();
    for (const p of proposals) if (p.goalId) perGoal.set(p.goalId, (perGoal.get(p.goalId) ?? 0) + 1);
    const candidates = validateProposals(generateDeterministicQuests(context, target * 2), context.goals).valid.filter(
      (c) => !titles.has(titleKey(c.title)),
    );
    const used = new Set<QuestProposal>();
    // First respect the per-goal cap alongside the model's items; then take anything left if still short.
    for (const respectCap of [true, false]) {
      for (const candidate of candidates) {
        if (proposals.length >= target) break;
        if (used.has(candidate) || titles.has(titleKey(candidate.title))) continue;
        const goalCount = candidate.goalId ? (perGoal.get(candidate.goalId) ?? 0) : 0;
        if (respectCap && goalCount >= MAX_QUESTS_PER_GOAL) continue;
        proposals.push(candidate);
        used.add(candidate);
        titles.add(titleKey(candidate.title));
        if (candidate.goalId) perGoal.set(candidate.goalId, goalCount + 1);
      }
    }
  }
  options.onProgress?.();

  const source = valid.length === 0 ? 'fallback' : fellBack ? 'mixed' : 'model';
  return { proposals, source, fellBack, error, rejected };
}
