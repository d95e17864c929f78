import type { AdventureSession, Prisma } from '@prisma/client';
import { CHOSEN_QUEST_STATUSES } from '../../domain/adventure-rules.js';
import type { Character, QuestView } from '../../domain/adventure-types.js';
import { invalidState, notFound } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';

type Db = Prisma.TransactionClient;

export const questWithObjectives = { objectives: { orderBy: { position: 'asc' } } } as const;

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

export async function activeQuestView(db: Db, sessionId: string): Promise<QuestView | null> {
  const quest = await db.adventureQuest.findFirst({
    where: { sessionId, status: { in: [...CHOSEN_QUEST_STATUSES] } },
    include: questWithObjectives,
  });
  if (!quest) return null;
  return {
    id: quest.id,
    title: quest.title,
    description: quest.description,
    objectives: quest.objectives.map((objective) => ({
      id: objective.id,
      description: objective.description,
      keywords: objective.keywords,
      completedAt: objective.completedAt,
    })),
  };
}
