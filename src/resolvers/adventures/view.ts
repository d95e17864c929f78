import type { AdventureSession, Prisma } from '@prisma/client';
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

/** The adventure's chosen quest, also once completed; null before one is chosen. */
export function chosenQuest(ctx: Pick<UseCaseContext, 'prisma'>, sessionId: string, selection: QuestSelection) {
  return ctx.prisma.adventureQuest.findFirst({
    ...selection,
    where: { sessionId, status: { in: [...CHOSEN_QUEST_STATUSES] } },
  });
}
