import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GENERATE_QUESTS } from '../support/operations.js';
import { seedUser } from '../support/seed.js';
import { nodesOf } from '../support/connections.js';

/**
 * The production path: the app configured with LLM_MODEL=openai:… against a
 * local OpenAI-compatible server. Every kind of model failure falls back to
 * the deterministic generator and is recorded on the run.
 */
let mock: MockOpenAI;
let t: TestApp;
let admin: string;
let goalIds: string[];

beforeAll(async () => {
  mock = await startMockOpenAI();
  t = await startTestApp({
    config: {
      llm: { model: 'openai:gpt-4o-mini', baseUrl: mock.baseUrl, apiKey: 'test-key', timeoutMs: 1500, maxRetries: 0 },
    },
  });
  admin = await t.token('provider-admin', { admin: true });
  ({ goalIds } = await seedUser(t.app.services.prisma, 'provider-user', {
    goals: [
      { title: 'Climb Mont Blanc', valueCategory: 'HEALTH' },
      { title: 'Write a cookbook', valueCategory: 'CRAFT' },
    ],
  }));
});
afterAll(async () => {
  await t?.close();
  await mock?.close();
});

async function generate() {
  const response = await t.gql(GENERATE_QUESTS, { input: { userId: 'provider-user' } }, admin);
  expect(response.errors).toBeUndefined();
  return response.data.generateQuests.run;
}

describe('quest generation through a real OpenAI-compatible provider', () => {
  it("uses the model's tool-call answer, validated against the user's goals", async () => {
    const [climb, cook] = goalIds as [string, string];
    mock.enqueue({
      kind: 'tool',
      args: {
        quests: [
          {
            goalId: climb,
            title: 'Hike 300 m of elevation',
            description: 'Stairs count.',
            estimatedMinutes: 45,
            energyLevel: 'HIGH',
            valueCategory: 'HEALTH',
          },
          {
            goalId: cook,
            title: 'Draft the soup chapter outline',
            description: '',
            estimatedMinutes: 20,
            energyLevel: 'MEDIUM',
            valueCategory: 'CRAFT',
          },
          {
            goalId: climb,
            title: 'Stretch calves and hips',
            description: '',
            estimatedMinutes: 10,
            energyLevel: 'LOW',
            valueCategory: 'HEALTH',
          },
          {
            goalId: cook,
            title: 'Test one bread recipe',
            description: '',
            estimatedMinutes: 30,
            energyLevel: 'MEDIUM',
            valueCategory: 'CRAFT',
          },
          {
            goalId: null,
            title: 'Read ten pages of anything',
            description: '',
            estimatedMinutes: 15,
            energyLevel: 'LOW',
            valueCategory: 'GROWTH',
          },
          {
            goalId: 'someone-elses-goal',
            title: 'Planted quest',
            description: '',
            estimatedMinutes: 20,
            energyLevel: 'LOW',
            valueCategory: 'GROWTH',
          },
        ],
      },
    });
    const run = await generate();
    // Two goals hold 4 at 2 per goal; the goal-less and the foreign item are not stored.
    expect(run).toMatchObject({ status: 'SUCCEEDED', fellBack: false, error: null, missionsCreated: 4 });
    const titles = nodesOf(run.missions).map((mission: any) => mission.title);
    expect(titles).toContain('Hike 300 m of elevation');
    expect(titles).not.toContain('Planted quest');
    expect(titles).not.toContain('Read ten pages of anything');
    // Minutes are clamped to 10–30.
    expect(
      nodesOf(run.missions).find((mission: any) => mission.title === 'Hike 300 m of elevation').estimatedMinutes,
    ).toBe(30);

    const request = mock.requests.at(-1);
    expect(request.model).toBe('gpt-4o-mini');
    expect(request.tools[0].function.name).toBe('propose_quests');
    expect(JSON.stringify(request.messages)).toContain('Climb Mont Blanc');
  });

  it('keeps the good items of an answer with an unknown category and too many items', async () => {
    const [climb, cook] = goalIds as [string, string];
    const good = Array.from({ length: 11 }, (_, i) => ({
      goalId: [climb, cook, null][i % 3],
      title: `Practise step ${i + 1}`,
      description: '',
      estimatedMinutes: [10, 20, 30][Math.floor(i / 3) % 3],
      energyLevel: ['LOW', 'MEDIUM', 'HIGH'][i % 3],
      valueCategory: ['HEALTH', 'CRAFT', 'GROWTH'][i % 3],
    }));
    const bad = { ...good[0], title: 'Align the chakras', valueCategory: 'SPIRITUAL' };
    mock.enqueue({ kind: 'tool', args: { quests: [bad, ...good] } });

    const run = await generate();
    // One bad item and a long list do not throw the answer away: no fallback.
    expect(run).toMatchObject({ status: 'SUCCEEDED', fellBack: false, error: null });
    expect(run.missionsCreated).toBeGreaterThanOrEqual(3);
    const titles: string[] = nodesOf(run.missions).map((mission: any) => mission.title);
    expect(titles).not.toContain('Align the chakras');
    expect(titles.every((title) => /^Practise step \d+$/.test(title))).toBe(true);
    // Items past the tenth are not considered.
    expect(titles).not.toContain('Practise step 10');
    expect(titles).not.toContain('Practise step 11');
    // The model is still told the allowed values.
    const item = mock.requests.at(-1).tools[0].function.parameters.properties.quests.items;
    expect(item.properties.valueCategory.enum).toEqual(['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION']);
  });

  for (const [label, behaviour, errorPattern] of [
    ['garbage text', { kind: 'text', content: 'Sure! Here are some quests: go outside.' }, /no structured output/],
    ['an HTTP 500', { kind: 'status', status: 500 }, /500/],
    ['a timeout', { kind: 'hang' }, /timed out/],
  ] as const) {
    it(`falls back to the deterministic generator on ${label} and records it`, async () => {
      mock.enqueue(behaviour);
      const started = Date.now();
      const run = await generate();
      expect(run).toMatchObject({ status: 'SUCCEEDED', fellBack: true });
      expect(run.error).toMatch(errorPattern);
      expect(run.missionsCreated).toBeGreaterThanOrEqual(3);
      expect(
        nodesOf(run.missions).every((mission: any) =>
          goalIds.map((id) => Buffer.from(`Goal:${id}`).toString('base64url')).includes(mission.goal?.id),
        ),
      ).toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
      const stored = await t.app.services.prisma.questGenerationRun.findFirstOrThrow({
        where: { windowKey: run.windowKey },
      });
      expect(stored.fellBack).toBe(true);
      expect(stored.error).toMatch(errorPattern);
    });
  }
});
