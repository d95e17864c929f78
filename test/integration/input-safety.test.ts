import { SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/auth/tokens.js';
import { operationText, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import {
  CHOOSE_QUEST,
  CREATE_CHARACTER,
  CREATE_GOAL,
  CREATE_MISSION,
  START_ADVENTURE,
  TAKE_ACTION,
  UPDATE_GOAL,
  UPDATE_MISSION,
  UPDATE_VIEWER,
  VIEWER,
} from '../support/operations.js';

/**
 * Hostile characters in text inputs and token subjects, and dates that do not
 * exist: each is refused as the client's mistake (a VALIDATION user error
 * naming the field, BAD_USER_INPUT, or a 401), stores nothing, and leaves no
 * error in the logs (before, each one was a masked internal error and an
 * error log line).
 */
const errorLogs: string[] = [];
let t: TestApp;
let token: string;
let userId: string;

beforeAll(async () => {
  t = await startTestApp({ logger: pino({ level: 'error' }, { write: (line: string) => void errorLogs.push(line) }) });
  userId = 'safety-ada';
  token = await t.token(userId);
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  expect(errorLogs).toEqual([]);
});

const BAD_TEXT = [
  ['NUL', 'Run\u0000now'],
  ['a lone high surrogate', 'Run \ud83c now'],
  ['a lone low surrogate', 'Run \udfc3 now'],
  ['an ANSI escape sequence', 'Run \u001b[31mnow\u001b[0m'],
  ['another C0 control (BEL)', 'Run\u0007now'],
  ['DEL', 'Run\u007fnow'],
  ['a C1 control (CSI)', 'Run\u009b31m now'],
] as const;

async function mutate(operation: Parameters<TestApp['gql']>[0], input: Record<string, unknown>, field: string) {
  const response = await t.gql(operation, { input }, token);
  expect(response.errors).toBeUndefined();
  return response.data[field];
}

function expectRefused(payload: Record<string, unknown>, resultField: string, field: string) {
  expect(payload[resultField]).toBeNull();
  expect(payload.userErrors).toEqual([{ code: 'VALIDATION', field, message: expect.any(String) }]);
}

/** A started adventure with a character and a chosen quest, ready for actions. */
async function readyAdventure(): Promise<string> {
  const started = await mutate(START_ADVENTURE, {}, 'startAdventure');
  const id = started.adventure.id;
  const created = await mutate(
    CREATE_CHARACTER,
    { adventureId: id, name: 'Mira', archetype: 'Ranger', backstory: 'Raised by wolves.' },
    'createCharacter',
  );
  await mutate(CHOOSE_QUEST, { adventureId: id, questId: created.adventure.questOffers[0].id }, 'chooseAdventureQuest');
  return id;
}

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

describe('text inputs refuse characters no text may hold', () => {
  let adventureInCreation: string;
  let adventureInPlay: string;
  beforeAll(async () => {
    await mutate(UPDATE_VIEWER, { displayName: 'Ada' }, 'updateViewer');
    adventureInCreation = (await mutate(START_ADVENTURE, {}, 'startAdventure')).adventure.id;
    adventureInPlay = await readyAdventure();
  });

  describe.each(BAD_TEXT)('%s', (_name, bad) => {
    it('in a goal title', async () => {
      const before = await t.app.services.prisma.goal.count({ where: { userId } });
      const payload = await mutate(
        CREATE_GOAL,
        { title: bad, goalType: 'CONCRETE', valueCategory: 'HEALTH' },
        'createGoal',
      );
      expectRefused(payload, 'goal', 'title');
      expect(await t.app.services.prisma.goal.count({ where: { userId } })).toBe(before);
    });

    it('in a mission description', async () => {
      const before = await t.app.services.prisma.mission.count({ where: { userId } });
      const payload = await mutate(
        CREATE_MISSION,
        { title: 'Stretch', description: bad, estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'HEALTH' },
        'createMission',
      );
      expectRefused(payload, 'mission', 'description');
      expect(await t.app.services.prisma.mission.count({ where: { userId } })).toBe(before);
    });

    it("in the viewer's display name", async () => {
      const payload = await mutate(UPDATE_VIEWER, { displayName: bad }, 'updateViewer');
      expectRefused(payload, 'viewer', 'displayName');
      const user = await t.app.services.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      expect(user.displayName).toBe('Ada');
    });

    it("in a character's name", async () => {
      const payload = await mutate(
        CREATE_CHARACTER,
        { adventureId: adventureInCreation, name: bad },
        'createCharacter',
      );
      expectRefused(payload, 'adventure', 'name');
      const session = await t.app.services.prisma.adventureSession.findUniqueOrThrow({
        where: { id: dbId(adventureInCreation) },
      });
      expect(session).toMatchObject({ characterName: null, creationTurn: 0 });
    });

    it('in an adventure action', async () => {
      const payload = await mutate(TAKE_ACTION, { adventureId: adventureInPlay, action: bad }, 'takeAdventureAction');
      expectRefused(payload, 'adventure', 'action');
      const session = await t.app.services.prisma.adventureSession.findUniqueOrThrow({
        where: { id: dbId(adventureInPlay) },
      });
      expect(session.turn).toBe(0);
      expect(await t.app.services.prisma.adventureExchange.count({ where: { sessionId: session.id } })).toBe(0);
    });
  });

  it('refuses a line break in a title but keeps line breaks and tabs in a description', async () => {
    const refused = await mutate(
      CREATE_GOAL,
      { title: 'Two\nlines', goalType: 'CONCRETE', valueCategory: 'HEALTH' },
      'createGoal',
    );
    expectRefused(refused, 'goal', 'title');
    expect(refused.userErrors[0].message).toContain('U+000A');

    const description = 'Warm up first.\nThen:\r\n\t- 5 km easy';
    const kept = await mutate(
      CREATE_MISSION,
      { title: 'Run', description, estimatedMinutes: 30, energyLevel: 'HIGH', valueCategory: 'HEALTH' },
      'createMission',
    );
    expect(kept.userErrors).toEqual([]);
    expect(kept.mission.description).toBe(description);
  });

  it('keeps line breaks in an adventure action', async () => {
    const payload = await mutate(
      TAKE_ACTION,
      { adventureId: adventureInPlay, action: 'I listen.\nThen I wait.' },
      'takeAdventureAction',
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.adventure.turn).toBe(1);
  });
});

describe('dates must exist in the calendar', () => {
  const createMission = (dueDate: unknown) =>
    t.gql(
      CREATE_MISSION,
      {
        input: { title: 'Dated', estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'CRAFT', dueDate },
      },
      token,
    );

  it.each([
    ['2027-02-30T00:00:00Z', 'February 2027 has 28 days'],
    ['2027-02-29', 'February 2027 has 28 days'],
    ['2027-04-31T10:00:00+02:00', 'April 2027 has 30 days'],
    ['2027-13-01T00:00:00Z', 'month 13 does not exist'],
    ['2027-01-01T24:61:00Z', 'hour 24 does not exist'],
    ['2027-01-01T23:61:00Z', 'minute 61 does not exist'],
  ])('refuses %s as a variable, saying why, and stores nothing', async (dueDate, problem) => {
    const before = await t.app.services.prisma.mission.count({ where: { userId } });
    const response = await createMission(dueDate);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(problem),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await t.app.services.prisma.mission.count({ where: { userId } })).toBe(before);
  });

  it('refuses an impossible date written in the query itself', async () => {
    const response = await t.gql(
      'mutation { createGoal(input: { title: "Dated", goalType: CONCRETE, valueCategory: HEALTH, targetDate: "2027-02-30T00:00:00Z" }) { goal { id } } }',
      {},
      token,
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('February 2027 has 28 days'),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await t.app.services.prisma.goal.count({ where: { userId, title: 'Dated' } })).toBe(0);
  });

  it.each([
    ['2028-02-29T12:00:00+02:00', '2028-02-29T10:00:00.000Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2027-03-01T01:30:00+05:30', '2027-02-28T20:00:00.000Z'],
    ['2027-12-31T23:59:59.999-01:00', '2028-01-01T00:59:59.999Z'],
  ])('stores %s as %s', async (dueDate, stored) => {
    const response = await createMission(dueDate);
    expect(response.errors).toBeUndefined();
    expect(response.data.createMission.mission.dueDate).toBe(stored);
  });
});

describe('a date alone is refused by every date input', () => {
  // "2026-12-24" used to be stored as midnight UTC, which is 23 December for anyone west of
  // Greenwich: the client, which knows the person's time zone, must send the instant it means.
  const STORED = '2026-12-24T09:00:00.000Z';
  let goalId: string;
  let missionId: string;

  beforeAll(async () => {
    const goal = await t.gql(
      CREATE_GOAL,
      { input: { title: 'Dated goal', goalType: 'CONCRETE', valueCategory: 'HEALTH', targetDate: STORED } },
      token,
    );
    goalId = goal.data.createGoal.goal.id;
    const mission = await t.gql(
      CREATE_MISSION,
      {
        input: {
          title: 'Dated mission',
          estimatedMinutes: 10,
          energyLevel: 'LOW',
          valueCategory: 'CRAFT',
          dueDate: STORED,
        },
      },
      token,
    );
    missionId = mission.data.createMission.mission.id;
  });

  const storedDates = async () => ({
    goals: await t.app.services.prisma.goal.count({ where: { userId } }),
    missions: await t.app.services.prisma.mission.count({ where: { userId } }),
    targetDate: (await t.app.services.prisma.goal.findFirst({ where: { title: 'Dated goal', userId } }))?.targetDate,
    dueDate: (await t.app.services.prisma.mission.findFirst({ where: { title: 'Dated mission', userId } }))?.dueDate,
  });

  const DATE_INPUTS = [
    [
      'createGoal.targetDate',
      (date: string) =>
        t.gql(
          CREATE_GOAL,
          { input: { title: 'G', goalType: 'CONCRETE', valueCategory: 'HEALTH', targetDate: date } },
          token,
        ),
    ],
    ['updateGoal.targetDate', (date: string) => t.gql(UPDATE_GOAL, { input: { id: goalId, targetDate: date } }, token)],
    [
      'createMission.dueDate',
      (date: string) =>
        t.gql(
          CREATE_MISSION,
          { input: { title: 'M', estimatedMinutes: 10, energyLevel: 'LOW', valueCategory: 'CRAFT', dueDate: date } },
          token,
        ),
    ],
    [
      'updateMission.dueDate',
      (date: string) => t.gql(UPDATE_MISSION, { input: { id: missionId, dueDate: date } }, token),
    ],
  ] as const;

  it.each(DATE_INPUTS)(
    '%s refuses 2026-12-24, naming the format it expects, and changes nothing',
    async (_field, send) => {
      const before = await storedDates();
      const response = await send('2026-12-24');
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(
            '2026-12-24 is a date without a time: send an ISO 8601 date-time with a time zone, e.g. 2026-12-24T00:00:00Z',
          ),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
      expect(await storedDates()).toEqual(before);
    },
  );

  it('refuses a date alone written in the query itself', async () => {
    const response = await t.gql(
      'mutation { createGoal(input: { title: "Literal", goalType: CONCRETE, valueCategory: HEALTH, targetDate: "2026-12-24" }) { goal { id } } }',
      {},
      token,
    );
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('2026-12-24 is a date without a time'),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await t.app.services.prisma.goal.count({ where: { userId, title: 'Literal' } })).toBe(0);
  });

  it('createGoal and updateGoal store a full date-time with a time zone', async () => {
    const created = await DATE_INPUTS[0][1]('2026-12-24T00:00:00-05:00');
    expect(created.errors).toBeUndefined();
    expect(created.data.createGoal.goal.targetDate).toBe('2026-12-24T05:00:00.000Z');
    const updated = await DATE_INPUTS[1][1]('2026-12-25T00:00:00+01:00');
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateGoal.goal.targetDate).toBe('2026-12-24T23:00:00.000Z');
  });

  it('createMission and updateMission store a full date-time with a time zone', async () => {
    const created = await DATE_INPUTS[2][1]('2026-12-24T00:00:00Z');
    expect(created.errors).toBeUndefined();
    expect(created.data.createMission.mission.dueDate).toBe('2026-12-24T00:00:00.000Z');
    const updated = await DATE_INPUTS[3][1]('2026-12-24T18:30:00.500+05:30');
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateMission.mission.dueDate).toBe('2026-12-24T13:00:00.500Z');
  });
});

describe('token subjects', () => {
  const tokenFor = (subject: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ roles: ['user'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));

  const BAD_SUBJECTS = [
    ['NUL', 'sub-ada\u0000'],
    ['a lone surrogate', 'sub-ada\ud800'],
    ['an ANSI escape sequence', 'sub-ada\u001b[31m'],
    ['a space', 'sub ada'],
    ['a newline', 'sub-ada\n'],
    ['256 characters', `sub-${'x'.repeat(252)}`],
  ] as const;

  it.each(BAD_SUBJECTS)('refuses a validly signed token whose subject holds %s: 401 over HTTP', async (_name, sub) => {
    const response = await t.gql(VIEWER, {}, await tokenFor(sub));
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'token has no usable subject (sub)',
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);
  });

  it.each(BAD_SUBJECTS)('closes the WebSocket with 4403 for a subject holding %s', async (_name, sub) => {
    const client = t.wsClient(await tokenFor(sub));
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: operationText(VIEWER) },
        { next: () => resolve('unexpected data'), error: resolve, complete: () => resolve('completed') },
      );
    });
    expect((outcome as { code?: number }).code).toBe(4403);
    expect((outcome as { reason?: string }).reason).toBe('token has no usable subject (sub)');
  });

  it('creates no user for any refused subject', async () => {
    expect(await t.app.services.prisma.user.count({ where: { id: { startsWith: 'sub' } } })).toBe(0);
  });

  it.each([
    'auth0|abc123',
    'google-oauth2|108473268372018479234',
    '5f0c8b1e-3a7d-4e2b-9c61-1f2d3e4a5b6c',
    'ada@example.com',
  ])('accepts a real identity provider subject: %s', async (sub) => {
    const response = await t.gql(VIEWER, {}, await tokenFor(sub));
    expect(response.status).toBe(200);
    expect(response.data.viewer.id).toBe(sub);
  });

  it("leaves out a token's name that no one could type as a display name, and serves the user", async () => {
    const named = await signToken(TEST_JWT_SECRET, { userId: 'named-badly', name: 'Ada\u001b[2J\u0000' });
    const response = await t.gql(VIEWER, {}, named);
    expect(response.status).toBe(200);
    expect(response.data.viewer).toMatchObject({ id: 'named-badly', displayName: null });
    const fine = await signToken(TEST_JWT_SECRET, { userId: 'named-well', name: ' Ada Lovelace ' });
    expect((await t.gql(VIEWER, {}, fine)).data.viewer).toMatchObject({ displayName: 'Ada Lovelace' });
  });
});
