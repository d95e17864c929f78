import { randomUUID } from 'node:crypto';
import type { AdventureSession, Prisma } from '@prisma/client';
import { z } from 'zod';
import {
  MEMORY_NOTE_MAX,
  STORY_CARDS_MAX,
  STORY_CARD_TEXT_MAX,
  STORY_CARD_TRIGGERS_MAX,
  STORY_CARD_TRIGGER_MAX,
  type StoryCard,
} from '../../domain/adventure-memory.js';
import { isMatchableKeyword } from '../../domain/adventure-rules.js';
import { freeText } from '../inputs.js';
import { limitReached, notFound, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { ownAdventure, requireActive, storyCardsOf } from './load.js';

/**
 * The narrator's memory, edited by the player: the memory note and the story
 * cards (src/domain/adventure-memory.ts). Owner only, while the adventure is
 * active. A change reaches the narrator from the next turn that starts after
 * it (a turn being played keeps what it read).
 *
 * The cards are a JSON column of the session row, so each change is a
 * read-modify-write under a lock on that row: two concurrent additions cannot
 * both take the last place, nor lose each other's card.
 */

const memoryInput = z.object({
  adventureId: z.string(),
  memoryNote: freeText({ max: MEMORY_NOTE_MAX, lines: 'multi', allowEmpty: true }),
});

export async function setAdventureMemory(
  ctx: UseCaseContext,
  raw: z.input<typeof memoryInput>,
): Promise<AdventureSession> {
  const input = parseInput(memoryInput, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const session = await ownAdventure(tx, ctx, input.adventureId);
    requireActive(session);
    return tx.adventureSession.update({ where: { id: session.id }, data: { memoryNote: input.memoryNote } });
  });
}

const trigger = freeText({ max: STORY_CARD_TRIGGER_MAX }).refine(isMatchableKeyword, 'must contain a letter or digit');
const triggers = z
  .array(trigger)
  .min(1, 'give at least one trigger word')
  .max(STORY_CARD_TRIGGERS_MAX, `at most ${STORY_CARD_TRIGGERS_MAX} trigger words`)
  .transform((words) => [...new Set(words)]);
const cardText = freeText({ max: STORY_CARD_TEXT_MAX, lines: 'multi' });

const addInput = z.object({ adventureId: z.string(), text: cardText, triggers });
const updateInput = z.object({
  adventureId: z.string(),
  cardId: z.string(),
  text: cardText.nullish(),
  triggers: triggers.nullish(),
});
const removeInput = z.object({ adventureId: z.string(), cardId: z.string() });

export async function addAdventureStoryCard(
  ctx: UseCaseContext,
  raw: z.input<typeof addInput>,
): Promise<AdventureSession> {
  const input = parseInput(addInput, raw);
  return changeCards(ctx, input.adventureId, (cards) => {
    if (cards.length >= STORY_CARDS_MAX) {
      throw limitReached('adventureId', `an adventure has at most ${STORY_CARDS_MAX} story cards; remove one first`);
    }
    return [...cards, { id: randomUUID(), text: input.text, triggers: input.triggers }];
  });
}

export async function updateAdventureStoryCard(
  ctx: UseCaseContext,
  raw: z.input<typeof updateInput>,
): Promise<AdventureSession> {
  const input = parseInput(updateInput, raw);
  return changeCards(ctx, input.adventureId, (cards) => {
    const index = cardIndex(cards, input.cardId);
    const card = cards[index] as StoryCard;
    const updated = { ...card, text: input.text ?? card.text, triggers: input.triggers ?? card.triggers };
    return cards.map((c, i) => (i === index ? updated : c));
  });
}

export async function removeAdventureStoryCard(
  ctx: UseCaseContext,
  raw: z.input<typeof removeInput>,
): Promise<AdventureSession> {
  const input = parseInput(removeInput, raw);
  return changeCards(ctx, input.adventureId, (cards) => {
    const index = cardIndex(cards, input.cardId);
    return cards.filter((_, i) => i !== index);
  });
}

function cardIndex(cards: readonly StoryCard[], cardId: string): number {
  const index = cards.findIndex((card) => card.id === cardId);
  if (index < 0) throw notFound('cardId', 'Story card');
  return index;
}

async function changeCards(
  ctx: UseCaseContext,
  adventureId: string,
  change: (cards: StoryCard[]) => StoryCard[],
): Promise<AdventureSession> {
  return ctx.prisma.$transaction(async (tx) => {
    // The lock first: the cards read next are the ones this write replaces.
    await tx.$queryRaw`SELECT "id" FROM "AdventureSession" WHERE "id" = ${adventureId} AND "userId" = ${ctx.viewer.id} FOR UPDATE`;
    const session = await ownAdventure(tx, ctx, adventureId);
    requireActive(session);
    const cards = change(storyCardsOf(session));
    return tx.adventureSession.update({
      where: { id: session.id },
      data: { storyCards: cards as unknown as Prisma.InputJsonValue },
    });
  });
}
