import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import { retryRefusal } from '../../domain/adventure-turn.js';
import { adventureTurnCost } from '../../domain/model-budget.js';
import { pacingStateAt } from '../../domain/pacing.js';
import { spendModelBudget } from '../model-budget.js';
import { invalidState, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { claimNextStep, claimRefusalError, refusalOf, underClaim, type StepClaim } from './claim.js';
import { lastTurnOf, TAKEN_MEANWHILE, type LastTurn } from './last-turn.js';
import {
  narrate,
  narrationRequest,
  publishChunk,
  publishPhaseChange,
  questBefore,
  questState,
  settleTurn,
  type SettledTurn,
  type TurnSetting,
} from './turn-play.js';
import { replaceTurnVersion } from './turn-versions.js';

const retryInput = z.object({ adventureId: z.string(), stream: z.boolean().nullish() });

export interface RetryOutcome {
  narration: string;
  turn: number;
  /** The version the retry made (the first play is version 1). */
  version: number;
  session: AdventureSession;
}

/**
 * Plays the last turn again with the same action, from the story exactly as
 * it was before that turn (its stored `before`, its objectives reopened, the
 * exchanges before it). The new narration, completed objectives, moments and
 * any closure replace the turn's; the turn number stays; the replaced version
 * is kept (chooseAdventureTurnVersion switches back). It is a model call like
 * an action: the same claim (so it never runs beside an action, an undo or
 * another retry), the same budget, at most MAX_TURN_VERSIONS versions per
 * turn; a streamed retry streams like an action.
 */
export async function retryAdventureTurn(ctx: UseCaseContext, raw: z.input<typeof retryInput>): Promise<RetryOutcome> {
  const input = parseInput(retryInput, raw);
  const last = await lastTurnOf(ctx, input.adventureId);
  const { session, exchange, before } = last;
  const refusal = retryRefusal(exchange.versions);
  if (refusal) throw invalidState('adventureId', refusal);
  const setting: TurnSetting = {
    session,
    turn: session.turn,
    action: exchange.action,
    before,
    quest: questBefore(await questState(ctx.prisma, session.id), session.turn),
  };
  const cost = adventureTurnCost(pacingStateAt({ ...session, ...before }, session.turn, ctx.pacingEnabled));
  const claim = await claimNextStep(
    ctx,
    session,
    { turn: session.turn, updatedAt: session.updatedAt },
    { clientKey: null, modelCalls: cost, statuses: ['ACTIVE', 'COMPLETED'] },
  );
  if (!claim) {
    const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
    // A COMPLETED adventure may be retried (its closing turn): only an abandoned one has ended for a retry.
    const status = current.status === 'COMPLETED' ? 'ACTIVE' : current.status;
    throw claimRefusalError(refusalOf({ ...current, status }, false, null, ctx.now()), current, TAKEN_MEANWHILE);
  }
  return underClaim(ctx, claim, async () => {
    await spendModelBudget(ctx, { userId: ctx.viewer.id, units: cost, operation: 'narrator', field: 'adventureId' });
    const request = await narrationRequest(ctx, setting);
    const narrated = await narrate(ctx, session.id, request, input.stream === true);
    const settled = await settleTurn(ctx, setting, request, narrated);
    const updated = await commitRetry(ctx, last, setting, claim, settled);
    if (input.stream) publishChunk(ctx, session.id, setting.turn, '', true);
    ctx.metrics.adventureTurns.inc({ operation: 'retry', outcome: narrated.fellBack ? 'fallback' : 'model' });
    return { narration: settled.narration, turn: setting.turn, version: exchange.versions + 1, session: updated };
  });
}

async function commitRetry(
  ctx: UseCaseContext,
  last: LastTurn,
  setting: TurnSetting,
  claim: StepClaim,
  settled: SettledTurn,
): Promise<AdventureSession> {
  const version = last.exchange.versions + 1;
  const updated = await replaceTurnVersion(ctx, last, setting.quest, {
    guard: { claimToken: claim.token },
    version,
    versions: version,
    data: {
      narration: settled.narration,
      answer: settled.answer,
      outcome: settled.outcome,
      narratorCall: settled.narratorCall,
      epilogue: settled.epilogue?.epilogue ?? null,
      epilogueCall: settled.epilogue?.call ?? null,
    },
  });
  publishPhaseChange(ctx, last.session, updated);
  return updated;
}
