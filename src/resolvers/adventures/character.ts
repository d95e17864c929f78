import type { AdventureSession } from '@prisma/client';
import { z } from 'zod';
import { beforeQuestChosen } from '../../domain/adventure-setup.js';
import { CHARACTER_ARCHETYPE_MAX, CHARACTER_BACKSTORY_MAX, CHARACTER_NAME_MAX } from '../../domain/adventure-types.js';
import { freeText } from '../inputs.js';
import { invalidState, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { characterOf, ownAdventure, requireActive } from './load.js';
import { isComplete } from './setup.js';

const editInput = z.object({
  adventureId: z.string(),
  name: freeText({ max: CHARACTER_NAME_MAX }).nullish(),
  archetype: freeText({ max: CHARACTER_ARCHETYPE_MAX }).nullish(),
  backstory: freeText({ max: CHARACTER_BACKSTORY_MAX, lines: 'multi' }).nullish(),
});

/**
 * Edits the created character (any of its fields) until a quest is chosen;
 * then the story has started with that character and the edit is refused
 * (INVALID_STATE). The offers already made stay: `rerollAdventureQuests`
 * asks for new ones written for the edited character. No model call.
 *
 * One conditional update: still before the quest is chosen, and no re-roll in
 * flight (its offers are being written for the character it read).
 */
export async function editAdventureCharacter(
  ctx: UseCaseContext,
  raw: z.input<typeof editInput>,
): Promise<AdventureSession> {
  const input = parseInput(editInput, raw);
  const session = await ownAdventure(ctx.prisma, ctx, input.adventureId);
  requireActive(session);
  if (!beforeQuestChosen(session.gamePhase)) throw questChosen();
  if (!isComplete(characterOf(session))) {
    throw invalidState('adventureId', 'the character is not created yet: use createCharacter to finish it');
  }
  const now = ctx.now();
  const { count } = await ctx.prisma.adventureSession.updateMany({
    where: {
      id: session.id,
      status: 'ACTIVE',
      gamePhase: 'CHARACTER_CREATION',
      OR: [{ claimToken: null }, { claimedUntil: null }, { claimedUntil: { lte: now } }],
    },
    data: {
      characterName: input.name ?? undefined,
      characterArchetype: input.archetype ?? undefined,
      characterBackstory: input.backstory ?? undefined,
    },
  });
  const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  if (count === 1) return current;
  requireActive(current);
  if (!beforeQuestChosen(current.gamePhase)) throw questChosen();
  throw invalidState('adventureId', 'the quest offers are being re-rolled; try again when they are ready');
}

function questChosen() {
  return invalidState('adventureId', 'a quest has been chosen: the character can no longer be edited');
}
