import { describe, expect, it } from 'vitest';
import {
  adventureTurnCost,
  currentUsage,
  dayStartOf,
  emptyUsage,
  hourStartOf,
  openAdventureRefusal,
  refund,
  refusalMessage,
  reserve,
  type ModelBudgetUsage,
} from '../../src/domain/model-budget.js';
import type { PacingState } from '../../src/domain/adventure-types.js';
import { closureAfterTurn } from '../../src/domain/pacing.js';

const LIMITS = { perHour: 10, perDay: 25 };
const at = (iso: string) => new Date(iso);

function usage(hour: string, hourUnits: number, day: string, dayUnits: number): ModelBudgetUsage {
  return { hourStart: at(hour), hourUnits, dayStart: at(day), dayUnits };
}

describe('budget windows', () => {
  it('are the UTC clock hour and the UTC day', () => {
    expect(hourStartOf(at('2026-12-01T10:59:59.999Z'))).toEqual(at('2026-12-01T10:00:00.000Z'));
    expect(hourStartOf(at('2026-12-01T11:00:00.000Z'))).toEqual(at('2026-12-01T11:00:00.000Z'));
    expect(dayStartOf(at('2026-12-01T23:59:59.999Z'))).toEqual(at('2026-12-01T00:00:00.000Z'));
    expect(dayStartOf(at('2026-12-02T00:00:00.000Z'))).toEqual(at('2026-12-02T00:00:00.000Z'));
  });

  it('count a window that has passed as empty', () => {
    const stored = usage('2026-12-01T09:00:00Z', 7, '2026-12-01T00:00:00Z', 20);
    expect(currentUsage(stored, at('2026-12-01T09:30:00Z'))).toEqual(stored);
    expect(currentUsage(stored, at('2026-12-01T10:00:00Z'))).toEqual(
      usage('2026-12-01T10:00:00Z', 0, '2026-12-01T00:00:00Z', 20),
    );
    expect(currentUsage(stored, at('2026-12-02T00:00:00Z'))).toEqual(emptyUsage(at('2026-12-02T00:00:00Z')));
  });
});

describe('reserve', () => {
  const now = at('2026-12-01T10:15:00Z');

  it('admits the first reservation of a user with nothing stored', () => {
    expect(reserve(null, LIMITS, 2, now)).toEqual({
      admitted: true,
      usage: usage('2026-12-01T10:00:00Z', 2, '2026-12-01T00:00:00Z', 2),
    });
  });

  it('admits up to the hourly limit exactly, then refuses until the next hour', () => {
    const stored = usage('2026-12-01T10:00:00Z', 9, '2026-12-01T00:00:00Z', 9);
    expect(reserve(stored, LIMITS, 1, now)).toEqual({
      admitted: true,
      usage: usage('2026-12-01T10:00:00Z', 10, '2026-12-01T00:00:00Z', 10),
    });
    expect(reserve(stored, LIMITS, 2, now)).toEqual({
      admitted: false,
      window: 'hour',
      limit: 10,
      resetsAt: at('2026-12-01T11:00:00.000Z'),
    });
  });

  it('admits again in the next hour, with the day still counted', () => {
    const stored = usage('2026-12-01T10:00:00Z', 10, '2026-12-01T00:00:00Z', 10);
    expect(reserve(stored, LIMITS, 1, at('2026-12-01T11:00:00Z'))).toEqual({
      admitted: true,
      usage: usage('2026-12-01T11:00:00Z', 1, '2026-12-01T00:00:00Z', 11),
    });
  });

  it('refuses until the next UTC day when the day is spent, even if the hour is not (the longer wait wins)', () => {
    const stored = usage('2026-12-01T22:00:00Z', 10, '2026-12-01T00:00:00Z', 25);
    expect(reserve(stored, LIMITS, 1, at('2026-12-01T22:30:00Z'))).toEqual({
      admitted: false,
      window: 'day',
      limit: 25,
      resetsAt: at('2026-12-02T00:00:00.000Z'),
    });
    expect(reserve(stored, LIMITS, 1, at('2026-12-01T23:00:00Z'))).toMatchObject({ admitted: false, window: 'day' });
    expect(reserve(stored, LIMITS, 1, at('2026-12-02T00:00:00Z'))).toMatchObject({ admitted: true });
  });

  it('refuses a reservation larger than a whole window', () => {
    expect(reserve(null, { perHour: 1, perDay: 25 }, 2, now)).toMatchObject({ admitted: false, window: 'hour' });
  });

  it('rejects a reservation that is not a positive whole number of units', () => {
    expect(() => reserve(null, LIMITS, 0, now)).toThrow(RangeError);
    expect(() => reserve(null, LIMITS, 1.5, now)).toThrow(RangeError);
  });
});

describe('refund', () => {
  it('gives the units back to the windows that are still current', () => {
    const stored = usage('2026-12-01T10:00:00Z', 4, '2026-12-01T00:00:00Z', 12);
    const chargedAt = at('2026-12-01T10:20:00Z');
    expect(refund(stored, 1, chargedAt, at('2026-12-01T10:21:00Z'))).toEqual(
      usage('2026-12-01T10:00:00Z', 3, '2026-12-01T00:00:00Z', 11),
    );
    // An hour later the hour has reset (nothing to give back there); the day still has the unit.
    expect(refund(stored, 1, chargedAt, at('2026-12-01T11:05:00Z'))).toEqual(
      usage('2026-12-01T11:00:00Z', 0, '2026-12-01T00:00:00Z', 11),
    );
  });

  it('never goes below zero', () => {
    const stored = usage('2026-12-01T10:00:00Z', 0, '2026-12-01T00:00:00Z', 0);
    expect(refund(stored, 2, at('2026-12-01T10:00:00Z'), at('2026-12-01T10:00:01Z'))).toEqual(stored);
  });
});

describe('refusalMessage', () => {
  it('names the limit, the window and the reset instant', () => {
    expect(refusalMessage({ window: 'hour', limit: 10, resetsAt: at('2026-12-01T11:00:00Z') })).toBe(
      'the budget of model-backed work is spent (10 model calls per hour); it resets at 2026-12-01T11:00:00.000Z',
    );
    expect(refusalMessage({ window: 'day', limit: 25, resetsAt: at('2026-12-02T00:00:00Z') })).toContain(
      '25 model calls per day (UTC)',
    );
  });
});

describe('adventureTurnCost', () => {
  const state = (turn: number, maxTurns: number, questCompletedAtTurn: number | null = null): PacingState => ({
    turn,
    maxTurns,
    questCompletedAtTurn,
    denouementStartedAtTurn: null,
    pacingEnabled: true,
  });

  it('is 2 on the last turn of the budget and on the turn after a quest completed at or after halfway', () => {
    expect(adventureTurnCost(state(1, 25))).toBe(1);
    expect(adventureTurnCost(state(24, 25))).toBe(1);
    expect(adventureTurnCost(state(25, 25))).toBe(2);
    expect(adventureTurnCost(state(26, 50, 25))).toBe(2);
    expect(adventureTurnCost(state(25, 50, 24))).toBe(1);
  });

  it('matches the closure the turn has once played, whether or not the turn completes the quest', () => {
    for (const maxTurns of [25, 30, 50, 80, 100]) {
      for (let turn = 1; turn <= maxTurns; turn += 1) {
        for (const completedAt of [null, ...Array.from({ length: turn - 1 }, (_, i) => i + 1)]) {
          const before = state(turn, maxTurns, completedAt);
          const completesNow = completedAt === null;
          const played = closureAfterTurn({ ...before, questCompletedThisTurn: completesNow });
          expect(adventureTurnCost(before)).toBe(played === null ? 1 : 2);
        }
      }
    }
  });
});

describe('openAdventureRefusal', () => {
  it('allows below the cap and refuses at it, saying how to free a place', () => {
    expect(openAdventureRefusal(0, 3)).toBeNull();
    expect(openAdventureRefusal(2, 3)).toBeNull();
    expect(openAdventureRefusal(3, 3)).toBe(
      '3 adventures are open, the most allowed at once is 3: finish or abandon one to start another',
    );
  });
});
