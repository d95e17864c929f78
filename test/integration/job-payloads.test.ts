import { Writable } from 'node:stream';
import type { Job } from 'agenda';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUEST_GENERATION_JOB } from '../../src/jobs/definitions/quest-generation.js';
import { InvalidJobPayloadError } from '../../src/jobs/kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Job payloads are checked against their job's schema on the way in and again when the job runs. */
let t: TestApp;
const logs: { level: number; msg: string }[] = [];
const generate = vi.fn(async () => {
  throw new Error('never reached with an invalid payload');
});

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  t = await startTestApp({ logger: pino({ level: 'info' }, sink), generate });
});
afterAll(async () => {
  await t?.close();
});

describe('job payloads', () => {
  it('refuses to enqueue an invalid payload, and stores nothing', async () => {
    const enqueue = t.app.services.jobs.enqueueQuestGeneration({ userId: '', trigger: 'ON_DEMAND', windowKey: 'w' });
    await expect(enqueue).rejects.toThrow(InvalidJobPayloadError);
    expect(await t.app.jobs.agenda.queryJobs({ name: QUEST_GENERATION_JOB })).toMatchObject({ total: 0 });
  });

  it('fails a stored job whose payload is invalid once, logged, without retries or running the use case', async () => {
    const agenda = t.app.jobs.agenda;
    const failures: unknown[] = [];
    agenda.on(`fail:${QUEST_GENERATION_JOB}`, (error: unknown) => failures.push(error));
    const completed = new Promise<Job>((resolve) => agenda.once(`complete:${QUEST_GENERATION_JOB}`, resolve));
    // As a row written by an older release would be: no trigger, no window key.
    const stored = await agenda.now(QUEST_GENERATION_JOB, { userId: 'stale' });
    await completed;
    // Several retry delays (50 ms, then 100 ms) and polling intervals (100 ms) later: still one failure.
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(InvalidJobPayloadError);
    const [job] = (await agenda.queryJobs({ id: stored.attrs._id!.toString() })).jobs;
    expect(job).toMatchObject({ failCount: 1, nextRunAt: null });
    expect(job?.failReason).toMatch(/invalid payload for job "quest-generation"/);
    expect(generate).not.toHaveBeenCalled();
    const messages = logs.map((entry) => entry.msg);
    expect(messages).toContain('job payload is invalid: the job fails without retrying');
    expect(messages).not.toContain('quest generation job gave up after its retries');
  });
});
