import { describe, expect, it } from 'vitest';
import { dueZones, nightlyWindowKey, sweepSlot } from '../../src/domain/nightly-window.js';

describe('the nightly window', () => {
  it('floors an instant to its 15-minute sweep slot', () => {
    expect(sweepSlot(new Date('2026-11-21T17:14:59.999Z')).toISOString()).toBe('2026-11-21T17:00:00.000Z');
    expect(sweepSlot(new Date('2026-11-21T17:15:00Z')).toISOString()).toBe('2026-11-21T17:15:00.000Z');
  });

  it('finds the zones whose local time is in the 02:00 hour, with their local date', () => {
    const zones = ['Asia/Tokyo', 'America/New_York', 'UTC', 'Asia/Kolkata'];
    // 17:00 UTC = 02:00 next day in Tokyo (UTC+9).
    expect(dueZones(zones, new Date('2026-11-21T17:00:00Z'))).toEqual([
      { timeZone: 'Asia/Tokyo', localDate: '2026-11-22' },
    ]);
    // 07:00 UTC = 02:00 in New York in November (EST, UTC-5).
    expect(dueZones(zones, new Date('2026-11-21T07:45:00Z'))).toEqual([
      { timeZone: 'America/New_York', localDate: '2026-11-21' },
    ]);
    // Half-hour zones: 20:30 UTC = 02:00 in Kolkata (UTC+5:30); 20:15 is still 01:45 there.
    expect(dueZones(zones, new Date('2026-11-21T20:15:00Z'))).toEqual([]);
    expect(dueZones(zones, new Date('2026-11-21T20:30:00Z'))).toEqual([
      { timeZone: 'Asia/Kolkata', localDate: '2026-11-22' },
    ]);
    expect(dueZones(zones, new Date('2026-11-21T02:00:00Z'))).toEqual([{ timeZone: 'UTC', localDate: '2026-11-21' }]);
  });

  it('follows daylight saving time', () => {
    // In July New York is on EDT (UTC-4): 02:00 local is 06:00 UTC.
    expect(dueZones(['America/New_York'], new Date('2026-07-01T06:00:00Z'))).toHaveLength(1);
    expect(dueZones(['America/New_York'], new Date('2026-07-01T07:00:00Z'))).toHaveLength(0);
  });

  it('runs in the 03:00 hour on the night clocks skip 02:00, and once on the night they repeat it', () => {
    // 2026-03-08, New York: 01:59 EST → 03:00 EDT. 07:00 UTC is 03:00 EDT; 06:45 UTC is 01:45 EST.
    expect(dueZones(['America/New_York'], new Date('2026-03-08T06:45:00Z'))).toEqual([]);
    expect(dueZones(['America/New_York'], new Date('2026-03-08T07:00:00Z'))).toEqual([
      { timeZone: 'America/New_York', localDate: '2026-03-08' },
    ]);
    expect(dueZones(['America/New_York'], new Date('2026-03-09T07:00:00Z'))).toEqual([]);
    // 2026-11-01: 02:00 EDT → 01:00 EST, so 02:00 local comes once, at 07:00 UTC; the window key is the same date anyway.
    expect(dueZones(['America/New_York'], new Date('2026-11-01T07:00:00Z'))).toEqual([
      { timeZone: 'America/New_York', localDate: '2026-11-01' },
    ]);
  });

  it('treats an unknown zone as UTC and keys windows by local date', () => {
    expect(dueZones(['Mars/Olympus'], new Date('2026-11-21T02:30:00Z'))).toEqual([
      { timeZone: 'Mars/Olympus', localDate: '2026-11-21' },
    ]);
    expect(nightlyWindowKey('2026-11-22')).toBe('nightly:2026-11-22');
  });
});
