import { z } from 'zod';
import { textProblem, type TextLines } from '../domain/text.js';

/** Edge validation shared by the use cases: lengths, ranges, enums, dates. */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const DISPLAY_NAME_MAX = 100;

export const ENERGY_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const VALUE_CATEGORIES = ['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION'] as const;
export const GOAL_TYPES = ['ABSTRACT', 'CONCRETE'] as const;

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
export const importance = z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');
export const estimatedMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(5, 'must be 5 to 180 minutes')
  .max(180, 'must be 5 to 180 minutes');
export const actualMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(1, 'must be at least 1 minute')
  .max(24 * 60, 'must be at most 1440 minutes');
const EARLIEST = new Date('2000-01-01T00:00:00Z');
const LATEST = new Date('2200-01-01T00:00:00Z');
export const date = z.date().min(EARLIEST, 'must be after 2000-01-01').max(LATEST, 'must be before 2200-01-01');

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z.string().trim().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris');
export const displayName = freeText({ max: DISPLAY_NAME_MAX });
