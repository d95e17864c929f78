import type { AdventureExchange, AdventureSession } from '@prisma/client';
import { lastTurnRefusal, type TurnAnswer, type TurnBefore } from '../../domain/adventure-turn.js';
import { invalidState } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { ownAdventure } from './load.js';

/**
 * The last turn of one of the viewer's adventures, for going back on it
 * (retry, undo, another version): refused with INVALID_STATE when there is
 * none, the adventure was abandoned, or the turn was played before turns
 * kept what they changed.
 */
export interface LastTurn {
  session: AdventureSession;
  exchange: AdventureExchange;
  before: TurnBefore;
  answer: TurnAnswer;
}

export async function lastTurnOf(ctx: UseCaseContext, adventureId: string): Promise<LastTurn> {
  const session = await ownAdventure(ctx.prisma, ctx, adventureId);
  const refusal = lastTurnRefusal({
    status: session.status,
    completionReason: session.completionReason,
    inCreation: session.gamePhase === 'CHARACTER_CREATION',
    turn: session.turn,
  });
  if (refusal) throw invalidState('adventureId', refusal);
  const exchange = await ctx.prisma.adventureExchange.findUnique({
    where: { sessionId_turn: { sessionId: session.id, turn: session.turn } },
  });
  if (!exchange?.before || !exchange.answer) {
    throw invalidState('adventureId', 'this turn was played before turns could be taken back');
  }
  return {
    session,
    exchange,
    before: exchange.before as unknown as TurnBefore,
    answer: exchange.answer as unknown as TurnAnswer,
  };
}

/** The claim is free (nobody plays a turn now), as a condition on the adventure row. */
export function claimFree(now: Date) {
  return { OR: [{ claimToken: null }, { claimedUntil: null }, { claimedUntil: { lte: now } }] };
}

export const TAKEN_MEANWHILE = 'the adventure changed meanwhile (another action, retry or undo); try again';
