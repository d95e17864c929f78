import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Operation, type TestApp } from '../support/test-app.js';
import {
  ABANDON_MISSION,
  ARCHIVE_GOAL,
  COMPLETE_MISSION,
  CREATE_GOAL,
  CREATE_MISSION,
  DEFER_MISSION,
  NODE,
  START_MISSION,
  UPDATE_GOAL,
  UPDATE_MISSION,
  VIEWER_GOALS,
  VIEWER_MISSIONS,
} from '../support/operations.js';

/** Every way in, tried with another user's token: nothing seen, nothing changed. */
let t: TestApp;
let owner: string;
let intruder: string;
let goalId: string;
let missionId: string;
let sessionMissionId: string;

async function snapshot() {
  const prisma = t.app.services.prisma;
  return {
    goals: await prisma.goal.findMany({ where: { userId: 'iso-owner' }, orderBy: { id: 'asc' } }),
    missions: await prisma.mission.findMany({ where: { userId: 'iso-owner' }, orderBy: { id: 'asc' } }),
    sessions: await prisma.missionSession.findMany({ where: { userId: 'iso-owner' }, orderBy: { id: 'asc' } }),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.token('iso-owner');
  intruder = await t.token('iso-intruder');
  goalId = (
    await t.gql(CREATE_GOAL, { input: { title: 'Private goal', goalType: 'CONCRETE', valueCategory: 'CRAFT' } }, owner)
  ).data.createGoal.goal.id;
  const create = (title: string) =>
    t
      .gql(CREATE_MISSION, { input: { goalId, title, estimatedMinutes: 15, energyLevel: 'LOW' } }, owner)
      .then((r) => r.data.createMission.mission.id);
  missionId = await create('Private mission');
  sessionMissionId = await create('Private running mission');
  await t.gql(START_MISSION, { input: { id: sessionMissionId } }, owner);
});
afterAll(async () => {
  await t?.close();
});

describe("another user's IDs behave as not found", () => {
  it('node(id:) returns null for their goal, mission and session, and the owner sees them', async () => {
    const session = await t.app.services.prisma.missionSession.findFirstOrThrow({ where: { userId: 'iso-owner' } });
    const sessionId = Buffer.from(`MissionSession:${session.id}`).toString('base64url');
    for (const id of [goalId, missionId, sessionId]) {
      const answer = await t.gql(NODE, { id }, intruder);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ node: null });
      expect((await t.gql(NODE, { id }, owner)).data.node.id).toBe(id);
    }
  });

  it('their connections are not reachable through the intruder viewer', async () => {
    expect((await t.gql(VIEWER_GOALS, {}, intruder)).data.viewer.goals.edges).toEqual([]);
    expect((await t.gql(VIEWER_MISSIONS, {}, intruder)).data.viewer.missions.edges).toEqual([]);
  });

  const attempts: [string, Operation, () => Record<string, unknown>, string][] = [
    ['updateGoal', UPDATE_GOAL, () => ({ id: goalId, title: 'Hijacked' }), 'id'],
    ['archiveGoal', ARCHIVE_GOAL, () => ({ id: goalId }), 'id'],
    [
      'createMission',
      CREATE_MISSION,
      () => ({ goalId, title: 'Planted', estimatedMinutes: 10, energyLevel: 'LOW' }),
      'goalId',
    ],
    ['updateMission', UPDATE_MISSION, () => ({ id: missionId, title: 'Hijacked' }), 'id'],
    ['startMission', START_MISSION, () => ({ id: missionId }), 'id'],
    ['deferMission', DEFER_MISSION, () => ({ id: missionId }), 'id'],
    ['completeMission', COMPLETE_MISSION, () => ({ id: missionId, actualMinutes: 5 }), 'id'],
    ['abandonMission', ABANDON_MISSION, () => ({ id: sessionMissionId }), 'id'],
  ];

  for (const [name, query, input, field] of attempts) {
    it(`${name} on their data is NOT_FOUND and changes nothing`, async () => {
      const before = await snapshot();
      const response = await t.gql(query, { input: input() }, intruder);
      expect(response.errors).toBeUndefined();
      expect(response.data[name].userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field })]);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('moving your own mission onto their goal is NOT_FOUND', async () => {
    const own = (
      await t.gql(
        CREATE_MISSION,
        { input: { title: 'Mine', estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' } },
        intruder,
      )
    ).data.createMission.mission;
    const response = await t.gql(UPDATE_MISSION, { input: { id: own.id, goalId } }, intruder);
    expect(response.data.updateMission.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'goalId' }),
    ]);
    expect(await t.app.services.prisma.mission.count({ where: { goalId, userId: 'iso-intruder' } })).toBe(0);
  });
});
