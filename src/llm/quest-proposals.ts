import { decideQuestBatch } from '../domain/quest-batch-rules.js';
import { deterministicCandidates } from '../domain/quest-templates.js';
import type { GenerationContext } from '../domain/quest-types.js';
import { StructuredOutputError, isRecord, shortError, type CallTrace } from './model-call.js';
import type { ProposeQuestsOptions, QuestProposalOutcome } from './ports.js';

/**
 * What both quest proposers share: the proposer proposes, code decides.
 * Whatever the proposals are, `decideQuestBatch` (validation, then the batch
 * rules) makes the batch of them, and deterministic fill-ins for the user's
 * own goals take the places of what it drops. A user without an active goal
 * gets no proposal call and no quest.
 */

/** More than this in one answer is a misbehaving answer: the rest is not worth validating. */
const MAX_PROPOSALS = 10;

/** The quest items of an answer `{ quests: [...] }`, unjudged (the batch rules judge each one); none is no answer. */
export function questItems(args: unknown): unknown[] {
  const quests = isRecord(args) ? args.quests : undefined;
  if (!Array.isArray(quests) || quests.length === 0) {
    throw new StructuredOutputError('model returned no structured output');
  }
  return quests.slice(0, MAX_PROPOSALS);
}

/** What a proposer's call gave: its items, unjudged (null when it gave none), and why not, when it failed. */
export interface Proposals extends CallTrace {
  items: unknown[] | null;
  error: string | null;
}

/**
 * Asks `propose` for the context's proposals (unless the user has no active
 * goal) and decides the batch, reporting progress at each step.
 */
export async function decideProposals(
  context: GenerationContext,
  options: ProposeQuestsOptions,
  propose: () => Promise<Proposals>,
): Promise<QuestProposalOutcome> {
  if (context.goals.length === 0) {
    const decision = decideQuestBatch(context, null, []);
    return { ...decision, source: 'none', fellBack: false, error: null, modelCall: null };
  }
  options.onProgress?.();
  const { items, latencyMs, usage, ...answer } = await propose();
  options.onProgress?.();

  const decision = decideQuestBatch(context, items, () => deterministicCandidates(context));
  const fromModel = decision.batch.filter((q) => q.origin === 'MODEL').length;
  let error = answer.error;
  if (items && fromModel === 0 && decision.rejections.length > 0) {
    error = shortError(`model answer had no usable quest: ${decision.rejections[0]!.detail}`);
  }
  options.onProgress?.();

  const fellBack = error !== null || fromModel < decision.batch.length;
  const source = fromModel === 0 ? 'fallback' : fromModel < decision.batch.length ? 'mixed' : 'model';
  return { ...decision, source, fellBack, error, modelCall: { latencyMs, usage } };
}
