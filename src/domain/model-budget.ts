import { closureAfterTurn } from './pacing.js';
import type { PacingState } from './adventure-types.js';
import { DAY_MS, HOUR_MS } from './time-units.js';

/**
 * A user's budget of model-backed work, counted in units of one model call
 * (a narrator turn, an epilogue, a quest designer's offers, an admin's
 * generation run), within two fixed windows: the UTC clock hour and the UTC
 * day. A reservation is admitted only when it fits both; when it does not,
 * the refusal says when it will (the later reset of the windows that are
 * spent). Fixed windows keep the rule explainable ("resets at 11:00 UTC");
 * the price is that a user may spend two hours' worth across an hour boundary.
 *
 * Pure: the caller reads the stored usage, asks here, and writes the answer
 * back with a compare-and-swap (src/resolvers/model-budget.ts).
 */

export interface ModelBudgetLimits {
  /** Units per user per UTC clock hour. */
  perHour: number;
  /** Units per user per UTC day. */
  perDay: number;
}

/** What is stored: the windows last charged and the units spent in each. */
export interface ModelBudgetUsage {
  hourStart: Date;
  hourUnits: number;
  dayStart: Date;
  dayUnits: number;
}

export type BudgetWindow = 'hour' | 'day';

export type Reservation =
  | { admitted: true; usage: ModelBudgetUsage }
  | { admitted: false; window: BudgetWindow; limit: number; resetsAt: Date };

/** Start of the UTC clock hour containing `now`. */
export function hourStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

/** Start of the UTC day containing `now`. */
export function dayStartOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

/** Nothing spent yet, in the windows of `now`. */
export function emptyUsage(now: Date): ModelBudgetUsage {
  return { hourStart: hourStartOf(now), hourUnits: 0, dayStart: dayStartOf(now), dayUnits: 0 };
}

/** The usage as seen at `now`: a window that has passed counts as empty. */
export function currentUsage(stored: ModelBudgetUsage, now: Date): ModelBudgetUsage {
  const hourStart = hourStartOf(now);
  const dayStart = dayStartOf(now);
  return {
    hourStart,
    hourUnits: stored.hourStart.getTime() === hourStart.getTime() ? stored.hourUnits : 0,
    dayStart,
    dayUnits: stored.dayStart.getTime() === dayStart.getTime() ? stored.dayUnits : 0,
  };
}

/**
 * Admits `units` at `now` if they fit both windows, with the usage to store;
 * otherwise refuses, naming the window that binds longest and when it resets.
 * A reservation larger than a whole window's limit never fits: it is refused
 * with that window's reset (configuration keeps limits at least 2, the
 * largest reservation, so this does not happen in practice).
 */
export function reserve(
  stored: ModelBudgetUsage | null,
  limits: ModelBudgetLimits,
  units: number,
  now: Date,
): Reservation {
  if (!Number.isInteger(units) || units < 1) throw new RangeError(`units must be a positive integer, got ${units}`);
  const usage = stored ? currentUsage(stored, now) : emptyUsage(now);
  const dayFull = usage.dayUnits + units > limits.perDay;
  const hourFull = usage.hourUnits + units > limits.perHour;
  // The day's reset is never earlier than the hour's: when the day is spent, that is the wait.
  if (dayFull) {
    return {
      admitted: false,
      window: 'day',
      limit: limits.perDay,
      resetsAt: new Date(usage.dayStart.getTime() + DAY_MS),
    };
  }
  if (hourFull) {
    return {
      admitted: false,
      window: 'hour',
      limit: limits.perHour,
      resetsAt: new Date(usage.hourStart.getTime() + HOUR_MS),
    };
  }
  return {
    admitted: true,
    usage: { ...usage, hourUnits: usage.hourUnits + units, dayUnits: usage.dayUnits + units },
  };
}

/**
 * Gives back `units` charged at `chargedAt` for work that was not done after
 * all (no model call was made). Only the windows that are still current get
 * them back; a window that has since reset has nothing to return.
 */
export function refund(stored: ModelBudgetUsage, units: number, chargedAt: Date, now: Date): ModelBudgetUsage {
  const usage = currentUsage(stored, now);
  const sameHour = hourStartOf(chargedAt).getTime() === usage.hourStart.getTime();
  const sameDay = dayStartOf(chargedAt).getTime() === usage.dayStart.getTime();
  return {
    ...usage,
    hourUnits: sameHour ? Math.max(0, usage.hourUnits - units) : usage.hourUnits,
    dayUnits: sameDay ? Math.max(0, usage.dayUnits - units) : usage.dayUnits,
  };
}

/** The client-facing sentence of a refusal. */
export function refusalMessage(refusal: { window: BudgetWindow; limit: number; resetsAt: Date }): string {
  const per = refusal.window === 'hour' ? 'hour' : 'day (UTC)';
  return `the budget of model-backed work is spent (${refusal.limit} model calls per ${per}); it resets at ${refusal.resetsAt.toISOString()}`;
}

/**
 * What one adventure turn costs: its narration, plus the epilogue when the
 * turn closes the adventure. Whether a turn closes is known before it is
 * played: a quest completed during a turn closes the adventure only after a
 * later turn (src/domain/pacing.ts), so the closure computed as if nothing
 * were completed now is the closure the turn will have.
 */
export function adventureTurnCost(state: PacingState): 1 | 2 {
  return closureAfterTurn({ ...state, questCompletedThisTurn: false }) === null ? 1 : 2;
}

/** The most units one request reserves at once (a closing turn): every limit must allow it. */
export const LARGEST_RESERVATION = 2;

/**
 * Why a user may not open another adventure, or null when they may: the cap
 * counts ACTIVE adventures (an open one holds a place until it completes or
 * is abandoned).
 */
export function openAdventureRefusal(open: number, maxOpen: number): string | null {
  if (open < maxOpen) return null;
  return `${open} adventures are open, the most allowed at once is ${maxOpen}: finish or abandon one to start another`;
}
