import type { AdventureSession, Prisma } from '@prisma/client';
import { z } from 'zod';
import type { TurnAnswer, TurnOutcome } from '../../domain/adventure-turn.js';
import type { QuestView } from '../../domain/adventure-types.js';
import type { ModelCallReport } from '../../llm/call-report.js';
import { invalidState, notFound, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { CLAIM_CLEARED } from './claim.js';
import { TAKEN_MEANWHILE, claimFree, lastTurnOf, type LastTurn } from './last-turn.js';
import {
  applyTurnWrites,
  jsonOf,
  outcomeOf,
  publishPhaseChange,
  questBefore,
  questState,
  sessionColumnsAfter,
  takeBackTurnWrites,
} from './turn-play.js';

/** A version of a turn, to become the current one. */
export interface TurnVersionData {
  narration: string;
  answer: TurnAnswer;
  outcome: TurnOutcome;
  narratorCall: ModelCallReport | null;
  epilogue: string | null;
  epilogueCall: ModelCallReport | null;
}

/**
 * Makes `data` the last turn's current version, in one transaction
 * conditional on `guard` (the retry's claim, or the row exactly as read):
 * the current version is kept among the turn's versions, what it wrote is
 * taken back to the turn's `before`, and `data`'s outcome is applied there.
 */
export async function replaceTurnVersion(
  ctx: UseCaseContext,
  last: LastTurn,
  quest: QuestView | null,
  change: { guard: Prisma.AdventureSessionWhereInput; version: number; versions: number; data: TurnVersionData },
): Promise<AdventureSession> {
  const { session, exchange } = last;
  const { data } = change;
  const now = ctx.now();
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.adventureSession.updateMany({
      where: { ...change.guard, id: session.id, turn: session.turn },
      data: { ...CLAIM_CLEARED, ...sessionColumnsAfter(data.outcome, data.epilogue, now) },
    });
    if (count !== 1) throw invalidState('adventureId', TAKEN_MEANWHILE);
    await tx.adventureTurnVersion.deleteMany({
      where: { sessionId: session.id, turn: session.turn, version: change.version },
    });
    await tx.adventureTurnVersion.create({
      data: {
        sessionId: session.id,
        turn: session.turn,
        version: exchange.version,
        narration: exchange.narration,
        answer: exchange.answer ?? {},
        epilogue: session.epilogue,
        narratorCall: jsonOf(exchange.narratorCall as object | null),
        epilogueCall: jsonOf(exchange.epilogueCall as object | null),
      },
    });
    await takeBackTurnWrites(tx, session, session.turn, quest);
    await applyTurnWrites(tx, session.id, session.turn, quest, data.outcome, now);
    await tx.adventureExchange.update({
      where: { id: exchange.id },
      data: {
        narration: data.narration,
        answer: data.answer as unknown as Prisma.InputJsonValue,
        narratorCall: jsonOf(data.narratorCall),
        epilogueCall: jsonOf(data.epilogueCall),
        version: change.version,
        versions: change.versions,
      },
    });
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });
}

const chooseInput = z.object({ adventureId: z.string(), version: z.number().int().min(1) });

/**
 * Switches the last turn back to one of its versions (listed on the
 * exchange): its narration, completed objectives, moments and any closure
 * with its epilogue become the turn's again. No model call: the version
 * keeps the narrator's answer, applied again to the turn's `before`.
 */
export async function chooseAdventureTurnVersion(
  ctx: UseCaseContext,
  raw: z.input<typeof chooseInput>,
): Promise<AdventureSession> {
  const input = parseInput(chooseInput, raw);
  const last = await lastTurnOf(ctx, input.adventureId);
  const { session, exchange, before } = last;
  if (input.version === exchange.version) return session;
  const chosen = await ctx.prisma.adventureTurnVersion.findUnique({
    where: { sessionId_turn_version: { sessionId: session.id, turn: session.turn, version: input.version } },
  });
  if (!chosen) throw notFound('version', 'AdventureTurnVersion');
  const quest = questBefore(await questState(ctx.prisma, session.id), session.turn);
  const answer = chosen.answer as unknown as TurnAnswer;
  const setting = { session, turn: session.turn, action: exchange.action, before, quest };
  const updated = await replaceTurnVersion(ctx, last, quest, {
    guard: { updatedAt: session.updatedAt, ...claimFree(ctx.now()) },
    version: chosen.version,
    versions: exchange.versions,
    data: {
      narration: chosen.narration,
      answer,
      outcome: outcomeOf(ctx, setting, answer),
      narratorCall: chosen.narratorCall as ModelCallReport | null,
      epilogue: chosen.epilogue,
      epilogueCall: chosen.epilogueCall as ModelCallReport | null,
    },
  });
  ctx.metrics.adventureTurns.inc({ operation: 'choose_version', outcome: 'none' });
  publishPhaseChange(ctx, session, updated);
  return updated;
}
