import { describe, expect, it } from 'vitest';
import {
  ACTUAL_MINUTES_MAX,
  ACTUAL_MINUTES_MIN,
  EARLIEST_DATE,
  ESTIMATED_MINUTES_MAX,
  ESTIMATED_MINUTES_MIN,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  LATEST_DATE,
} from '../../src/domain/input-limits.js';
import { importanceCurve } from '../../src/domain/priority.js';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time-units.js';

describe('input limits', () => {
  it('rate importance 1 to 5, the scale the priority maps onto 0..1', () => {
    expect([IMPORTANCE_MIN, IMPORTANCE_MAX]).toEqual([1, 5]);
    expect(importanceCurve({ importance: IMPORTANCE_MIN })).toBe(0);
    expect(importanceCurve({ importance: IMPORTANCE_MAX })).toBe(1);
  });

  it('let a mission be estimated at 5 to 180 minutes and report at most a day of work', () => {
    expect([ESTIMATED_MINUTES_MIN, ESTIMATED_MINUTES_MAX]).toEqual([5, 180]);
    expect(ACTUAL_MINUTES_MIN).toBe(1);
    expect(ACTUAL_MINUTES_MAX).toBe(DAY_MS / MINUTE_MS);
  });

  it('accept dates from 2000 to 2200, bounds at UTC midnight', () => {
    expect(EARLIEST_DATE.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(LATEST_DATE.toISOString()).toBe('2200-01-01T00:00:00.000Z');
  });
});
