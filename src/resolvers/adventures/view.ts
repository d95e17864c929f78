import type { AdventureObjective, AdventureQuest, AdventureSession, Prisma } from '@prisma/client';
import { CHOSEN_QUEST_STATUSES } from '../../domain/adventure-rules.js';
import type { PacingContext } from '../../domain/adventure-types.js';
import { pacingContext, pacingStateAt } from '../../domain/pacing.js';
import type { UseCaseContext } from '../use-case.js';

/** How an adventure reads to its player between turns: computed from the row, no model call. */
type SessionProgress = Pick<AdventureSession, 'turn' | 'maxTurns'>;

export function turnsRemaining(session: SessionProgress): number {
  return Math.max(0, session.maxTurns - session.turn);
}

/** turn / maxTurns, 0–1. */
export function storyProgress(session: SessionProgress): number {
  return session.turn / session.maxTurns;
}

/** The pacing the narrator gets on the adventure's next turn; null once the adventure has ended. */
export function nextTurnPacing(
  ctx: Pick<UseCaseContext, 'pacingEnabled'>,
  session: Pick<
    AdventureSession,
    'status' | 'turn' | 'maxTurns' | 'questCompletedAtTurn' | 'denouementStartedAtTurn' | 'pacingEnabled'
  >,
): PacingContext | null {
  if (session.status !== 'ACTIVE') return null;
  return pacingContext(pacingStateAt(session, session.turn + 1, ctx.pacingEnabled));
}

export const DEFAULT_EXCHANGES = 20;
const MAX_EXCHANGES = 100;

/** The columns and relations a caller wants loaded with each exchange (the schema passes its planned query). */
export interface ExchangeSelection {
  select?: Prisma.AdventureExchangeSelect;
  include?: Prisma.AdventureExchangeInclude;
}

/** The adventure's `last` exchanges (default 20, at most 100), oldest first. */
export async function recentExchanges(
  ctx: Pick<UseCaseContext, 'prisma'>,
  sessionId: string,
  last: number | null | undefined,
  selection: ExchangeSelection,
) {
  const recent = await ctx.prisma.adventureExchange.findMany({
    ...selection,
    where: { sessionId },
    orderBy: { turn: 'desc' },
    take: Math.min(Math.max(last ?? DEFAULT_EXCHANGES, 0), MAX_EXCHANGES),
  });
  return recent.reverse();
}

/** The columns and relations a caller wants loaded with the quest (the schema passes its planned query). */
export interface QuestSelection {
  select?: Prisma.AdventureQuestSelect;
  include?: Prisma.AdventureQuestInclude;
}

/** The chosen quest's row with all its objectives, as a use case that just wrote them knows them. */
export type LoadedQuest = AdventureQuest & { objectives: AdventureObjective[] };

/** Adventures returned by a use case that already knows their chosen quest (null: none chosen). */
const knownQuests = new WeakMap<AdventureSession, LoadedQuest | null>();

/**
 * Returns `session` known to have `quest` as its chosen quest, so that showing it costs no read (a turn's
 * payload: the turn loaded the quest and wrote what changed in it, under the adventure's claim).
 */
export function withKnownQuest<T extends AdventureSession>(session: T, quest: LoadedQuest | null): T {
  knownQuests.set(session, quest);
  return session;
}

/** Whether a planned selection asks for nothing beyond the quest's columns and its objectives in order. */
function knownQuestAnswers(selection: QuestSelection): boolean {
  const relations = { ...selection.include, ...selection.select };
  return Object.entries(relations).every(([key, value]) => {
    if (key !== 'objectives' || typeof value !== 'object' || value === null) return true;
    const { orderBy, select, include, ...rest } = value as Record<string, unknown>;
    const ordered = orderBy === undefined || JSON.stringify(orderBy) === JSON.stringify({ position: 'asc' });
    const relationFree = include === undefined && Object.values(select ?? {}).every((field) => field === true);
    return ordered && relationFree && Object.keys(rest).length === 0;
  });
}

/** The adventure's chosen quest, also once completed; null before one is chosen. */
export async function chosenQuest(
  ctx: Pick<UseCaseContext, 'prisma'>,
  session: AdventureSession,
  selection: QuestSelection,
) {
  const known = knownQuests.get(session);
  if (known !== undefined && knownQuestAnswers(selection)) return known;
  return ctx.prisma.adventureQuest.findFirst({
    ...selection,
    where: { sessionId: session.id, status: { in: [...CHOSEN_QUEST_STATUSES] } },
  });
}
