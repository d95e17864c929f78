import { describe, expect, it } from 'vitest';
import { readOncePerEvent, scopedReadKey } from '../../src/schema/per-event-reads.js';

describe('readOncePerEvent', () => {
  it('reads once per event and key, however many subscribers ask', async () => {
    let reads = 0;
    const read = async () => ++reads;
    const event = { missionId: 'm1' };
    const key = scopedReadKey('alice', 'missionChanged', { select: { id: true } });
    const answers = await Promise.all(Array.from({ length: 50 }, () => readOncePerEvent(event, key, read)));
    expect(answers.every((answer) => answer === 1)).toBe(true);
    expect(reads).toBe(1);
  });

  it('reads again for another viewer, another selection or another event', async () => {
    let reads = 0;
    const read = async () => ++reads;
    const event = { missionId: 'm1' };
    const select = { select: { id: true } };
    await readOncePerEvent(event, scopedReadKey('alice', 'missionChanged', select), read);
    await readOncePerEvent(event, scopedReadKey('bob', 'missionChanged', select), read);
    await readOncePerEvent(
      event,
      scopedReadKey('alice', 'missionChanged', { select: { id: true, title: true } }),
      read,
    );
    await readOncePerEvent({ missionId: 'm1' }, scopedReadKey('alice', 'missionChanged', select), read);
    expect(reads).toBe(4);
  });
});
