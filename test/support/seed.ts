import { vi } from 'vitest';
import type { PrismaClient, ValueCategory } from '@prisma/client';

/** Direct seeding for tests that need many rows or a precise starting state. */
export async function seedUser(
  prisma: PrismaClient,
  id: string,
  options: {
    timeZone?: string | null;
    goals?: { title: string; valueCategory: ValueCategory }[];
    pending?: number;
  } = {},
): Promise<{ goalIds: string[] }> {
  await prisma.user.create({ data: { id, timeZone: options.timeZone ?? null, displayName: id } });
  const goalIds: string[] = [];
  for (const goal of options.goals ?? []) {
    const created = await prisma.goal.create({
      data: { userId: id, title: goal.title, goalType: 'CONCRETE', valueCategory: goal.valueCategory, importance: 4 },
    });
    goalIds.push(created.id);
  }
  if (options.pending) {
    await prisma.mission.createMany({
      data: Array.from({ length: options.pending }, (_, i) => ({
        userId: id,
        goalId: goalIds[i % Math.max(goalIds.length, 1)] ?? null,
        title: `Seeded ${i}`,
        estimatedMinutes: 20,
        energyLevel: 'MEDIUM' as const,
        valueCategory: 'HEALTH' as const,
        priorityScore: 0.5,
      })),
    });
  }
  return { goalIds };
}

/**
 * Polls `probe` until it returns a truthy value (vi.waitFor retries while the callback throws, so a falsy answer
 * is turned into a throw). A probe that throws while a dependency is down counts as "not yet" too.
 */
export function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (!value) throw new Error(`condition not met within ${timeoutMs} ms`);
      return value;
    },
    { timeout: timeoutMs, interval: 50 },
  );
}
