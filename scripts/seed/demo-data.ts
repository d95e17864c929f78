import type { EnergyLevel, ValueCategory } from '@prisma/client';
import type { Services } from '../../src/context/context.js';
import { DAY_MS } from '../../src/domain/time-units.js';
import { createGoal } from '../../src/resolvers/goals.js';
import { completeMission, createMission, startMission } from '../../src/resolvers/missions.js';
import { chooseAdventureQuest, createCharacter, startAdventure } from '../../src/resolvers/adventures/setup.js';
import { takeAdventureAction } from '../../src/resolvers/adventures/take-action.js';
import type { UseCaseContext } from '../../src/resolvers/use-case.js';
import { ensureUserRow, updateViewer } from '../../src/resolvers/viewer.js';

/**
 * Demo data for one user, made through the app's own use cases (so priority scores, sessions,
 * goal activity and the adventure's turns follow the real rules): goals in the four value
 * categories, a pending pool of missions, 30 days of completed sessions, and an adventure in
 * progress. Idempotent: each part looks for what an earlier run made and adds only what is
 * missing, so a second run adds nothing and an interrupted run is completed by the next.
 */

interface DemoGoal {
  title: string;
  goalType: 'ABSTRACT' | 'CONCRETE';
  valueCategory: ValueCategory;
  importance: number;
  /** Days from now, for a goal with a deadline. */
  targetInDays?: number;
}

interface DemoMission {
  title: string;
  goal: string;
  estimatedMinutes: number;
  energyLevel: EnergyLevel;
}

const GOALS: DemoGoal[] = [
  { title: 'Run a 10k', goalType: 'CONCRETE', valueCategory: 'HEALTH', importance: 4, targetInDays: 60 },
  { title: 'Ship the side project', goalType: 'CONCRETE', valueCategory: 'CRAFT', importance: 5, targetInDays: 30 },
  { title: 'Read more', goalType: 'ABSTRACT', valueCategory: 'GROWTH', importance: 3 },
  { title: 'Stay close to friends', goalType: 'ABSTRACT', valueCategory: 'CONNECTION', importance: 3 },
];

/** More than the on-demand generation threshold (5), so the history's completions queue no generation. */
const PENDING: DemoMission[] = [
  { title: 'Easy 5 km run', goal: 'Run a 10k', estimatedMinutes: 35, energyLevel: 'MEDIUM' },
  { title: 'Stretch for 15 minutes', goal: 'Run a 10k', estimatedMinutes: 15, energyLevel: 'LOW' },
  { title: 'Write the project README', goal: 'Ship the side project', estimatedMinutes: 45, energyLevel: 'HIGH' },
  { title: 'Fix the sign-in bug', goal: 'Ship the side project', estimatedMinutes: 30, energyLevel: 'MEDIUM' },
  { title: 'Read a chapter', goal: 'Read more', estimatedMinutes: 25, energyLevel: 'LOW' },
  { title: "Summarise last week's reading", goal: 'Read more', estimatedMinutes: 20, energyLevel: 'MEDIUM' },
  { title: 'Call a friend', goal: 'Stay close to friends', estimatedMinutes: 20, energyLevel: 'LOW' },
  { title: 'Plan a dinner with the team', goal: 'Stay close to friends', estimatedMinutes: 30, energyLevel: 'MEDIUM' },
];

/** What the user did in the past, one or two a day in rotation, at varied hours (UTC). */
const HISTORY: (DemoMission & { hour: number })[] = [
  { title: 'Morning run', goal: 'Run a 10k', estimatedMinutes: 30, energyLevel: 'HIGH', hour: 7 },
  {
    title: 'Work on the side project',
    goal: 'Ship the side project',
    estimatedMinutes: 50,
    energyLevel: 'HIGH',
    hour: 20,
  },
  { title: 'Read before bed', goal: 'Read more', estimatedMinutes: 20, energyLevel: 'LOW', hour: 22 },
  { title: 'Message an old friend', goal: 'Stay close to friends', estimatedMinutes: 10, energyLevel: 'LOW', hour: 12 },
  { title: 'Interval training', goal: 'Run a 10k', estimatedMinutes: 40, energyLevel: 'HIGH', hour: 18 },
];
export const HISTORY_DAYS = 30;

const ADVENTURE_ACTIONS = [
  'I unroll the old map on the tavern table and look for the river crossing.',
  'I ask the ferryman what he saw on the far bank last night.',
  'I follow the tracks into the reeds, lantern low.',
];

export interface DemoUser {
  userId: string;
  displayName: string;
}

export interface SeedSummary {
  goalsCreated: number;
  missionsCreated: number;
  daysFilled: number;
  adventureSteps: number;
}

/**
 * `services.now` is ignored: the history is played at past instants through a clock of our own.
 */
export async function seedDemoData(services: Services, user: DemoUser): Promise<SeedSummary> {
  const realNow = services.now();
  let clock = realNow;
  const ctx: UseCaseContext = {
    ...services,
    now: () => clock,
    viewer: { id: user.userId, isAdmin: false },
  };
  const { prisma } = ctx;
  await ensureUserRow(prisma, { userId: user.userId, isAdmin: false, expiresAt: 0 });
  await updateViewer(ctx, { displayName: user.displayName, currentEnergy: 'MEDIUM' });
  const summary: SeedSummary = { goalsCreated: 0, missionsCreated: 0, daysFilled: 0, adventureSteps: 0 };

  const goalIds = new Map<string, string>();
  for (const goal of GOALS) {
    let found = await prisma.goal.findFirst({ where: { userId: user.userId, title: goal.title } });
    if (!found) {
      found = await createGoal(ctx, {
        title: goal.title,
        goalType: goal.goalType,
        valueCategory: goal.valueCategory,
        importance: goal.importance,
        targetDate: goal.targetInDays ? new Date(realNow.getTime() + goal.targetInDays * DAY_MS) : null,
      });
      summary.goalsCreated++;
    }
    goalIds.set(goal.title, found.id);
  }
  const missionInput = (mission: DemoMission) => ({
    title: mission.title,
    goalId: goalIds.get(mission.goal)!,
    estimatedMinutes: mission.estimatedMinutes,
    energyLevel: mission.energyLevel,
  });

  for (const mission of PENDING) {
    const found = await prisma.mission.findFirst({ where: { userId: user.userId, title: mission.title } });
    if (found) continue;
    await createMission(ctx, missionInput(mission));
    summary.missionsCreated++;
  }

  // The last 30 days (UTC), oldest first: a day that already has a completed session is left alone.
  const today = Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate());
  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    const dayStart = new Date(today - daysAgo * DAY_MS);
    const done = await prisma.missionSession.count({
      where: {
        userId: user.userId,
        status: 'COMPLETED',
        completedAt: { gte: dayStart, lt: new Date(dayStart.getTime() + DAY_MS) },
      },
    });
    if (done > 0) continue;
    // Every third day two sessions, so the patterns have a busier rhythm to show.
    const count = daysAgo % 3 === 0 ? 2 : 1;
    for (let index = 0; index < count; index++) {
      const item = HISTORY[(daysAgo + index * 2) % HISTORY.length]!;
      const startedAt = new Date(dayStart.getTime() + item.hour * 60 * 60 * 1000);
      clock = new Date(startedAt.getTime() - 60 * 60 * 1000);
      const mission = await createMission(ctx, missionInput(item));
      const id = mission.id;
      clock = startedAt;
      await startMission(ctx, { id });
      // A little over or under the estimate, as real sessions go.
      const actualMinutes = item.estimatedMinutes + ((daysAgo % 5) - 2) * 3;
      clock = new Date(startedAt.getTime() + actualMinutes * 60 * 1000);
      await completeMission(ctx, { id, actualMinutes });
      summary.missionsCreated++;
    }
    summary.daysFilled++;
  }
  clock = realNow;

  summary.adventureSteps = await adventureInProgress(ctx);
  return summary;
}

/** An adventure with a character, a chosen quest and a few turns played; resumes one left half-way. */
async function adventureInProgress(ctx: UseCaseContext): Promise<number> {
  const { prisma } = ctx;
  let steps = 0;
  let session = await prisma.adventureSession.findFirst({
    where: { userId: ctx.viewer.id, status: 'ACTIVE' },
    orderBy: { createdAt: 'asc' },
  });
  if (!session) {
    session = await startAdventure(ctx, { maxTurns: 30 });
    steps++;
  }
  const adventureId = session.id;
  if (!session.characterBackstory) {
    await createCharacter(ctx, {
      adventureId,
      name: 'Mira',
      archetype: 'Cartographer',
      backstory: 'A mapmaker who lost the last map her mentor drew, and means to find the place it showed.',
    });
    steps++;
  }
  const chosen = await prisma.adventureQuest.count({ where: { sessionId: session.id, status: 'ACTIVE' } });
  if (chosen === 0) {
    const offer = await prisma.adventureQuest.findFirstOrThrow({
      where: { sessionId: session.id, status: 'OFFERED' },
      orderBy: { position: 'asc' },
    });
    await chooseAdventureQuest(ctx, { adventureId, questId: offer.id });
    steps++;
  }
  const { turn } = await prisma.adventureSession.findUniqueOrThrow({ where: { id: session.id } });
  for (let played = turn; played < ADVENTURE_ACTIONS.length; played++) {
    await takeAdventureAction(ctx, {
      adventureId,
      action: ADVENTURE_ACTIONS[played]!,
      stream: false,
      clientKey: `seed-turn-${played + 1}`,
    });
    steps++;
  }
  return steps;
}
