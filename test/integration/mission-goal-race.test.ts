import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { CREATE_MISSION } from '../support/operations.js';
import { seedUser } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('a mission added to a goal while the goal is being archived', () => {
  it('waits for the archive and is refused, instead of landing pending on an archived goal', async () => {
    const prisma = t.app.services.prisma;
    const userId = 'goal-race';
    const { goalIds } = await seedUser(prisma, userId, {
      goals: [{ title: 'Learn the cello', valueCategory: 'CRAFT' }],
    });
    const goalId = goalIds[0]!;
    const token = await t.token(userId);

    // archiveGoal's first step, held open: the goal's row is archived but not yet committed.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const archiving = prisma.$transaction(
      async (tx) => {
        await tx.goal.update({ where: { id: goalId }, data: { status: 'ARCHIVED' } });
        locked();
        await released;
      },
      { timeout: 10_000 },
    );
    await lockTaken;
    const creating = t.gql(
      CREATE_MISSION,
      {
        input: {
          goalId: encodeGlobalId('Goal', goalId),
          title: 'Scales',
          estimatedMinutes: 15,
          energyLevel: 'LOW',
          valueCategory: 'CRAFT',
        },
      },
      token,
    );
    // Long enough for the mutation to reach the goal's row (a lost race only makes the test pass trivially).
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await archiving;

    const answer = (await creating).data.createMission;
    expect(answer.mission).toBeNull();
    expect(answer.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'goalId' })]);
    expect(await prisma.mission.count({ where: { goalId } })).toBe(0);
  });
});
