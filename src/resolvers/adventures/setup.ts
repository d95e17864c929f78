import type { AdventureSession, Prisma } from '@prisma/client';
import { z } from 'zod';
import {
  CHARACTER_ARCHETYPE_MAX,
  CHARACTER_BACKSTORY_MAX,
  CHARACTER_NAME_MAX,
  CREATION_STEPS,
  DEFAULT_MAX_TURNS,
  MAX_MAX_TURNS,
  MIN_MAX_TURNS,
  type Character,
  type QuestOffer,
} from '../../domain/adventure-types.js';
import { openAdventureRefusal } from '../../domain/model-budget.js';
import { freeText } from '../inputs.js';
import { spendModelBudget } from '../model-budget.js';
import { invalidState, limitReached, notFound, parseInput } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { CLAIM_CLEARED, claimNextStep, claimRefusalError, refusalOf, underClaim } from './claim.js';
import { characterOf, ownAdventure, requireActive } from './load.js';

const startInput = z.object({
  maxTurns: z
    .number()
    .int('must be a whole number')
    .min(MIN_MAX_TURNS, `must be ${MIN_MAX_TURNS} to ${MAX_MAX_TURNS}`)
    .max(MAX_MAX_TURNS, `must be ${MIN_MAX_TURNS} to ${MAX_MAX_TURNS}`)
    .nullish(),
  pacingEnabled: z.boolean().nullish(),
});

/**
 * A new adventure, within the user's cap on open adventures. The count and
 * the insert run under a lock on the user's row, so two concurrent starts
 * cannot both take the last place.
 */
export async function startAdventure(ctx: UseCaseContext, raw: z.input<typeof startInput>): Promise<AdventureSession> {
  const input = parseInput(startInput, raw);
  return ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${ctx.viewer.id} FOR UPDATE`;
    const open = await tx.adventureSession.count({ where: { userId: ctx.viewer.id, status: 'ACTIVE' } });
    const refusal = openAdventureRefusal(open, ctx.llmBudget.maxOpenAdventures);
    if (refusal) throw limitReached(null, refusal);
    return tx.adventureSession.create({
      data: {
        userId: ctx.viewer.id,
        maxTurns: input.maxTurns ?? DEFAULT_MAX_TURNS,
        pacingEnabled: input.pacingEnabled ?? true,
      },
    });
  });
}

const characterInput = z.object({
  adventureId: z.string(),
  name: freeText({ max: CHARACTER_NAME_MAX }).nullish(),
  archetype: freeText({ max: CHARACTER_ARCHETYPE_MAX }).nullish(),
  backstory: freeText({ max: CHARACTER_BACKSTORY_MAX, lines: 'multi' }).nullish(),
});

/**
 * Character creation, in one call or over several (each call is a creation
 * step and may set any of the fields). Once name, archetype and backstory
 * are all known, creation ends and the quest designer offers three quests.
 * Each step takes the adventure's claim before the designer is called (so
 * concurrent completions make one designer call) and, when it completes the
 * character, spends one unit of the user's model budget.
 */
export async function createCharacter(
  ctx: UseCaseContext,
  raw: z.input<typeof characterInput>,
): Promise<AdventureSession> {
  const input = parseInput(characterInput, raw);
  const session = await ownAdventure(ctx.prisma, ctx, input.adventureId);
  requireActive(session);
  if (session.gamePhase !== 'CHARACTER_CREATION' || isComplete(characterOf(session))) {
    throw invalidState('adventureId', 'the character is already created');
  }
  const character = {
    name: input.name ?? session.characterName,
    archetype: input.archetype ?? session.characterArchetype,
    backstory: input.backstory ?? session.characterBackstory,
  };
  const complete = isComplete(character);
  if (!complete && session.creationTurn + 1 >= CREATION_STEPS) {
    throw invalidState(
      'adventureId',
      `character creation takes at most ${CREATION_STEPS} steps: give the name, archetype and backstory`,
    );
  }
  const step = { gamePhase: 'CHARACTER_CREATION', creationTurn: session.creationTurn } as const;
  const claim = await claimNextStep(ctx, session, step, { clientKey: null, modelCalls: complete ? 1 : 0 });
  if (!claim) {
    const current = await ctx.prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
    const stepCurrent = current.gamePhase === step.gamePhase && current.creationTurn === step.creationTurn;
    const refusal = refusalOf(current, stepCurrent, null, ctx.now());
    throw claimRefusalError(refusal, current, 'the character was changed at the same time; try again');
  }
  return underClaim(ctx, claim, async () => {
    if (complete) {
      await spendModelBudget(ctx, {
        userId: ctx.viewer.id,
        units: 1,
        operation: 'quest_designer',
        field: 'adventureId',
      });
    }
    // The designer's model call happens before the write, so the write is all-or-nothing.
    const calls = { timeoutMs: ctx.llmTimeoutMs, record: ctx.metrics.recordModelCall };
    const offers = complete ? (await ctx.models.questDesigner.design({ character }, calls)).offers : [];
    return commitCreationStep(ctx, session, claim.token, character, offers);
  });
}

export function isComplete(character: Character): boolean {
  return Boolean(character.name && character.archetype && character.backstory);
}

async function commitCreationStep(
  ctx: UseCaseContext,
  session: AdventureSession,
  claimToken: string,
  character: Character,
  offers: QuestOffer[],
): Promise<AdventureSession> {
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.adventureSession.updateMany({
      where: { id: session.id, gamePhase: 'CHARACTER_CREATION', creationTurn: session.creationTurn, claimToken },
      data: {
        ...CLAIM_CLEARED,
        characterName: character.name,
        characterArchetype: character.archetype,
        characterBackstory: character.backstory,
        creationTurn: { increment: 1 },
      },
    });
    if (count !== 1) throw invalidState('adventureId', 'the character was changed at the same time; try again');
    await storeOffers(tx, session.id, offers);
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });
}

/** The quest offers, in their order (with the creation step or a re-roll, in its transaction). */
export async function storeOffers(tx: Prisma.TransactionClient, sessionId: string, offers: QuestOffer[]) {
  for (const [position, offer] of offers.entries()) {
    await tx.adventureQuest.create({
      data: {
        sessionId,
        position,
        title: offer.title,
        description: offer.description,
        objectives: {
          create: offer.objectives.map((objective, index) => ({
            position: index,
            description: objective.description,
            keywords: objective.keywords,
          })),
        },
      },
    });
  }
}

const chooseInput = z.object({ adventureId: z.string(), questId: z.string() });

export async function chooseAdventureQuest(
  ctx: UseCaseContext,
  raw: z.input<typeof chooseInput>,
): Promise<AdventureSession> {
  const input = parseInput(chooseInput, raw);
  const questId = input.questId;
  return ctx.prisma.$transaction(async (tx) => {
    const session = await ownAdventure(tx, ctx, input.adventureId);
    requireActive(session);
    const quest = await tx.adventureQuest.findFirst({ where: { id: questId, sessionId: session.id } });
    if (!quest) throw notFound('questId', 'Quest');
    if (quest.status !== 'OFFERED' || session.gamePhase !== 'CHARACTER_CREATION') {
      throw invalidState('questId', 'a quest has already been chosen for this adventure');
    }
    const now = ctx.now();
    // Conditional on no live claim: while the offers are re-rolled (or designed), none of them can be chosen.
    const { count } = await tx.adventureSession.updateMany({
      where: {
        id: session.id,
        gamePhase: 'CHARACTER_CREATION',
        OR: [{ claimToken: null }, { claimedUntil: null }, { claimedUntil: { lte: now } }],
      },
      data: { gamePhase: 'EXPLORATION' },
    });
    if (count !== 1) {
      throw invalidState('adventureId', 'the quest offers are being changed; try again when they are ready');
    }
    await tx.adventureQuest.update({ where: { id: quest.id }, data: { status: 'ACTIVE', chosenAt: now } });
    await tx.adventureQuest.updateMany({
      where: { sessionId: session.id, status: 'OFFERED' },
      data: { status: 'DECLINED' },
    });
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });
}

export async function abandonAdventure(ctx: UseCaseContext, raw: { adventureId: string }): Promise<AdventureSession> {
  return ctx.prisma.$transaction(async (tx) => {
    const session = await ownAdventure(tx, ctx, raw.adventureId);
    requireActive(session);
    const { count } = await tx.adventureSession.updateMany({
      where: { id: session.id, status: 'ACTIVE' },
      data: { status: 'ABANDONED', completionReason: 'ABANDONED', completedAt: ctx.now() },
    });
    if (count !== 1) throw invalidState('adventureId', 'the adventure has already ended');
    return tx.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  });
}
