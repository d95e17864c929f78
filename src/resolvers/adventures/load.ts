import type { AdventureSession, Prisma } from '@prisma/client';
import type { StoryCard } from '../../domain/adventure-memory.js';
import type { Character } from '../../domain/adventure-types.js';
import { invalidState, notFound } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';

type Db = Prisma.TransactionClient;

/** The viewer's adventure; another user's behaves as missing. */
export async function ownAdventure(db: Db, ctx: UseCaseContext, id: string, field = 'adventureId') {
  const session = await db.adventureSession.findFirst({ where: { id, userId: ctx.viewer.id } });
  if (!session) throw notFound(field, 'Adventure');
  return session;
}

export function requireActive(session: AdventureSession, field = 'adventureId'): void {
  if (session.status !== 'ACTIVE') throw notActive(session, field);
}

export function notActive(session: AdventureSession, field = 'adventureId') {
  return invalidState(field, `the adventure is ${session.status.toLowerCase()} and accepts no more actions`);
}

export function characterOf(session: AdventureSession): Character {
  return { name: session.characterName, archetype: session.characterArchetype, backstory: session.characterBackstory };
}

/**
 * The adventure's story cards. They live on the session row (a JSON column) so
 * that the turn's one read of the session brings them; only the card use cases
 * write them, so anything else in the column is ignored rather than trusted.
 */
export function storyCardsOf(session: Pick<AdventureSession, 'storyCards'>): StoryCard[] {
  if (!Array.isArray(session.storyCards)) return [];
  const cards: StoryCard[] = [];
  for (const raw of session.storyCards) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const { id, text, triggers } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(triggers)) continue;
    cards.push({ id, text, triggers: triggers.filter((t): t is string => typeof t === 'string') });
  }
  return cards;
}
