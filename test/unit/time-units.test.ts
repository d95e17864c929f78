import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS, daysBetween } from '../../src/domain/time-units.js';

describe('time units', () => {
  it('are milliseconds of fixed-length units', () => {
    expect(MINUTE_MS).toBe(60_000);
    expect(HOUR_MS).toBe(3_600_000);
    expect(DAY_MS).toBe(86_400_000);
  });
});

describe('daysBetween', () => {
  const from = new Date('2025-06-01T12:00:00.000Z');

  it('counts days with their fraction', () => {
    expect(daysBetween(from, new Date('2025-06-08T12:00:00.000Z'))).toBe(7);
    expect(daysBetween(from, new Date('2025-06-02T00:00:00.000Z'))).toBe(0.5);
  });

  it('is negative when the second date is earlier, and 0 for the same instant', () => {
    expect(daysBetween(from, new Date('2025-05-31T12:00:00.000Z'))).toBe(-1);
    expect(daysBetween(from, from)).toBe(0);
  });

  it('counts 24-hour days, whatever a local calendar does (no time zone involved)', () => {
    // 2025-03-30 is 23 hours long in Europe/Paris; the UTC instants are still 24 hours apart.
    expect(daysBetween(new Date('2025-03-29T23:00:00.000Z'), new Date('2025-03-30T23:00:00.000Z'))).toBe(1);
  });
});
