import { describe, expect, it } from 'vitest';
import {
  OPEN_MISSION_STATUSES,
  canApply,
  changeKindOf,
  elapsedMinutes,
  statusAfter,
  statusesAllowing,
} from '../../src/domain/mission-transitions.js';
import { MISSION_CHANGE_KINDS, MISSION_STATUSES } from '../../src/domain/vocabulary.js';

describe('OPEN_MISSION_STATUSES', () => {
  it('are every status but the final ones, in the vocabulary order', () => {
    expect(OPEN_MISSION_STATUSES).toEqual(['PENDING', 'IN_PROGRESS', 'DEFERRED']);
    expect(MISSION_STATUSES.filter((status) => !OPEN_MISSION_STATUSES.includes(status))).toEqual([
      'COMPLETED',
      'ARCHIVED',
    ]);
  });

  it('are exactly the statuses a mission can still be edited or completed from', () => {
    expect(statusesAllowing('edit')).toEqual(OPEN_MISSION_STATUSES);
    expect(statusesAllowing('complete')).toEqual(OPEN_MISSION_STATUSES);
  });
});

describe('mission transitions', () => {
  it('never leave a final status', () => {
    for (const action of ['start', 'complete', 'defer', 'abandon', 'edit'] as const) {
      expect(canApply(action, 'COMPLETED')).toBe(false);
      expect(canApply(action, 'ARCHIVED')).toBe(false);
    }
  });

  it('lead to the documented statuses', () => {
    expect(statusAfter('start')).toBe('IN_PROGRESS');
    expect(statusAfter('complete')).toBe('COMPLETED');
    expect(statusAfter('defer')).toBe('DEFERRED');
    expect(statusAfter('abandon')).toBe('PENDING');
    expect(statusesAllowing('start')).toEqual(['PENDING', 'DEFERRED']);
    expect(statusesAllowing('defer')).toEqual(['PENDING', 'IN_PROGRESS']);
    expect(statusesAllowing('abandon')).toEqual(['IN_PROGRESS']);
  });
});

describe('elapsedMinutes', () => {
  const start = new Date('2025-06-01T12:00:00.000Z');

  it('rounds to whole minutes and counts at least one', () => {
    expect(elapsedMinutes(start, new Date('2025-06-01T12:20:29.000Z'))).toBe(20);
    expect(elapsedMinutes(start, new Date('2025-06-01T12:20:31.000Z'))).toBe(21);
    expect(elapsedMinutes(start, start)).toBe(1);
  });
});

describe('changeKindOf', () => {
  it('names what each life-cycle action did, with a kind of the vocabulary', () => {
    const kinds = (['start', 'complete', 'defer', 'abandon', 'edit'] as const).map(changeKindOf);
    expect(kinds).toEqual(['STARTED', 'COMPLETED', 'DEFERRED', 'ABANDONED', 'UPDATED']);
    for (const kind of kinds) expect(MISSION_CHANGE_KINDS).toContain(kind);
  });
});
