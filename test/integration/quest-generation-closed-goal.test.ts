import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestProposer } from '../../src/llm/ports.js';
import { generateQuestsForUser } from '../../src/resolvers/quest-generation/generate-quests.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { ARCHIVE_GOAL } from '../support/operations.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The app's proposer, held after it has read the user's goals until the test lets it answer. */
function heldProposer(inner: QuestProposer) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const proposing = new Promise<void>((resolve) => (reached = resolve));
  const proposer: QuestProposer = {
    identity: inner.identity,
    promptVersion: inner.promptVersion,
    async propose(context, options) {
      reached();
      await released;
      return inner.propose(context, options);
    },
  };
  return { proposer, proposing, release };
}

describe('quest generation and a goal that closes while the model writes', () => {
  it('stores no mission for a goal archived meanwhile, and counts only the missions it stored', async () => {
    const prisma = t.app.services.prisma;
    const userId = 'closing-goal';
    const { goalIds } = await seedUser(prisma, userId, {
      goals: [
        { title: 'Learn the cello', valueCategory: 'CRAFT' },
        { title: 'Run a 10k', valueCategory: 'HEALTH' },
      ],
    });
    const [cello, run] = goalIds as [string, string];
    const held = heldProposer(t.app.services.models.questProposer);
    const generating = generateQuestsForUser(
      { ...t.app.services, models: { ...t.app.services.models, questProposer: held.proposer } },
      { userId, trigger: 'ADMIN', windowKey: 'admin:closing-goal' },
    );
    await held.proposing;
    const archived = await t.gql(ARCHIVE_GOAL, { input: { id: encodeGlobalId('Goal', cello) } }, await t.token(userId));
    expect(archived.data.archiveGoal.goal.status).toBe('ARCHIVED');
    held.release();
    const finished = await generating;

    const stored = await prisma.mission.findMany({ where: { generationRunId: finished.id } });
    expect(stored.filter((mission) => mission.goalId === cello)).toEqual([]);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((mission) => mission.goalId === run || mission.goalId === null)).toBe(true);
    expect(finished.missionsCreated).toBe(stored.length);
    expect(await prisma.mission.count({ where: { goalId: cello, status: 'PENDING' } })).toBe(0);
  });
});
