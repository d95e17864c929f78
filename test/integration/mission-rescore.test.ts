import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startQueryCounter } from '../../bench/support/query-counter.js';
import { rescoreOpenMissions, scoreMission } from '../../src/resolvers/mission-priority.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const CATEGORIES = ['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION'] as const;
const ENERGIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
const STATUSES = ['PENDING', 'PENDING', 'IN_PROGRESS', 'DEFERRED', 'COMPLETED'] as const;

/** A user with `count` missions of every kind: goals of different weight, open and closed, dated and not. */
async function seedPool(userId: string, count: number) {
  const prisma = t.app.services.prisma;
  const now = new Date('2026-12-01T10:00:00Z');
  await prisma.user.create({ data: { id: userId, displayName: userId, currentEnergy: 'MEDIUM' } });
  const goals = await Promise.all(
    [1, 5].map((importance, i) =>
      prisma.goal.create({
        data: {
          userId,
          title: `Goal ${i}`,
          goalType: 'CONCRETE',
          valueCategory: CATEGORIES[i]!,
          importance,
          targetDate: i === 0 ? new Date('2026-12-20T00:00:00Z') : null,
          lastWorkedAt: i === 1 ? new Date('2026-11-20T00:00:00Z') : null,
        },
      }),
    ),
  );
  await prisma.mission.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      userId,
      goalId: i % 3 === 2 ? null : goals[i % 2]!.id,
      title: `Mission ${i}`,
      estimatedMinutes: 15,
      energyLevel: ENERGIES[i % 3]!,
      valueCategory: CATEGORIES[i % 4]!,
      status: STATUSES[i % 5]!,
      dueDate: i % 4 === 0 ? new Date(now.getTime() + (i + 1) * 86_400_000) : null,
      priorityScore: 0,
    })),
  });
  return now;
}

describe('rescoreOpenMissions', () => {
  it('gives every open mission the score it would get alone, in the same few statements for 6 missions or 60', async () => {
    const prisma = t.app.services.prisma;
    const statementsFor = async (userId: string, count: number) => {
      const now = await seedPool(userId, count);
      const missions = await prisma.mission.findMany({ where: { userId }, orderBy: { title: 'asc' } });
      const expected = new Map<string, number>();
      for (const mission of missions) {
        const open = mission.status !== 'COMPLETED';
        expected.set(mission.id, open ? await prisma.$transaction((tx) => scoreMission(tx, mission, now)) : 0);
      }
      const counter = startQueryCounter();
      try {
        await prisma.$transaction((tx) => rescoreOpenMissions(tx, { userId }, now));
        // The app's own background work (the job poller) may run in the same window: only these tables count.
        const statements = counter.snapshot().statements.filter((sql) => /"(Mission|Goal|User)"/.test(sql)).length;
        const after = await prisma.mission.findMany({ where: { userId } });
        for (const mission of after)
          expect([mission.title, mission.priorityScore]).toEqual([mission.title, expected.get(mission.id)]);
        expect(after.filter((mission) => mission.priorityScore > 0).length).toBe(
          missions.filter((m) => m.status !== 'COMPLETED').length,
        );
        return statements;
      } finally {
        counter.stop();
      }
    };
    const few = await statementsFor('rescore-few', 6);
    const many = await statementsFor('rescore-many', 60);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(5);
  });

  it('moves updatedAt of the missions it rescored, so that catch-up sees the new scores', async () => {
    const prisma = t.app.services.prisma;
    const now = await seedPool('rescore-catch-up', 5);
    const before = await prisma.mission.findMany({ where: { userId: 'rescore-catch-up' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await prisma.$transaction((tx) => rescoreOpenMissions(tx, { userId: 'rescore-catch-up' }, now));
    const after = new Map(
      (await prisma.mission.findMany({ where: { userId: 'rescore-catch-up' } })).map((m) => [m.id, m]),
    );
    for (const mission of before) {
      const moved = after.get(mission.id)!.updatedAt.getTime() > mission.updatedAt.getTime();
      expect([mission.status, moved]).toEqual([mission.status, mission.status !== 'COMPLETED']);
    }
  });
});
