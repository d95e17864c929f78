import { ChatOpenAI } from '@langchain/openai';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { analyzePatterns } from '../../src/domain/quest-patterns.js';
import type { GenerationContext, GoalContext, SessionRow } from '../../src/domain/quest-types.js';
import { validateProposals } from '../../src/domain/quest-validation.js';
import { parseLlmConfig, type LlmConfig } from '../../src/llm/config.js';
import { createChatModel } from '../../src/llm/model-factory.js';
import { proposeQuests } from '../../src/llm/quest-chain.js';
import { providerModel } from '../support/provider-model.js';
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai.js';

/**
 * The real ChatOpenAI path end to end (LangChain → openai SDK → HTTP) against a
 * local server speaking the OpenAI chat-completions wire format.
 */

const NOW = new Date('2025-06-10T09:00:00Z');
const DAY = 86_400_000;

const GOALS: GoalContext[] = [
  {
    id: 'goal-marathon',
    title: 'Run a half marathon',
    description: 'Finish the autumn city race.',
    goalType: 'CONCRETE',
    valueCategory: 'HEALTH',
    importance: 5,
    targetDate: new Date('2025-10-05T00:00:00Z'),
    lastWorkedAt: new Date(NOW.getTime() - 2 * DAY),
    createdAt: new Date('2025-03-01T00:00:00Z'),
  },
  {
    id: 'goal-novel',
    title: 'Finish the first draft of my novel',
    description: null,
    goalType: 'CONCRETE',
    valueCategory: 'CRAFT',
    importance: 4,
    targetDate: null,
    lastWorkedAt: new Date(NOW.getTime() - 9 * DAY),
    createdAt: new Date('2025-01-15T00:00:00Z'),
  },
];

function session(daysAgo: number, hour: number, goalId: string, category: 'HEALTH' | 'CRAFT'): SessionRow {
  const completedAt = new Date(NOW.getTime() - daysAgo * DAY);
  completedAt.setUTCHours(hour, 0, 0, 0);
  return {
    status: 'COMPLETED',
    startedAt: new Date(completedAt.getTime() - 25 * 60_000),
    completedAt,
    actualMinutes: 25,
    mission: { goalId, energyLevel: 'MEDIUM', valueCategory: category, estimatedMinutes: 20 },
  };
}

const CONTEXT: GenerationContext = {
  now: NOW,
  userName: 'Ada',
  timeZone: 'UTC',
  goals: GOALS,
  patterns: analyzePatterns(
    [
      session(2, 7, 'goal-marathon', 'HEALTH'),
      session(4, 7, 'goal-marathon', 'HEALTH'),
      session(9, 21, 'goal-novel', 'CRAFT'),
    ],
    GOALS,
    'UTC',
    NOW,
  ),
  pendingCount: 2,
  pendingByCategory: { HEALTH: 2, CRAFT: 0, GROWTH: 0, CONNECTION: 0 },
  pendingByGoal: { 'goal-marathon': 2 },
  recentGeneratedByEnergy: { LOW: 0, MEDIUM: 0, HIGH: 0 },
  pendingTitles: ['Jog 2 km easy', 'Stretch for ten minutes'],
  targetCount: 4,
};

const MODEL_QUESTS = [
  {
    goalId: 'goal-novel',
    title: 'Outline chapter three',
    description: 'List the five scenes of chapter three in order.',
    estimatedMinutes: 20,
    energyLevel: 'MEDIUM',
    valueCategory: 'CRAFT',
  },
  {
    goalId: 'goal-novel',
    title: 'Write 300 words of chapter three',
    description: 'Start with the opening scene; do not edit.',
    estimatedMinutes: 35,
    energyLevel: 'HIGH',
    valueCategory: 'CRAFT',
  },
  {
    goalId: 'goal-marathon',
    title: 'Plan next week’s runs',
    description: 'Put three runs in the calendar.',
    estimatedMinutes: 10,
    energyLevel: 'LOW',
    valueCategory: 'HEALTH',
  },
  {
    goalId: 'goal-marathon',
    title: 'Run 3 km at an easy pace',
    description: 'Slow enough to talk.',
    estimatedMinutes: 20,
    energyLevel: 'MEDIUM',
    valueCategory: 'HEALTH',
  },
];

let mock: MockOpenAI;

beforeEach(async () => {
  mock = await startMockOpenAI();
});

afterEach(async () => {
  await mock.close();
});

/** The config the product would parse from LLM_MODEL=openai:gpt-4o-mini with the mock as base URL. */
function config(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    ...parseLlmConfig({
      LLM_MODEL: 'openai:gpt-4o-mini',
      LLM_BASE_URL: mock.baseUrl,
      LLM_API_KEY: 'test',
      LLM_TIMEOUT_MS: '1500',
      LLM_MAX_RETRIES: '0',
    }),
    ...overrides,
  };
}

describe('quest proposals through the real ChatOpenAI client', () => {
  it('(a) uses a valid tool-call answer as is (minutes clamped) and sends the prompt and the tool schema', async () => {
    const model = await createChatModel(config());
    expect(await providerModel(model)).toBeInstanceOf(ChatOpenAI);
    mock.enqueue({ kind: 'tool', args: { quests: MODEL_QUESTS } });

    const outcome = await proposeQuests(model, CONTEXT, { timeoutMs: 1500 });

    expect(outcome).toMatchObject({ source: 'model', fellBack: false, error: null, rejections: [] });
    expect(outcome.batch).toEqual(
      expect.arrayContaining(validateProposals(MODEL_QUESTS, GOALS).valid.map((q) => ({ ...q, origin: 'MODEL' }))),
    );
    expect(outcome.batch).toHaveLength(4);
    expect(outcome.batch.find((p) => p.title === 'Write 300 words of chapter three')!.estimatedMinutes).toBe(30);
    // The provider's usage (the mock reports 100 prompt and 50 completion tokens) comes back with the outcome.
    expect(outcome.modelCall).toMatchObject({ usage: { inputTokens: 100, outputTokens: 50 } });

    expect(mock.requests).toHaveLength(1);
    const request = mock.requests[0];
    expect(request.model).toBe('gpt-4o-mini');
    expect(request.tools).toHaveLength(1);
    expect(request.tools[0].function.name).toBe('propose_quests');
    expect(request.tools[0].function.parameters.properties.quests.items.properties.energyLevel.enum).toEqual([
      'LOW',
      'MEDIUM',
      'HIGH',
    ]);
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'propose_quests' } });
    const [system, user] = request.messages;
    expect(system.role).toBe('system');
    expect(user.role).toBe('user');
    for (const text of [
      'Ada',
      'Run a half marathon',
      'Finish the first draft of my novel',
      'goal-novel',
      'Exactly 4 quests',
    ]) {
      expect(user.content).toContain(text);
    }
    expect(user.content).toContain('<context>');
  });

  it('(b) falls back on a plain-text answer', async () => {
    mock.enqueue({ kind: 'text', content: 'Sure! Here are some great quests: 1. Run. 2. Write.' });
    const outcome = await proposeQuests(await createChatModel(config()), CONTEXT, { timeoutMs: 1500 });
    expect(outcome).toMatchObject({ source: 'fallback', fellBack: true, error: 'model returned no structured output' });
    expect(outcome.batch).toHaveLength(CONTEXT.targetCount);
    expect(validateProposals(outcome.batch, GOALS).rejected).toEqual([]);
  });

  it('(b2) falls back on tool arguments that are not JSON', async () => {
    mock.enqueue({ kind: 'invalid-json-args' });
    // LangChain's parser warns (about upgrading packages) when it has to parse raw tool calls itself.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    const outcome = await proposeQuests(await createChatModel(config()), CONTEXT, { timeoutMs: 1500 });
    expect(outcome).toMatchObject({
      source: 'fallback',
      fellBack: true,
      error: 'model returned invalid JSON arguments',
    });
    expect(outcome.batch).toHaveLength(CONTEXT.targetCount);
  });

  it('(c) falls back on HTTP 500, naming the status', async () => {
    mock.enqueue({ kind: 'status', status: 500, message: 'Internal Server Error' });
    const outcome = await proposeQuests(await createChatModel(config()), CONTEXT, { timeoutMs: 1500 });
    expect(outcome).toMatchObject({
      source: 'fallback',
      fellBack: true,
      error: 'model error: 500 Internal Server Error',
    });
    expect(outcome.batch).toHaveLength(CONTEXT.targetCount);
    expect(mock.requests).toHaveLength(1); // maxRetries 0: no retry
  });

  it('(c2) retries once with maxRetries 1 and then uses the answer', async () => {
    mock.enqueue({ kind: 'status', status: 500 }, { kind: 'tool', args: { quests: MODEL_QUESTS } });
    const outcome = await proposeQuests(await createChatModel(config({ maxRetries: 1 })), CONTEXT, { timeoutMs: 5000 });
    expect(outcome).toMatchObject({ source: 'model', fellBack: false, error: null });
    expect(mock.requests).toHaveLength(2);
  });

  it('(d) falls back within the timeout when the server hangs', async () => {
    mock.enqueue({ kind: 'hang' });
    const started = Date.now();
    const outcome = await proposeQuests(await createChatModel(config()), CONTEXT, { timeoutMs: 1500 });
    const elapsed = Date.now() - started;
    expect(outcome).toMatchObject({ source: 'fallback', fellBack: true, error: 'model timed out' });
    expect(outcome.batch).toHaveLength(CONTEXT.targetCount);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(3000);
  });

  it('(d2) enforces its own timeout even when the provider timeout is longer', async () => {
    mock.enqueue({ kind: 'hang' });
    const started = Date.now();
    const outcome = await proposeQuests(await createChatModel(config({ timeoutMs: 60_000 })), CONTEXT, {
      timeoutMs: 400,
    });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(outcome).toMatchObject({ source: 'fallback', error: 'model timed out' });
  });

  it('(e) drops a foreign goal id, clamps minutes and fills the rest ("mixed")', async () => {
    mock.enqueue({
      kind: 'tool',
      args: {
        quests: [
          MODEL_QUESTS[0],
          { ...MODEL_QUESTS[2], goalId: 'goal-of-another-user', title: 'Hijack a goal' },
          { ...MODEL_QUESTS[2], estimatedMinutes: 90 },
          { ...MODEL_QUESTS[3], estimatedMinutes: 2 },
        ],
      },
    });
    const outcome = await proposeQuests(await createChatModel(config()), CONTEXT, { timeoutMs: 1500 });

    expect(outcome.source).toBe('mixed');
    expect(outcome.fellBack).toBe(true);
    expect(outcome.error).toBeNull();
    expect(outcome.rejections).toMatchObject([{ index: 1, reason: 'UNKNOWN_GOAL', title: 'Hijack a goal' }]);
    expect(outcome.batch).toHaveLength(CONTEXT.targetCount);
    expect(outcome.batch.filter((p) => p.origin === 'MODEL')).toEqual(
      expect.arrayContaining([
        { ...MODEL_QUESTS[0], origin: 'MODEL' },
        { ...MODEL_QUESTS[2], estimatedMinutes: 30, origin: 'MODEL' },
        { ...MODEL_QUESTS[3], estimatedMinutes: 10, origin: 'MODEL' },
      ]),
    );
    const filled = outcome.batch.filter((p) => p.origin === 'FILL_IN');
    expect(filled).toHaveLength(1);
    expect(['goal-marathon', 'goal-novel']).toContain(filled[0]!.goalId);
    expect(outcome.batch.some((p) => p.goalId === 'goal-of-another-user')).toBe(false);
    expect(validateProposals(outcome.batch, GOALS).rejected).toEqual([]);
  });
});
