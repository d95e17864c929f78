/**
 * When the nightly generation runs: at 02:00 in each user's own time zone.
 * A single sweep job runs every 15 minutes (UTC) and serves the zones whose
 * local time is then in the 02:00 hour, instead of one cron entry per user.
 * Serving the whole hour (four sweeps) means a missed sweep is made up by the
 * next; the per-user window key makes the repeats harmless.
 */
import { HOUR_MS, MINUTE_MS } from './time-units.js';

export const SWEEP_INTERVAL_MINUTES = 15;
export const NIGHTLY_LOCAL_HOUR = 2;

export interface DueZone {
  timeZone: string;
  /** The user's local calendar date, YYYY-MM-DD: one nightly batch per local date. */
  localDate: string;
}

/** The start of the 15-minute slot containing `instant`. */
export function sweepSlot(instant: Date): Date {
  const slotMs = SWEEP_INTERVAL_MINUTES * MINUTE_MS;
  return new Date(Math.floor(instant.getTime() / slotMs) * slotMs);
}

/**
 * Of the given zones, those whose local time at `slot` is in the nightly hour.
 * On the night clocks spring forward over 02:00 (01:59 → 03:00) that hour does
 * not exist, so the 03:00 hour stands in for it. Unknown zones count as UTC.
 */
export function dueZones(timeZones: readonly string[], slot: Date): DueZone[] {
  const due: DueZone[] = [];
  const hourBefore = new Date(slot.getTime() - HOUR_MS);
  for (const timeZone of timeZones) {
    const local = localParts(slot, timeZone);
    const skippedNightlyHour =
      local.hour === NIGHTLY_LOCAL_HOUR + 1 && localParts(hourBefore, timeZone).hour === NIGHTLY_LOCAL_HOUR - 1;
    if (local.hour === NIGHTLY_LOCAL_HOUR || skippedNightlyHour) due.push({ timeZone, localDate: local.date });
  }
  return due;
}

export function nightlyWindowKey(localDate: string): string {
  return `nightly:${localDate}`;
}

function localParts(instant: Date, timeZone: string): { hour: number; date: string } {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    return localParts(instant, 'UTC');
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { hour: Number(parts.hour), date: `${parts.year}-${parts.month}-${parts.day}` };
}
