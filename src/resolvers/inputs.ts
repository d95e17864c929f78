import { z } from 'zod';
import {
  ACTUAL_MINUTES_MAX,
  ACTUAL_MINUTES_MIN,
  DESCRIPTION_MAX,
  DISPLAY_NAME_MAX,
  EARLIEST_DATE,
  ESTIMATED_MINUTES_MAX,
  ESTIMATED_MINUTES_MIN,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  LATEST_DATE,
  TIME_ZONE_MAX,
  TITLE_MAX,
} from '../domain/input-limits.js';
import { textProblem, type TextLines } from '../domain/text.js';
import { ENERGY_LEVELS, GOAL_STATUSES, GOAL_TYPES, VALUE_CATEGORIES } from '../domain/vocabulary.js';

/** Edge validation shared by the use cases: lengths, ranges, enums, dates (the bounds are the domain's). */

/**
 * Free text typed by a person: checked for characters no text may hold
 * (src/domain/text.ts) before it is trimmed, then its length. Every free-text
 * input goes through this; `lines: 'multi'` for long texts that keep line breaks.
 */
export function freeText({
  max,
  lines = 'single',
  allowEmpty = false,
}: {
  max: number;
  lines?: TextLines;
  allowEmpty?: boolean;
}) {
  const checked = z
    .string()
    .check(
      z.superRefine((value, ctx) => {
        const problem = textProblem(value, lines);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value, abort: true });
      }),
    )
    .trim();
  const bounded = allowEmpty ? checked : checked.min(1, 'must not be empty');
  return bounded.max(max, `must be at most ${max} characters`);
}

export const title = freeText({ max: TITLE_MAX });
export const description = freeText({ max: DESCRIPTION_MAX, lines: 'multi', allowEmpty: true });
export const energyLevel = z.enum(ENERGY_LEVELS);
export const valueCategory = z.enum(VALUE_CATEGORIES);
export const goalType = z.enum(GOAL_TYPES);
export const goalStatus = z.enum(GOAL_STATUSES);
const importanceRange = `must be ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}`;
export const importance = z
  .number()
  .int('must be a whole number')
  .min(IMPORTANCE_MIN, importanceRange)
  .max(IMPORTANCE_MAX, importanceRange);
const estimateRange = `must be ${ESTIMATED_MINUTES_MIN} to ${ESTIMATED_MINUTES_MAX} minutes`;
export const estimatedMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(ESTIMATED_MINUTES_MIN, estimateRange)
  .max(ESTIMATED_MINUTES_MAX, estimateRange);
export const actualMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(ACTUAL_MINUTES_MIN, `must be at least ${ACTUAL_MINUTES_MIN} minute`)
  .max(ACTUAL_MINUTES_MAX, `must be at most ${ACTUAL_MINUTES_MAX} minutes`);
const day = (date: Date): string => date.toISOString().slice(0, 10);
export const date = z
  .date()
  .min(EARLIEST_DATE, `must be after ${day(EARLIEST_DATE)}`)
  .max(LATEST_DATE, `must be before ${day(LATEST_DATE)}`);

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z
  .string()
  .trim()
  .max(TIME_ZONE_MAX)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris');
export const displayName = freeText({ max: DISPLAY_NAME_MAX });
