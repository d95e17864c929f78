import { exponential } from 'agenda';
import { describe, expect, it, vi } from 'vitest';
import { enqueueJob } from '../../src/jobs/agenda-queue.js';
import { nightlySweepJob } from '../../src/jobs/definitions/nightly-sweep.js';
import { questGenerationJob } from '../../src/jobs/definitions/quest-generation.js';
import { InvalidJobPayloadError, parsePayload } from '../../src/jobs/kit.js';
import { neverRetryInvalidPayloads } from '../../src/jobs/register.js';

const valid = { userId: 'u1', trigger: 'NIGHTLY', windowKey: 'nightly:2026-11-22' } as const;

function fakeAgenda() {
  return { now: vi.fn(async () => undefined), schedule: vi.fn(async () => undefined) };
}

describe('job payloads', () => {
  it('accepts a quest generation payload of the queue’s shape, and refuses one that is not', () => {
    expect(parsePayload(questGenerationJob, valid)).toEqual(valid);
    for (const bad of [
      undefined,
      {},
      { ...valid, userId: '' },
      { ...valid, trigger: 'WEEKLY' },
      { ...valid, windowKey: 7 },
    ]) {
      expect(() => parsePayload(questGenerationJob, bad)).toThrow(InvalidJobPayloadError);
    }
  });

  it('names the job and the faulty field in the error', () => {
    expect(() => parsePayload(questGenerationJob, { ...valid, trigger: 'WEEKLY' })).toThrow(
      /invalid payload for job "quest-generation":[\s\S]*trigger/,
    );
  });

  it('takes no payload for the nightly sweep (absent, or null as PostgreSQL stores it)', () => {
    expect(parsePayload(nightlySweepJob, undefined)).toBeUndefined();
    expect(parsePayload(nightlySweepJob, null)).toBeNull();
    expect(() => parsePayload(nightlySweepJob, { userId: 'u1' })).toThrow(InvalidJobPayloadError);
  });
});

describe('enqueueing a job', () => {
  it('stores a valid payload now, or after the delay', async () => {
    const agenda = fakeAgenda();
    await enqueueJob(agenda as never, questGenerationJob, valid);
    expect(agenda.now).toHaveBeenCalledWith('quest-generation', valid);

    const before = Date.now();
    await enqueueJob(agenda as never, questGenerationJob, valid, { delayMs: 60_000 });
    const [at, name, data] = agenda.schedule.mock.calls[0] as unknown as [Date, string, unknown];
    expect(at.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect([name, data]).toEqual(['quest-generation', valid]);
  });

  it('refuses an invalid payload before anything is stored', async () => {
    const agenda = fakeAgenda();
    const invalid = { ...valid, userId: '' };
    await expect(enqueueJob(agenda as never, questGenerationJob, invalid)).rejects.toThrow(InvalidJobPayloadError);
    expect(agenda.now).not.toHaveBeenCalled();
    expect(agenda.schedule).not.toHaveBeenCalled();
  });
});

describe('retrying a failed job', () => {
  const backoff = neverRetryInvalidPayloads(exponential({ delay: 50, factor: 2, maxRetries: 2 }));
  const attempt = (error: Error, number: number) => ({
    attempt: number,
    error,
    jobName: 'quest-generation',
    jobData: {},
  });

  it('keeps the job’s own backoff for other failures', () => {
    expect([1, 2, 3].map((number) => backoff(attempt(new Error('model timed out'), number)))).toEqual([50, 100, null]);
  });

  it('never retries an invalid payload: it would only fail again', () => {
    const invalid = new InvalidJobPayloadError('quest-generation', questGenerationJob.payload.safeParse({}).error!);
    expect(backoff(attempt(invalid, 1))).toBeNull();
  });
});
