import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import {
  ACTION_MAX,
  CLIENT_KEY_MAX,
  NARRATOR_HISTORY,
  type NarrationRequest,
  type NarrationResult,
} from '../../domain/adventure-types.js';
import { NARRATOR_MOMENTS, narratorMemory, recentExchangeWindow } from '../../domain/adventure-memory.js';
import { epilogueMoments, isQuestComplete, resolveCompletedObjectives } from '../../domain/adventure-rules.js';
import { adventureTurnCost } from '../../domain/model-budget.js';
import { closureAfterTurn, pacingContext, pacingStateAt } from '../../domain/pacing.js';
import type { ClosureReason } from '../../domain/vocabulary.js';
import { freeText } from '../inputs.js';
import { spendModelBudget } from '../model-budget.js';
import { invalidState, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { CLAIM_CLEARED, claimNextStep, claimRefusalError, refusalOf, underClaim, type StepClaim } from './claim.js';
import { activeQuestView, characterOf, ownAdventure, requireActive, storyCardsOf } from './load.js';

const actionInput = z.object({
  adventureId: z.string(),
  action: freeText({ max: ACTION_MAX, lines: 'multi' }),
  stream: z.boolean().nullish(),
  clientKey: z
    .string()
    .min(1, 'must not be empty')
    .max(CLIENT_KEY_MAX, `must be at most ${CLIENT_KEY_MAX} characters`)
    .nullish(),
});

export interface ActionOutcome {
  narration: string;
  /** The turn the narration belongs to. */
  turn: number;
  session: AdventureSession;
}

/**
 * One turn. First the claim on the adventure's next turn (one conditional
 * update): of concurrent actions only one gets it, the others are refused
 * before any model call. Then the user's model budget for the turn (its
 * narration, and the epilogue when the turn closes the adventure), then the
 * narration, then one transaction commits everything the turn changes —
 * turn + 1 (conditional on the turn read and the claim held, so no turn is
 * lost or counted twice), the exchange with its client key, completed
 * objectives, the key moment, the phase, closure with its epilogue — and
 * clears the claim. A failure releases the claim. The streaming path differs
 * only in how the narration is produced.
 *
 * A client key makes the action safe to retry: a retry of a committed action
 * returns that turn (no model call, nothing played); a retry while the first
 * request is still being played is refused with INVALID_STATE on `clientKey`.
 */
export async function takeAdventureAction(
  ctx: UseCaseContext,
  raw: z.input<typeof actionInput>,
): Promise<ActionOutcome> {
  const input = parseInput(actionInput, raw);
  const clientKey = input.clientKey ?? null;
  const session = await ownAdventure(ctx.prisma, ctx, input.adventureId);
  const replay = await committedExchange(ctx, session, clientKey, input.action);
  if (replay) return { narration: replay.narration, turn: replay.turn, session };
  requireActive(session);
  if (session.gamePhase === 'CHARACTER_CREATION') {
    throw invalidState('adventureId', 'create the character and choose a quest before taking actions');
  }
  const cost = adventureTurnCost(pacingStateAt(session, session.turn + 1, ctx.pacingEnabled));
  const claim = await claimNextStep(ctx, session, { turn: session.turn }, { clientKey, modelCalls: cost });
  if (!claim) return refusedAction(ctx, session, clientKey, input.action);

  return underClaim(ctx, claim, async () => {
    await spendModelBudget(ctx, { userId: ctx.viewer.id, units: cost, operation: 'narrator', field: 'adventureId' });
    const request = await narrationRequest(ctx, session, input.action);
    const calls = { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall };
    const narrated = input.stream
      ? await ctx.models.narrator.stream(request, {
          ...calls,
          onChunk: (text) => publishChunk(ctx, session, request.pacing.turn, text, false),
        })
      : await ctx.models.narrator.narrate(request, calls);
    const updated = await commitTurn(ctx, session, claim, request, narrated.result, clientKey);
    if (input.stream) publishChunk(ctx, session, request.pacing.turn, '', true);
    return { narration: narrated.result.narration, turn: request.pacing.turn, session: updated };
  });
}

/** The exchange already committed for this client key; null when there is none (or no key). */
async function committedExchange(
  ctx: UseCaseContext,
  session: AdventureSession,
  clientKey: string | null,
  action: string,
): Promise<{ narration: string; turn: number } | null> {
  if (clientKey === null) return null;
  const exchange = await ctx.prisma.adventureExchange.findUnique({
    where: { sessionId_clientKey: { sessionId: session.id, clientKey } },
  });
  if (!exchange) return null;
  if (exchange.action !== action) {
    throw invalidState(
      'clientKey',
      `this clientKey was used for another action (turn ${exchange.turn}); use a new key`,
    );
  }
  return exchange;
}

/** The claim was refused: say why, unless the first request with this client key has committed meanwhile. */
async function refusedAction(
  ctx: UseCaseContext,
  session: AdventureSession,
  clientKey: string | null,
  action: string,
): Promise<ActionOutcome> {
  // The exchange first: once it is seen, the session read after it includes its turn.
  const replay = await committedExchange(ctx, session, clientKey, action);
  const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  if (replay) return { narration: replay.narration, turn: replay.turn, session: current };
  const refusal = refusalOf(current, current.turn === session.turn, clientKey, ctx.now());
  throw claimRefusalError(refusal, current, 'another action on this adventure was taken at the same time; try again');
}

async function narrationRequest(
  ctx: UseCaseContext,
  session: AdventureSession,
  action: string,
): Promise<NarrationRequest> {
  const [quest, recent, moments] = await Promise.all([
    activeQuestView(ctx.prisma, session.id),
    ctx.prisma.adventureExchange.findMany({
      where: { sessionId: session.id },
      orderBy: { turn: 'desc' },
      take: NARRATOR_HISTORY,
      select: { turn: true, action: true, narration: true },
    }),
    // Only the moments the narrator gets (the domain's order: most significant, then earliest).
    ctx.prisma.adventureMoment.findMany({
      where: { sessionId: session.id },
      orderBy: [{ significance: 'desc' }, { turn: 'asc' }, { createdAt: 'asc' }],
      take: NARRATOR_MOMENTS,
      select: { turn: true, kind: true, summary: true, significance: true },
    }),
  ]);
  const history = recentExchangeWindow(recent.reverse());
  // The memory note and the cards came with the session read.
  const memory = narratorMemory({
    memoryNote: session.memoryNote,
    cards: storyCardsOf(session),
    moments,
    history,
    action,
  });
  return {
    character: characterOf(session),
    quest,
    pacing: pacingContext(pacingStateAt(session, session.turn + 1, ctx.pacingEnabled)),
    memory,
    history,
    action,
  };
}

async function commitTurn(
  ctx: UseCaseContext,
  session: AdventureSession,
  claim: StepClaim,
  request: NarrationRequest,
  result: NarrationResult,
  clientKey: string | null,
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
  const played = pacingContext({ ...pacingStateAt(session, turn, ctx.pacingEnabled), questCompletedAtTurn });
  const denouementStartedAtTurn = session.denouementStartedAtTurn ?? (played.phase === 'DENOUEMENT' ? turn : null);
  const closure = closureAfterTurn({
    ...pacingStateAt(session, turn, ctx.pacingEnabled),
    questCompletedAtTurn,
    denouementStartedAtTurn,
    questCompletedThisTurn: questCompletedNow,
  });
  const epilogue = closure ? await composeEpilogue(ctx, session, request, result, closure, turn) : null;

  const updated = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.adventureSession.updateMany({
      where: { id: session.id, turn: session.turn, status: 'ACTIVE', claimToken: claim.token },
      data: {
        ...CLAIM_CLEARED,
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
      data: { sessionId: session.id, turn, action: request.action, narration: result.narration, clientKey },
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

/**
 * The epilogue is written before the closing commit, so it is stored exactly once with it or not at all.
 * Its model call was paid for with the turn (adventureTurnCost knows a closing turn before it is played).
 */
async function composeEpilogue(
  ctx: UseCaseContext,
  session: AdventureSession,
  request: NarrationRequest,
  result: NarrationResult,
  reason: ClosureReason,
  turn: number,
): Promise<string> {
  const recorded = await ctx.prisma.adventureMoment.findMany({
    where: { sessionId: session.id },
    select: { turn: true, kind: true, summary: true, significance: true },
  });
  const thisTurn = result.keyMoment ? [{ ...result.keyMoment, turn }] : [];
  const moments = epilogueMoments([...recorded, ...thisTurn]);
  const written = await ctx.models.epilogueWriter.write(
    { character: request.character, quest: request.quest, moments, reason, turns: turn },
    { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall },
  );
  return written.epilogue;
}

function publishChunk(ctx: UseCaseContext, session: AdventureSession, turn: number, text: string, done: boolean) {
  ctx.pubsub.publish('adventure:narration', session.id, { adventureId: session.id, turn, text, done });
}
