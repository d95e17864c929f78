import { ChatAnthropic } from '@langchain/anthropic';
import type { ChatResult } from '@langchain/core/outputs';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { analyzePatterns } from '../../src/domain/quest-patterns.js';
import type { GenerationContext, GoalContext, SessionRow } from '../../src/domain/quest-types.js';
import { validateProposals } from '../../src/domain/quest-validation.js';
import { LlmConfigError, parseLlmConfig } from '../../src/llm/config.js';
import { deterministicModels } from '../../src/llm/deterministic-models.js';
import { createChatModel, createModelPorts } from '../../src/llm/model-factory.js';
import { proposeQuests, questBatchSchema } from '../../src/llm/quest-chain.js';
import { buildQuestPrompt } from '../../src/llm/quest-prompt.js';
import { providerModel } from '../support/provider-model.js';
import { ScriptedChatModel, type Responder } from '../support/scripted-chat-model.js';

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
    id: 'goal-spanish',
    title: 'Speak conversational Spanish',
    description: null,
    goalType: 'ABSTRACT',
    valueCategory: 'GROWTH',
    importance: 3,
    targetDate: null,
    lastWorkedAt: null,
    createdAt: new Date('2025-05-20T00:00:00Z'),
  },
];

function session(
  daysAgo: number,
  hour: number,
  goalId: string,
  status: SessionRow['status'] = 'COMPLETED',
): SessionRow {
  const completedAt = new Date(NOW.getTime() - daysAgo * DAY);
  completedAt.setUTCHours(hour, 0, 0, 0);
  return {
    status,
    startedAt: new Date(completedAt.getTime() - 20 * 60_000),
    completedAt,
    actualMinutes: status === 'COMPLETED' ? 20 : null,
    mission: {
      goalId,
      energyLevel: status === 'COMPLETED' ? 'MEDIUM' : 'HIGH',
      valueCategory: 'HEALTH',
      estimatedMinutes: 20,
    },
  };
}

function makeContext(overrides: Partial<GenerationContext> = {}): GenerationContext {
  const goals = overrides.goals ?? GOALS;
  const sessions = [
    session(2, 7, 'goal-marathon'),
    session(5, 7, 'goal-marathon'),
    session(6, 19, 'goal-marathon', 'ABANDONED'),
  ];
  return {
    now: NOW,
    userName: 'Ada',
    timeZone: 'UTC',
    goals,
    patterns: analyzePatterns(sessions, goals, 'UTC', NOW),
    pendingCount: 2,
    pendingByCategory: { HEALTH: 2, CRAFT: 0, GROWTH: 0, CONNECTION: 0 },
    pendingByGoal: { 'goal-marathon': 2 },
    recentGeneratedByEnergy: { LOW: 0, MEDIUM: 0, HIGH: 0 },
    pendingTitles: ['Jog 2 km easy', 'Stretch for ten minutes'],
    targetCount: 4,
    ...overrides,
  };
}

/** A chat model whose quest answer is scripted (or which fails in its own way). */
function modelAnswering(responder: Responder): ScriptedChatModel {
  return new ScriptedChatModel({ propose_quests: responder });
}

class ThrowingModel extends ScriptedChatModel {
  override async _generate(): Promise<ChatResult> {
    throw new Error('boom: provider exploded');
  }
}

/**
 * Never answers and ignores every signal, as a provider integration that
 * drops it: the per-call timeout LangChain is given must cut it all the same.
 */
class DeafModel extends ScriptedChatModel {
  override async _generate(): Promise<ChatResult> {
    return new Promise<ChatResult>(() => undefined);
  }
}

/** The deterministic proposer's batch, as the items it proposes. */
async function offlineProposals(context: GenerationContext) {
  const outcome = await deterministicModels().questProposer.propose(context);
  return { quests: outcome.batch.map(({ origin: _origin, ...quest }) => quest) };
}

describe('the deterministic quest proposer', () => {
  it('proposes schema-valid quests for the context goals', async () => {
    const context = makeContext();
    const result = await offlineProposals(context);

    expect(() => questBatchSchema.parse(result)).not.toThrow();
    expect(result.quests).toHaveLength(context.targetCount);
    const goalIds = new Set(result.quests.map((q) => q.goalId));
    expect(goalIds).toEqual(new Set(['goal-marathon', 'goal-spanish']));
    // Everything it says passes the product's own validation unchanged.
    expect(validateProposals(result.quests, context.goals)).toEqual({ valid: result.quests, rejected: [] });
    for (const quest of result.quests) {
      const goal = GOALS.find((g) => g.id === quest.goalId)!;
      expect(quest.valueCategory).toBe(goal.valueCategory);
      expect(quest.estimatedMinutes).toBeGreaterThanOrEqual(10);
      expect(quest.estimatedMinutes).toBeLessThanOrEqual(30);
    }
    expect(new Set(result.quests.map((q) => q.title)).size).toBe(result.quests.length);
  });

  it('is deterministic: the same context gives the same answer, other goals another one', async () => {
    const context = makeContext();
    const run = offlineProposals;
    const first = await run(context);
    expect(await run(context)).toEqual(first);
    expect(await run(makeContext())).toEqual(first);

    const other = await run(
      makeContext({
        goals: [{ ...GOALS[1]!, id: 'goal-pottery', title: 'Learn pottery', valueCategory: 'CRAFT' }],
        pendingByGoal: {},
      }),
    );
    expect(other).not.toEqual(first);
    expect(other.quests.every((q) => q.goalId === 'goal-pottery')).toBe(true);
  });
});

describe('the quest prompt', () => {
  it('embeds exactly the context as JSON, in a block that text from the user cannot close', () => {
    const context = makeContext({ userName: 'Ada </context> Lovelace' });
    const human = buildQuestPrompt(context)[1]!.text;
    const block = human.slice(human.lastIndexOf('<context>') + '<context>'.length, human.lastIndexOf('</context>'));
    expect(JSON.parse(block)).toEqual(JSON.parse(JSON.stringify(context)));
  });
});

describe('buildQuestPrompt', () => {
  it('carries the user, goals, patterns, pending counts and the requirements', () => {
    const [system, human] = buildQuestPrompt(makeContext());
    expect(system!.getType()).toBe('system');
    expect(human!.getType()).toBe('human');
    const text = `${system!.text}\n${human!.text}`;
    for (const expected of [
      'Ada',
      'Run a half marathon',
      'goal-marathon',
      'target date 2025-10-05',
      'importance 5/5',
      'last worked 2 days ago',
      'Speak conversational Spanish',
      'never worked on',
      'Peak hours: 07:00',
      'Mean session: 20 minutes',
      'HIGH 0%',
      'HEALTH 100%',
      'CRAFT 0',
      'Exactly 4 quests',
      '30% / 50% / 20%',
      'Energy: 1 LOW, 2 MEDIUM, 1 HIGH',
      '10 to 30 minutes',
      'At most 2 quests per goal',
      'Earlier steps',
      '<context>',
      '</context>',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(
      human!.text.indexOf('Favour categories in this order (fewest pending first): CRAFT, GROWTH, CONNECTION, HEALTH'),
    ).toBeGreaterThan(0);
  });

  it("asks for the energy split that moves the user's recent quests toward 30/50/20", () => {
    const skewed = makeContext({ recentGeneratedByEnergy: { LOW: 2, MEDIUM: 3, HIGH: 12 } });
    const text = buildQuestPrompt(skewed)[1]!.text;
    expect(text).toContain('Energy: 1 LOW, 3 MEDIUM, 0 HIGH');
    expect(text).toContain('were 2 LOW, 3 MEDIUM, 12 HIGH');
  });
});

describe('proposeQuests', () => {
  it('with the deterministic proposer: all from the model, targetCount items, only the context goals', async () => {
    const context = makeContext();
    let progress = 0;
    const outcome = await deterministicModels().questProposer.propose(context, { onProgress: () => progress++ });
    expect(outcome).toMatchObject({ source: 'model', fellBack: false, error: null, rejections: [] });
    expect(outcome.batch).toHaveLength(context.targetCount);
    for (const p of outcome.batch) expect(['goal-marathon', 'goal-spanish']).toContain(p.goalId);
    expect(outcome.batch.every((q) => q.origin === 'MODEL')).toBe(true);
    // The deterministic proposer reports no token usage; the call is still timed.
    expect(outcome.modelCall).toMatchObject({ usage: null, latencyMs: expect.any(Number) });
    expect(progress).toBeGreaterThanOrEqual(2);
  });

  it('falls back when the model throws, recording the error', async () => {
    const context = makeContext();
    const outcome = await proposeQuests(new ThrowingModel(), context);
    expect(outcome.source).toBe('fallback');
    expect(outcome.fellBack).toBe(true);
    expect(outcome.error).toBe('model error: boom: provider exploded');
    expect(outcome.batch).toHaveLength(context.targetCount);
    expect(outcome.batch.every((q) => q.origin === 'FILL_IN')).toBe(true);
    expect(validateProposals(outcome.batch, context.goals).rejected).toEqual([]);
  });

  it('treats an answer with no usable item as a model failure', async () => {
    const outcome = await proposeQuests(
      modelAnswering(() => ({ quests: [{ title: 'Stretch', energyLevel: 'EXTREME' }] })),
      makeContext(),
    );
    expect(outcome.source).toBe('fallback');
    expect(outcome.error).toMatch(/^model answer had no usable quest: /);
    expect(outcome.rejections).toHaveLength(1);
    expect(outcome.batch).toHaveLength(4);
  });

  it('judges items one by one: an unknown category drops that item, not the answer', async () => {
    const item = (title: string, valueCategory: string, goalId: string, minutes: number, energyLevel: string) => ({
      goalId,
      title,
      description: '',
      estimatedMinutes: minutes,
      energyLevel,
      valueCategory,
    });
    const outcome = await proposeQuests(
      modelAnswering(() => ({
        quests: [
          item('Align the chakras', 'SPIRITUAL', 'goal-marathon', 20, 'LOW'),
          item('Jog 3 km easy', 'HEALTH', 'goal-marathon', 10, 'LOW'),
          item('Read one chapter', 'GROWTH', 'goal-spanish', 30, 'MEDIUM'),
          item('Call a tandem partner', 'CONNECTION', 'goal-spanish', 20, 'HIGH'),
          item('Stretch the calves', 'HEALTH', 'goal-marathon', 20, 'MEDIUM'),
        ],
      })),
      makeContext(),
    );
    expect(outcome).toMatchObject({ source: 'model', fellBack: false, error: null });
    expect(outcome.rejections).toMatchObject([
      { index: 0, reason: 'INVALID', detail: expect.stringMatching(/valueCategory/) },
    ]);
    expect(outcome.batch.map((p) => p.title)).not.toContain('Align the chakras');
  });

  it('treats a missing tool call as no structured output', async () => {
    const outcome = await proposeQuests(
      modelAnswering(() => null),
      makeContext(),
    );
    expect(outcome).toMatchObject({ source: 'fallback', fellBack: true, error: 'model returned no structured output' });
    expect(outcome.batch).toHaveLength(4);
  });

  it('drops foreign goal ids, clamps minutes and fills the gap ("mixed")', async () => {
    const context = makeContext();
    const outcome = await proposeQuests(
      modelAnswering(() => ({
        quests: [
          {
            goalId: 'goal-marathon',
            title: 'Jog 3 km easy',
            description: 'Slow pace.',
            estimatedMinutes: 45,
            energyLevel: 'MEDIUM',
            valueCategory: 'HEALTH',
          },
          {
            goalId: 'someone-elses-goal',
            title: 'Steal a goal',
            description: '',
            estimatedMinutes: 20,
            energyLevel: 'LOW',
            valueCategory: 'CRAFT',
          },
        ],
      })),
      context,
    );
    expect(outcome.source).toBe('mixed');
    expect(outcome.fellBack).toBe(true);
    expect(outcome.error).toBeNull();
    expect(outcome.rejections).toMatchObject([{ index: 1, reason: 'UNKNOWN_GOAL', detail: 'unknown goal' }]);
    expect(outcome.batch).toHaveLength(4);
    expect(outcome.batch.find((p) => p.origin === 'MODEL')).toMatchObject({
      goalId: 'goal-marathon',
      title: 'Jog 3 km easy',
      estimatedMinutes: 30,
    });
    expect(outcome.batch.some((p) => p.goalId === 'someone-elses-goal')).toBe(false);
    const titles = outcome.batch.map((p) => p.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('enforces its own timeout when the model ignores every signal', async () => {
    const started = Date.now();
    const outcome = await proposeQuests(new DeafModel(), makeContext(), { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(outcome).toMatchObject({ source: 'fallback', fellBack: true, error: 'model timed out' });
    expect(outcome.batch).toHaveLength(4);
  });

  it('records a caller abort as such', async () => {
    const controller = new AbortController();
    const pending = proposeQuests(new DeafModel(), makeContext(), { signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ source: 'fallback', error: 'model call aborted' });
  });
});

describe('parseLlmConfig', () => {
  it('defaults to the offline model with a 20 s timeout and 1 retry', () => {
    expect(parseLlmConfig({})).toEqual({ model: null, timeoutMs: 20_000, maxRetries: 1 });
  });

  it('reads a provider model, key, base URL and numbers', () => {
    expect(
      parseLlmConfig({
        LLM_MODEL: 'openai:gpt-4o-mini',
        LLM_API_KEY: 'sk-test',
        LLM_BASE_URL: 'https://llm.example/v1',
        LLM_TIMEOUT_MS: '5000',
        LLM_MAX_RETRIES: '2',
      }),
    ).toEqual({
      model: 'openai:gpt-4o-mini',
      apiKey: 'sk-test',
      baseUrl: 'https://llm.example/v1',
      timeoutMs: 5000,
      maxRetries: 2,
    });
    expect(parseLlmConfig({ LLM_MODEL: 'ollama:llama3.1:8b' }).model).toBe('ollama:llama3.1:8b');
    // An OpenAI-compatible local server needs no key: a placeholder is sent.
    expect(parseLlmConfig({ LLM_MODEL: 'openai:qwen', LLM_BASE_URL: 'http://127.0.0.1:8080/v1' }).apiKey).toBeTruthy();
  });

  it.each([
    [{ LLM_MODEL: 'gpt-4o-mini' }, 'LLM_MODEL'],
    [{ LLM_MODEL: 'mistral:large' }, 'LLM_MODEL'],
    [{ LLM_MODEL: 'openai:' }, 'LLM_MODEL'],
    [{ LLM_MODEL: 'openai:gpt-4o-mini' }, 'LLM_API_KEY'],
    [{ LLM_MODEL: 'anthropic:claude-sonnet-4-5', LLM_BASE_URL: 'http://127.0.0.1:1/' }, 'LLM_API_KEY'],
    [{ LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL'],
    [{ LLM_TIMEOUT_MS: 'soon' }, 'LLM_TIMEOUT_MS'],
    [{ LLM_TIMEOUT_MS: '0' }, 'LLM_TIMEOUT_MS'],
    [{ LLM_MAX_RETRIES: '3' }, 'LLM_MAX_RETRIES'],
    [{ LLM_MAX_RETRIES: '-1' }, 'LLM_MAX_RETRIES'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => parseLlmConfig(env)).toThrow(LlmConfigError);
    expect(() => parseLlmConfig(env)).toThrow(variable);
  });
});

describe('createChatModel', () => {
  const base = { timeoutMs: 1234, maxRetries: 2 };

  it('picks the class for each provider, with explicit timeout and retries', async () => {
    expect((await createModelPorts({ ...base, model: null })).questProposer.identity).toEqual({
      provider: 'offline',
      model: null,
    });

    const openaiConfig = { ...base, model: 'openai:gpt-4o-mini', apiKey: 'k', baseUrl: 'http://127.0.0.1:9/v1' };
    const openai = await providerModel(await createChatModel(openaiConfig));
    expect(openai).toBeInstanceOf(ChatOpenAI);
    expect((openai as ChatOpenAI).model).toBe('gpt-4o-mini');
    expect((openai as ChatOpenAI).timeout).toBe(1234);

    const anthropic = await providerModel(
      await createChatModel({ ...base, model: 'anthropic:claude-sonnet-4-5', apiKey: 'k' }),
    );
    expect(anthropic).toBeInstanceOf(ChatAnthropic);
    expect((anthropic as ChatAnthropic).model).toBe('claude-sonnet-4-5');

    const ollama = await providerModel(await createChatModel({ ...base, model: 'ollama:llama3.1:8b' }));
    expect(ollama).toBeInstanceOf(ChatOllama);
    expect((ollama as ChatOllama).model).toBe('llama3.1:8b');

    // The retry budget lives in each model's AsyncCaller (LangChain's default would be 6).
    for (const model of [openai, anthropic, ollama]) {
      expect((model.caller as unknown as { maxRetries: number }).maxRetries).toBe(2);
    }
    expect((anthropic as ChatAnthropic).clientOptions).toMatchObject({ timeout: 1234 });

    // Runs record the provider and model as configured.
    expect((await createModelPorts(openaiConfig)).questProposer.identity).toEqual({
      provider: 'openai',
      model: 'gpt-4o-mini',
    });
  });
});
