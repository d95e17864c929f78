import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import { parseInput, invalidState } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { CLAIM_CLEARED } from './claim.js';
import { TAKEN_MEANWHILE, claimFree, lastTurnOf } from './last-turn.js';
import { publishPhaseChange, questBefore, questState, takeBackTurnWrites } from './turn-play.js';

const undoInput = z.object({ adventureId: z.string() });

/**
 * Takes back the adventure's last turn, with no model call: the adventure
 * columns the turn stored as its `before` are put back, and what the turn
 * wrote under its number (objectives, the quest's completion, moments, the
 * exchange and its versions) is removed. A turn that closed the adventure
 * reopens it and its epilogue goes. One transaction, conditional on the
 * adventure being exactly as read (turn and last write) with nobody playing
 * a turn, so an undo racing an action or a retry is refused, never mixed in.
 */
export async function undoAdventureTurn(
  ctx: UseCaseContext,
  raw: z.input<typeof undoInput>,
): Promise<AdventureSession> {
  const input = parseInput(undoInput, raw);
  const { session, before } = await lastTurnOf(ctx, input.adventureId);
  const quest = questBefore(await questState(ctx.prisma, session.id), session.turn);
  const now = ctx.now();
  const restored = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.adventureSession.updateMany({
      where: { id: session.id, turn: session.turn, updatedAt: session.updatedAt, ...claimFree(now) },
      data: {
        ...CLAIM_CLEARED,
        ...before,
        turn: session.turn - 1,
        status: 'ACTIVE',
        completionReason: null,
        completedAt: null,
        epilogue: null,
      },
    });
    if (count !== 1) throw invalidState('adventureId', TAKEN_MEANWHILE);
    await takeBackTurnWrites(tx, session, session.turn, quest);
    await tx.adventureExchange.delete({ where: { sessionId_turn: { sessionId: session.id, turn: session.turn } } });
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });
  ctx.metrics.adventureTurns.inc({ operation: 'undo', outcome: 'none' });
  publishPhaseChange(ctx, session, restored);
  return restored;
}
