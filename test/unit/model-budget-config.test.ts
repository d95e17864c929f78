import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('the model budget settings', () => {
  it('default to a budget sized for real players', () => {
    expect(loadConfig({}).llmBudget).toEqual({ perHour: 200, perDay: 1000, maxOpenAdventures: 10 });
  });

  it('are read from the environment', () => {
    const config = loadConfig({ LLM_BUDGET_PER_HOUR: '30', LLM_BUDGET_PER_DAY: '90', MAX_OPEN_ADVENTURES: '2' });
    expect(config.llmBudget).toEqual({ perHour: 30, perDay: 90, maxOpenAdventures: 2 });
  });

  it('stop start-up naming the variable when invalid (a limit below 2 could never admit a closing turn)', () => {
    expect(() => loadConfig({ LLM_BUDGET_PER_HOUR: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ LLM_BUDGET_PER_HOUR: '1' })).toThrow(/LLM_BUDGET_PER_HOUR/);
    expect(() => loadConfig({ LLM_BUDGET_PER_DAY: 'lots' })).toThrow(/LLM_BUDGET_PER_DAY/);
    expect(() => loadConfig({ MAX_OPEN_ADVENTURES: '0' })).toThrow(/MAX_OPEN_ADVENTURES/);
  });
});
