/**
 * Lengths of time in milliseconds, the unit of Date arithmetic. Fixed-length
 * units only: a calendar day in a time zone may be 23 or 25 hours
 * (calendar.ts handles those); DAY_MS is the 24-hour day of UTC windows and
 * "days since" measures.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Days from `from` to `to`, with the fraction (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
