import { Prisma, type AdventureObjective, type AdventureQuest, type AdventureSession } from '@prisma/client';
import {
  objectivesBefore,
  turnOutcome,
  type TurnAnswer,
  type TurnBefore,
  type TurnOutcome,
} from '../../domain/adventure-turn.js';
import { NARRATOR_MOMENTS, narratorMemory, recentExchangeWindow } from '../../domain/adventure-memory.js';
import { CHOSEN_QUEST_STATUSES, epilogueMoments } from '../../domain/adventure-rules.js';
import {
  NARRATOR_HISTORY,
  type ExchangeView,
  type MomentView,
  type NarrationRequest,
  type QuestView,
} from '../../domain/adventure-types.js';
import { pacingContext, pacingStateAt } from '../../domain/pacing.js';
import type { ModelCallReport } from '../../llm/call-report.js';
import type { EpilogueOutcome, NarrationOutcome } from '../../llm/ports.js';
import type { UseCaseContext } from '../use-case.js';
import { characterOf, storyCardsOf } from './load.js';

/**
 * What playing a turn and replaying it share: the state it is played from
 * (read so that a replay sees the story exactly as the first play did), the
 * narration (streamed or not), the outcome and its epilogue, and the writes
 * that apply an outcome or take it back.
 */

type Db = Prisma.TransactionClient;

/** The domain's list of a chosen quest's statuses, as the raw reads' array parameter. */
const CHOSEN_STATUSES = [...CHOSEN_QUEST_STATUSES];

/** The chosen quest with each objective's completion turn (to reopen what a turn completed). */
export interface QuestState {
  quest: QuestView | null;
  completedAtTurn: Map<string, number | null>;
  /** The rows themselves, when the read brought them (turnReads): what a turn's payload shows after it. */
  rows?: QuestRows | null;
}

/** The chosen quest's row with its objectives' rows, in their order. */
export type QuestRows = AdventureQuest & { objectives: AdventureObjective[] };

interface QuestRow {
  questId: string;
  title: string;
  description: string;
  objectiveId: string | null;
  objective: string | null;
  keywords: string[] | null;
  /** A Date from a column, epoch milliseconds from a JSON aggregate. */
  completedAt: Date | string | number | null;
  completedAtTurn: number | null;
}

/** A row of turnReads: the whole quest and objective rows, times in epoch milliseconds. */
interface QuestJsonRow extends QuestRow {
  sessionId: string;
  position: number;
  status: AdventureQuest['status'];
  chosenAt: number | null;
  questCompletedAt: number | null;
  createdAt: number;
  updatedAt: number;
  objectivePosition: number | null;
  completedAt: number | null;
}

/** The chosen quest and its objectives in one statement. */
export async function questState(db: Db, sessionId: string): Promise<QuestState> {
  const rows = await db.$queryRaw<QuestRow[]>`
    SELECT q."id" AS "questId", q."title", q."description", o."id" AS "objectiveId", o."description" AS "objective",
           o."keywords", o."completedAt", o."completedAtTurn"
    FROM "AdventureQuest" q LEFT JOIN "AdventureObjective" o ON o."questId" = q."id"
    WHERE q."sessionId" = ${sessionId} AND q."status"::text = ANY(${CHOSEN_STATUSES}::text[])
    ORDER BY o."position" ASC`;
  return questStateOf(rows);
}

function questStateOf(rows: readonly QuestRow[]): QuestState {
  const first = rows[0];
  if (!first) return { quest: null, completedAtTurn: new Map() };
  const completedAtTurn = new Map<string, number | null>();
  const objectives = [];
  for (const row of rows) {
    if (row.objectiveId === null) continue;
    completedAtTurn.set(row.objectiveId, row.completedAtTurn);
    objectives.push({
      id: row.objectiveId,
      description: row.objective ?? '',
      keywords: row.keywords ?? [],
      completedAt: row.completedAt === null ? null : new Date(row.completedAt),
    });
  }
  return {
    quest: { id: first.questId, title: first.title, description: first.description, objectives },
    completedAtTurn,
  };
}

function questRowsOf(rows: readonly QuestJsonRow[]): QuestRows | null {
  const first = rows[0];
  if (!first) return null;
  const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));
  return {
    id: first.questId,
    sessionId: first.sessionId,
    position: first.position,
    title: first.title,
    description: first.description,
    status: first.status,
    chosenAt: dateOf(first.chosenAt),
    completedAt: dateOf(first.questCompletedAt),
    createdAt: new Date(first.createdAt),
    updatedAt: new Date(first.updatedAt),
    objectives: rows.flatMap((row) =>
      row.objectiveId === null
        ? []
        : [
            {
              id: row.objectiveId,
              questId: first.questId,
              position: row.objectivePosition ?? 0,
              description: row.objective ?? '',
              keywords: row.keywords ?? [],
              completedAt: dateOf(row.completedAt),
              completedAtTurn: row.completedAtTurn,
            },
          ],
    ),
  };
}

/** The quest's rows after a turn's commit wrote `outcome` (the same conditions as the commit's statement). */
export function questRowsAfter(rows: QuestRows, outcome: TurnOutcome, turn: number, now: Date): QuestRows {
  const completed = new Set(outcome.completedObjectiveIds);
  return {
    ...rows,
    ...(outcome.questCompleted ? { status: 'COMPLETED' as const, completedAt: now, updatedAt: now } : {}),
    objectives: rows.objectives.map((objective) =>
      completed.has(objective.id) && objective.completedAt === null
        ? { ...objective, completedAt: now, completedAtTurn: turn }
        : objective,
    ),
  };
}

/** The story the narrator gets from before a turn: the latest exchanges (newest first) and the key moments. */
export interface StoryBefore {
  recent: ExchangeView[];
  moments: MomentView[];
}

/**
 * The chosen quest and the story before `turn`, in one statement (the turn's hot path: one round trip, not
 * three). Only what came before the turn: a replay must not see its own first version. The moments are the
 * ones the narrator gets (the domain's order: most significant, then earliest).
 */
export async function turnReads(
  db: Db,
  sessionId: string,
  turn: number,
): Promise<{ state: QuestState; story: StoryBefore }> {
  const [row] = await db.$queryRaw<
    { quest: QuestJsonRow[] | null; recent: ExchangeView[] | null; moments: MomentView[] | null }[]
  >`
    SELECT
      (SELECT json_agg(json_build_object(
          'questId', q."id", 'title', q."title", 'description', q."description", 'sessionId', q."sessionId",
          'position', q."position", 'status', q."status",
          'chosenAt', (extract(epoch FROM q."chosenAt") * 1000)::float8,
          'questCompletedAt', (extract(epoch FROM q."completedAt") * 1000)::float8,
          'createdAt', (extract(epoch FROM q."createdAt") * 1000)::float8,
          'updatedAt', (extract(epoch FROM q."updatedAt") * 1000)::float8,
          'objectiveId', o."id", 'objectivePosition', o."position", 'objective', o."description", 'keywords', o."keywords",
          'completedAt', (extract(epoch FROM o."completedAt") * 1000)::float8, 'completedAtTurn', o."completedAtTurn"
        ) ORDER BY o."position" ASC)
       FROM "AdventureQuest" q LEFT JOIN "AdventureObjective" o ON o."questId" = q."id"
       WHERE q."sessionId" = ${sessionId}::text AND q."status"::text = ANY(${CHOSEN_STATUSES}::text[])) AS "quest",
      (SELECT json_agg(e ORDER BY e."turn" DESC) FROM (
         SELECT "turn", "action", "narration" FROM "AdventureExchange"
         WHERE "sessionId" = ${sessionId}::text AND "turn" < ${turn}::int
         ORDER BY "turn" DESC LIMIT ${NARRATOR_HISTORY}::int) e) AS "recent",
      (SELECT json_agg(json_build_object('turn', m."turn", 'kind', m."kind", 'summary', m."summary",
          'significance', m."significance") ORDER BY m."significance" DESC, m."turn" ASC, m."createdAt" ASC) FROM (
         SELECT "turn", "kind", "summary", "significance", "createdAt" FROM "AdventureMoment"
         WHERE "sessionId" = ${sessionId}::text AND "turn" < ${turn}::int
         ORDER BY "significance" DESC, "turn" ASC, "createdAt" ASC LIMIT ${NARRATOR_MOMENTS}::int) m) AS "moments"`;
  return {
    state: { ...questStateOf(row?.quest ?? []), rows: questRowsOf(row?.quest ?? []) },
    story: { recent: row?.recent ?? [], moments: row?.moments ?? [] },
  };
}

/** The quest as it was before `turn` (what that turn completed is open again). */
export function questBefore(state: QuestState, turn: number): QuestView | null {
  if (!state.quest) return null;
  const marked = state.quest.objectives.map((objective) => ({
    ...objective,
    completedAtTurn: state.completedAtTurn.get(objective.id) ?? null,
  }));
  return {
    ...state.quest,
    objectives: objectivesBefore(marked, turn).map(({ completedAtTurn: _turn, ...objective }) => objective),
  };
}

export function beforeOf(session: AdventureSession): TurnBefore {
  return {
    phase: session.phase,
    climaxReached: session.climaxReached,
    questCompletedAtTurn: session.questCompletedAtTurn,
    denouementStartedAtTurn: session.denouementStartedAtTurn,
  };
}

/** The state a turn is played from. */
export interface TurnSetting {
  session: AdventureSession;
  turn: number;
  action: string;
  before: TurnBefore;
  quest: QuestView | null;
}

/** The narrator's request for the turn: the story up to the turn before it (read here unless given). */
export async function narrationRequest(
  ctx: UseCaseContext,
  setting: TurnSetting,
  story?: StoryBefore,
): Promise<NarrationRequest> {
  const { recent, moments } = story ?? (await turnReads(ctx.prisma, setting.session.id, setting.turn)).story;
  const history = recentExchangeWindow([...recent].reverse());
  // The memory note and the cards came with the session read.
  const memory = narratorMemory({
    memoryNote: setting.session.memoryNote,
    cards: storyCardsOf(setting.session),
    moments,
    history,
    action: setting.action,
  });
  return {
    character: characterOf(setting.session),
    quest: setting.quest,
    pacing: pacingContext(pacingStateAt({ ...setting.session, ...setting.before }, setting.turn, ctx.pacingEnabled)),
    memory,
    history,
    action: setting.action,
  };
}

/** Narrates the turn; a streamed one reaches adventureNarration subscribers as it is written. */
export function narrate(
  ctx: UseCaseContext,
  sessionId: string,
  request: NarrationRequest,
  stream: boolean,
): Promise<NarrationOutcome> {
  const calls = { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall };
  if (!stream) return ctx.models.narrator.narrate(request, calls);
  return ctx.models.narrator.stream(request, {
    ...calls,
    onChunk: (text) => publishChunk(ctx, sessionId, request.pacing.turn, text, false),
  });
}

export function publishChunk(ctx: UseCaseContext, sessionId: string, turn: number, text: string, done: boolean) {
  ctx.pubsub.publish('adventure:narration', sessionId, { adventureId: sessionId, turn, text, done });
}

/** A turn's outcome with everything a version keeps. */
export interface SettledTurn {
  narration: string;
  answer: TurnAnswer;
  outcome: TurnOutcome;
  narratorCall: ModelCallReport | null;
  epilogue: EpilogueOutcome | null;
}

export function outcomeOf(ctx: UseCaseContext, setting: TurnSetting, answer: TurnAnswer): TurnOutcome {
  const state = pacingStateAt(setting.session, setting.turn, ctx.pacingEnabled);
  return turnOutcome({
    turn: setting.turn,
    action: setting.action,
    maxTurns: state.maxTurns,
    pacingEnabled: state.pacingEnabled,
    before: setting.before,
    quest: setting.quest,
    answer,
  });
}

/**
 * The outcome of a narration, with the epilogue when the turn closes the adventure. The epilogue is written
 * before the commit, so it is stored exactly once with it or not at all; its model call was paid for with the
 * turn (adventureTurnCost knows a closing turn before it is played).
 */
export async function settleTurn(
  ctx: UseCaseContext,
  setting: TurnSetting,
  request: NarrationRequest,
  narrated: NarrationOutcome,
): Promise<SettledTurn> {
  const first = outcomeOf(ctx, setting, narrated.result);
  // What is kept is what was applied, so applying it again gives the same outcome.
  const answer: TurnAnswer = {
    narration: narrated.result.narration,
    completedObjectiveIds: first.completedObjectiveIds,
    keyMoment: narrated.result.keyMoment,
  };
  const epilogue = first.closure ? await composeEpilogue(ctx, setting, request, answer, first) : null;
  return { narration: answer.narration, answer, outcome: first, narratorCall: narrated.call, epilogue };
}

async function composeEpilogue(
  ctx: UseCaseContext,
  setting: TurnSetting,
  request: NarrationRequest,
  answer: TurnAnswer,
  outcome: TurnOutcome,
): Promise<EpilogueOutcome> {
  const recorded = await ctx.prisma.adventureMoment.findMany({
    where: { sessionId: setting.session.id, turn: { lt: setting.turn } },
    select: { turn: true, kind: true, summary: true, significance: true },
  });
  const thisTurn = answer.keyMoment ? [{ ...answer.keyMoment, turn: setting.turn }] : [];
  const moments = epilogueMoments([...recorded, ...thisTurn]);
  return ctx.models.epilogueWriter.write(
    {
      character: request.character,
      quest: request.quest,
      moments,
      reason: outcome.closure ?? 'TURN_CAP',
      turns: setting.turn,
    },
    { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall },
  );
}

/** The adventure columns of a played turn (with its closure, or reopened when it has none). */
export function sessionColumnsAfter(outcome: TurnOutcome, epilogue: string | null, now: Date) {
  return {
    ...outcome.after,
    ...(outcome.closure
      ? { status: 'COMPLETED' as const, completionReason: outcome.closure, completedAt: now, epilogue }
      : { status: 'ACTIVE' as const, completionReason: null, completedAt: null, epilogue: null }),
  };
}

/** Takes back what `turn` wrote besides the adventure row and its exchange: objectives, quest, moments. */
export async function takeBackTurnWrites(tx: Db, session: AdventureSession, turn: number, quest: QuestView | null) {
  if (quest) {
    await tx.adventureObjective.updateMany({
      where: { questId: quest.id, completedAtTurn: turn },
      data: { completedAt: null, completedAtTurn: null },
    });
    if (session.questCompletedAtTurn === turn) {
      await tx.adventureQuest.update({ where: { id: quest.id }, data: { status: 'ACTIVE', completedAt: null } });
    }
  }
  await tx.adventureMoment.deleteMany({ where: { sessionId: session.id, turn } });
}

/** Writes what `outcome` changes besides the adventure row and its exchange. */
export async function applyTurnWrites(
  tx: Db,
  sessionId: string,
  turn: number,
  quest: QuestView | null,
  outcome: TurnOutcome,
  now: Date,
) {
  if (outcome.completedObjectiveIds.length > 0) {
    await tx.adventureObjective.updateMany({
      where: { id: { in: outcome.completedObjectiveIds }, completedAt: null },
      data: { completedAt: now, completedAtTurn: turn },
    });
  }
  if (outcome.questCompleted && quest) {
    await tx.adventureQuest.update({ where: { id: quest.id }, data: { status: 'COMPLETED', completedAt: now } });
  }
  if (outcome.moments.length > 0) {
    await tx.adventureMoment.createMany({ data: outcome.moments.map((moment) => ({ ...moment, sessionId })) });
  }
}

/** Subscribers hear when the phase or the status moves (forward, or back with an undo). */
export function publishPhaseChange(ctx: UseCaseContext, before: AdventureSession, after: AdventureSession) {
  if (after.phase === before.phase && after.status === before.status) return;
  ctx.pubsub.publish('adventure:phase', after.id, {
    adventureId: after.id,
    from: before.phase,
    to: after.phase,
    turn: after.turn,
    status: after.status,
  });
}

/** A nullable Json column's value (Prisma writes SQL NULL for DbNull). */
export function jsonOf(value: object | null): Prisma.InputJsonValue | Prisma.NullTypes.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
