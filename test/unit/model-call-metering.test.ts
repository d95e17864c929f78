import { AIMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import {
  StructuredOutputError,
  classifyModelOutcome,
  meteredCall,
  tokenUsageOf,
  type ModelCallRecord,
} from '../../src/llm/model-call.js';

describe('tokenUsageOf', () => {
  it("reads LangChain's usage_metadata, and null when the provider reported none", () => {
    const message = new AIMessage({
      content: '',
      usage_metadata: { input_tokens: 120, output_tokens: 45, total_tokens: 165 },
    });
    expect(tokenUsageOf(message)).toEqual({ inputTokens: 120, outputTokens: 45 });
    expect(tokenUsageOf(new AIMessage({ content: '' }))).toBeNull();
    expect(tokenUsageOf(undefined)).toBeNull();
  });
});

describe('classifyModelOutcome', () => {
  it('tells unusable answers, timeouts, aborts and provider errors apart', () => {
    expect(classifyModelOutcome(new StructuredOutputError('no structured output'), false, false)).toBe(
      'invalid_output',
    );
    expect(classifyModelOutcome(new Error('anything'), true, false)).toBe('timeout');
    expect(
      classifyModelOutcome(
        Object.assign(new Error('Request timed out.'), { name: 'APIConnectionTimeoutError' }),
        false,
        false,
      ),
    ).toBe('timeout');
    expect(classifyModelOutcome(new Error('anything'), false, true)).toBe('aborted');
    expect(classifyModelOutcome(Object.assign(new Error('500 Internal'), { status: 500 }), false, false)).toBe('error');
  });
});

describe('meteredCall', () => {
  it('reports each call once, with its outcome and the tokens of the answer, also when the answer is then rejected', async () => {
    const records: ModelCallRecord[] = [];
    const options = { record: (record: ModelCallRecord) => records.push(record) };
    const answer = new AIMessage({
      content: '',
      usage_metadata: { input_tokens: 10, output_tokens: 5, total_tokens: 15 },
    });

    await expect(meteredCall('epilogue', options, async (noteUsage) => (noteUsage(answer), 'ok'))).resolves.toBe('ok');
    await expect(
      meteredCall('narrator', options, async (noteUsage) => {
        noteUsage(answer);
        throw new StructuredOutputError('narration: empty');
      }),
    ).rejects.toThrow('narration: empty');
    await expect(
      meteredCall('quest_generation', options, async () => {
        throw Object.assign(new Error('503 unavailable'), { status: 503 });
      }),
    ).rejects.toThrow('503');

    expect(records.map(({ operation, outcome, usage }) => ({ operation, outcome, usage }))).toEqual([
      { operation: 'epilogue', outcome: 'ok', usage: { inputTokens: 10, outputTokens: 5 } },
      { operation: 'narrator', outcome: 'invalid_output', usage: { inputTokens: 10, outputTokens: 5 } },
      { operation: 'quest_generation', outcome: 'error', usage: null },
    ]);
    expect(records.every((record) => record.durationSeconds >= 0)).toBe(true);
  });
});
