import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import { NARRATOR_HISTORY, type NarrationRequest, type NarrationResult } from '../../domain/adventure-types.js';
import { epilogueMoments, isQuestComplete, resolveCompletedObjectives } from '../../domain/adventure-rules.js';
import { closureAfterTurn, pacingContext } from '../../domain/pacing.js';
import { writeEpilogue } from '../../llm/epilogue.js';
import { narrateTurn, streamNarration } from '../../llm/narrator.js';
import { freeText } from '../inputs.js';
import { invalidState, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { activeQuestView, characterOf, ownAdventure, requireActive } from './load.js';

const actionInput = z.object({
  adventureId: z.string(),
  action: freeText({ max: 500, lines: 'multi' }),
  stream: z.boolean().nullish(),
});

export interface ActionOutcome {
  narration: string;
  session: AdventureSession;
}

/**
 * One turn: narrate the player's action, then commit everything the turn
 * changes in one transaction — turn + 1 (conditional on the turn we read, so
 * a concurrent action on the same session is refused, never lost or counted
 * twice), the exchange, completed objectives, the key moment, the phase, and
 * closure with its epilogue. The streaming path differs only in how the
 * narration is produced; it commits through the same function.
 */
export async function takeAdventureAction(
  ctx: UseCaseContext,
  raw: z.input<typeof actionInput>,
): Promise<ActionOutcome> {
  const input = parseInput(actionInput, raw);
  const session = await ownAdventure(ctx.prisma, ctx, input.adventureId);
  requireActive(session);
  if (session.gamePhase === 'CHARACTER_CREATION') {
    throw invalidState('adventureId', 'create the character and choose a quest before taking actions');
  }
  const request = await narrationRequest(ctx, session, input.action);
  const narrated = input.stream
    ? await streamNarration(ctx.chatModel, request, {
        timeoutMs: ctx.llmTimeoutMs,
        onChunk: (text) => publishChunk(ctx, session, request.pacing.turn, text, false),
      })
    : await narrateTurn(ctx.chatModel, request, { timeoutMs: ctx.llmTimeoutMs });
  const updated = await commitTurn(ctx, session, request, narrated.result);
  if (input.stream) publishChunk(ctx, session, request.pacing.turn, '', true);
  return { narration: narrated.result.narration, session: updated };
}

async function narrationRequest(
  ctx: UseCaseContext,
  session: AdventureSession,
  action: string,
): Promise<NarrationRequest> {
  const [quest, recent] = await Promise.all([
    activeQuestView(ctx.prisma, session.id),
    ctx.prisma.adventureExchange.findMany({
      where: { sessionId: session.id },
      orderBy: { turn: 'desc' },
      take: NARRATOR_HISTORY,
      select: { turn: true, action: true, narration: true },
    }),
  ]);
  return {
    character: characterOf(session),
    quest,
    pacing: pacingContext(pacingState(ctx, session, session.turn + 1)),
    history: recent.reverse(),
    action,
  };
}

function pacingState(ctx: UseCaseContext, session: AdventureSession, turn: number) {
  return {
    turn,
    maxTurns: session.maxTurns,
    questCompletedAtTurn: session.questCompletedAtTurn,
    denouementStartedAtTurn: session.denouementStartedAtTurn,
    // The process-wide switch and the session's own flag must both allow guidance.
    pacingEnabled: ctx.pacingEnabled && session.pacingEnabled,
  };
}

async function commitTurn(
  ctx: UseCaseContext,
  session: AdventureSession,
  request: NarrationRequest,
  result: NarrationResult,
): Promise<AdventureSession> {
  const turn = request.pacing.turn;
  const now = ctx.now();
  const quest = request.quest;
  const completedIds = quest
    ? resolveCompletedObjectives(result.completedObjectiveIds, request.action, quest.objectives)
    : [];
  const objectivesAfter = (quest?.objectives ?? []).map((objective) =>
    completedIds.includes(objective.id) ? { ...objective, completedAt: now } : objective,
  );
  const questCompletedNow = Boolean(quest) && session.questCompletedAtTurn === null && isQuestComplete(objectivesAfter);
  const questCompletedAtTurn = questCompletedNow ? turn : session.questCompletedAtTurn;
  const played = pacingContext({ ...pacingState(ctx, session, turn), questCompletedAtTurn });
  const denouementStartedAtTurn = session.denouementStartedAtTurn ?? (played.phase === 'DENOUEMENT' ? turn : null);
  const closure = closureAfterTurn({
    ...pacingState(ctx, session, turn),
    questCompletedAtTurn,
    denouementStartedAtTurn,
    questCompletedThisTurn: questCompletedNow,
  });
  const epilogue = closure ? await composeEpilogue(ctx, session, request, result, closure, turn) : null;

  const updated = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.adventureSession.updateMany({
      where: { id: session.id, turn: session.turn, status: 'ACTIVE' },
      data: {
        turn,
        phase: played.phase,
        climaxReached: session.climaxReached || played.phase === 'CLIMAX' || played.phase === 'DENOUEMENT',
        questCompletedAtTurn,
        denouementStartedAtTurn,
        ...(closure ? { status: 'COMPLETED', completionReason: closure, completedAt: now, epilogue } : {}),
      },
    });
    if (count !== 1) {
      throw invalidState('adventureId', 'another action on this adventure was taken at the same time; try again');
    }
    await tx.adventureExchange.create({
      data: { sessionId: session.id, turn, action: request.action, narration: result.narration },
    });
    if (completedIds.length > 0) {
      await tx.adventureObjective.updateMany({
        where: { id: { in: completedIds }, completedAt: null },
        data: { completedAt: now, completedAtTurn: turn },
      });
    }
    if (questCompletedNow && quest) {
      await tx.adventureQuest.update({ where: { id: quest.id }, data: { status: 'COMPLETED', completedAt: now } });
    }
    const moments = [
      ...(result.keyMoment ? [{ ...result.keyMoment, turn }] : []),
      ...(questCompletedNow && quest
        ? [{ kind: 'TRIUMPH' as const, summary: `Completed the quest "${quest.title}"`, significance: 1, turn }]
        : []),
    ];
    if (moments.length > 0) {
      await tx.adventureMoment.createMany({ data: moments.map((moment) => ({ ...moment, sessionId: session.id })) });
    }
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });

  if (updated.phase !== session.phase || updated.status !== session.status) {
    ctx.pubsub.publish('adventure:phase', updated.id, {
      adventureId: updated.id,
      from: session.phase,
      to: updated.phase,
      turn,
      status: updated.status,
    });
  }
  return updated;
}

/** The epilogue is written before the closing commit, so it is stored exactly once with it or not at all. */
async function composeEpilogue(
  ctx: UseCaseContext,
  session: AdventureSession,
  request: NarrationRequest,
  result: NarrationResult,
  reason: 'QUEST_COMPLETE' | 'TURN_CAP',
  turn: number,
): Promise<string> {
  const recorded = await ctx.prisma.adventureMoment.findMany({
    where: { sessionId: session.id },
    select: { turn: true, kind: true, summary: true, significance: true },
  });
  const thisTurn = result.keyMoment ? [{ ...result.keyMoment, turn }] : [];
  const moments = epilogueMoments([...recorded, ...thisTurn]);
  const written = await writeEpilogue(
    ctx.chatModel,
    { character: request.character, quest: request.quest, moments, reason, turns: turn },
    { timeoutMs: ctx.llmTimeoutMs },
  );
  return written.epilogue;
}

function publishChunk(ctx: UseCaseContext, session: AdventureSession, turn: number, text: string, done: boolean) {
  ctx.pubsub.publish('adventure:narration', session.id, { adventureId: session.id, turn, text, done });
}
