import type { AdventureSession } from '@prisma/client';
import { beforeQuestChosen, QUEST_REROLLS_MAX, questRerollsLeft } from '../../domain/adventure-setup.js';
import { spendModelBudget } from '../model-budget.js';
import { invalidState, limitReached } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { CLAIM_CLEARED, claimNextStep, claimRefusalError, refusalOf, underClaim } from './claim.js';
import { characterOf, ownAdventure, requireActive } from './load.js';
import { isComplete, storeOffers } from './setup.js';

/**
 * Replaces the three quest offers with new ones, at most QUEST_REROLLS_MAX
 * times per adventure and only before a quest is chosen (LIMIT_REACHED once
 * they are used up; INVALID_STATE after the choice).
 *
 * Like a creation step: the adventure's claim first (so concurrent re-rolls
 * make one designer call, and no offer can be chosen meanwhile), then one unit
 * of the user's model budget, then the designer's call (told the titles it
 * replaces), then one transaction that counts the re-roll, replaces the
 * offers and releases the claim. A failure releases the claim and changes
 * nothing; the old offers stay.
 */
export async function rerollAdventureQuests(
  ctx: UseCaseContext,
  raw: { adventureId: string },
): Promise<AdventureSession> {
  const session = await ownAdventure(ctx.prisma, ctx, raw.adventureId);
  requireActive(session);
  if (!beforeQuestChosen(session.gamePhase)) {
    throw invalidState('adventureId', 'a quest has already been chosen: the offers can no longer be re-rolled');
  }
  const character = characterOf(session);
  if (!isComplete(character)) {
    throw invalidState('adventureId', 'the character is not created yet: there are no offers to re-roll');
  }
  if (questRerollsLeft(session.questRerolls) === 0) throw exhausted();

  const step = { gamePhase: 'CHARACTER_CREATION', questRerolls: session.questRerolls } as const;
  const claim = await claimNextStep(ctx, session, step, { clientKey: null, modelCalls: 1 });
  if (!claim) {
    const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
    const stepCurrent = current.gamePhase === step.gamePhase && current.questRerolls === step.questRerolls;
    if (stepCurrent || current.status !== 'ACTIVE') {
      throw claimRefusalError(refusalOf(current, stepCurrent, null, ctx.now()), current, 'try again');
    }
    if (!beforeQuestChosen(current.gamePhase)) {
      throw invalidState('adventureId', 'a quest was chosen at the same time: the offers can no longer be re-rolled');
    }
    throw invalidState(
      'adventureId',
      'the offers were re-rolled at the same time; look at them before re-rolling again',
    );
  }

  return underClaim(ctx, claim, async () => {
    await spendModelBudget(ctx, { userId: ctx.viewer.id, units: 1, operation: 'quest_designer', field: 'adventureId' });
    const current = await ctx.prisma.adventureQuest.findMany({
      where: { sessionId: session.id, status: 'OFFERED' },
      select: { title: true },
    });
    const calls = { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall };
    const { offers } = await ctx.models.questDesigner.design(
      { character, avoidTitles: current.map((quest) => quest.title) },
      calls,
    );
    return ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.adventureSession.updateMany({
        where: { id: session.id, ...step, claimToken: claim.token },
        data: { ...CLAIM_CLEARED, questRerolls: { increment: 1 } },
      });
      if (count !== 1) throw invalidState('adventureId', 'the adventure was changed at the same time; try again');
      await tx.adventureQuest.deleteMany({ where: { sessionId: session.id, status: 'OFFERED' } });
      await storeOffers(tx, session.id, offers);
      return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
    });
  });
}

function exhausted() {
  return limitReached(
    'adventureId',
    `the quest offers can be re-rolled at most ${QUEST_REROLLS_MAX} times; choose one of the offers`,
  );
}
