import { describe, expect, it } from 'vitest';
import { isLeapYear, parseIsoInstant } from '../../src/domain/calendar.js';

function parsed(text: string): string {
  const result = parseIsoInstant(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problem}`);
  return result.date.toISOString();
}

function problem(text: string): string {
  const result = parseIsoInstant(text);
  if (result.ok) throw new Error(`expected ${text} to be refused, got ${result.date.toISOString()}`);
  return result.problem;
}

describe('parseIsoInstant', () => {
  it.each([
    ['2027-02-28T00:00:00Z', '2027-02-28T00:00:00.000Z'],
    ['2027-02-28T00:00Z', '2027-02-28T00:00:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2027-12-31T23:59:59.999Z', '2027-12-31T23:59:59.999Z'],
    ['2027-06-01T09:30Z', '2027-06-01T09:30:00.000Z'],
    ['2027-06-01T09:30:00.25+02:00', '2027-06-01T07:30:00.250Z'],
    ['2027-06-01T09:30:00.123456789Z', '2027-06-01T09:30:00.123Z'],
    ['2027-01-01T01:00:00+05:45', '2026-12-31T19:15:00.000Z'],
    ['2026-12-31T22:00:00-03:00', '2027-01-01T01:00:00.000Z'],
    ['0050-03-01T00:00:00Z', '0050-03-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parsed(text)).toBe(iso);
  });

  it.each([
    ['2027-02-30T00:00:00Z', /day 30 does not exist: February 2027 has 28 days/],
    ['2027-02-29', /February 2027 has 28 days/],
    ['2100-02-29', /February 2100 has 28 days/],
    ['2027-04-31', /April 2027 has 30 days/],
    ['2027-01-00', /day 00 does not exist/],
    ['2027-13-01T00:00:00Z', /month 13 does not exist/],
    ['2027-00-10', /month 00 does not exist/],
    ['2027-01-01T24:61:00Z', /hour 24 does not exist/],
    ['2027-01-01T23:61:00Z', /minute 61 does not exist/],
    ['2027-01-01T23:59:60Z', /second 60 does not exist/],
    ['2027-01-01T10:00:00+24:00', /offset \+24:00 does not exist/],
    ['2027-01-01T10:00:00+01:60', /offset \+01:60 does not exist/],
    ['2027-01-01T10:00:00', /ISO 8601/],
    ['next tuesday', /ISO 8601/],
    ['2027-1-1', /ISO 8601/],
    ['', /ISO 8601/],
  ])('refuses %s, naming the problem', (text, message) => {
    expect(problem(text)).toMatch(message);
  });

  it.each(['2027-02-28', '2000-02-29', '2026-12-24'])(
    'refuses the date alone %s, naming the format it expects',
    (text) => {
      expect(problem(text)).toBe(
        `${text} is a date without a time: send an ISO 8601 date-time with a time zone, e.g. ${text}T00:00:00Z`,
      );
    },
  );

  it('names the expected format for text that is no date at all', () => {
    expect(problem('next tuesday')).toBe('must be an ISO 8601 date-time with a time zone, e.g. 2026-11-21T09:30:00Z');
  });

  it('knows the leap years', () => {
    expect([1900, 2000, 2024, 2027, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });
});
