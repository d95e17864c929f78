/**
 * ISO 8601 instants as clients send them: a date and time with a time zone
 * ("2027-02-28T09:30:00Z", "…T09:30:00.250+01:00"). Every part must exist in
 * the calendar and on the clock: JavaScript's Date would read 30 February as
 * 2 March, and a due date the user never typed is worse than a refusal.
 *
 * A date alone ("2027-02-28") is refused, not read as midnight UTC: for a
 * person west of Greenwich that instant falls on the day before, so the
 * client, which knows the person's time zone, must say which instant it means.
 * The pattern still matches a date alone so that an impossible one is refused
 * for its calendar fault first.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const EXAMPLE_INSTANT = '2026-11-21T09:30:00Z';

export type InstantParse = { ok: true; date: Date } | { ok: false; problem: string };

export function parseIsoInstant(text: string): InstantParse {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    return { ok: false, problem: `must be an ISO 8601 date-time with a time zone, e.g. ${EXAMPLE_INSTANT}` };
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', sign, offsetH = '00', offsetM = '00'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) return { ok: false, problem: `month ${mo} does not exist (01 to 12)` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, problem: `day ${d} does not exist: ${MONTHS[month - 1]} ${y} has ${days} days` };
  }
  if (match[4] === undefined) {
    return {
      ok: false,
      problem: `${text} is a date without a time: send an ISO 8601 date-time with a time zone, e.g. ${text}T00:00:00Z`,
    };
  }
  if (hour > 23) return { ok: false, problem: `hour ${h} does not exist (00 to 23)` };
  if (minute > 59) return { ok: false, problem: `minute ${mi} does not exist (00 to 59)` };
  if (second > 59) return { ok: false, problem: `second ${s} does not exist (00 to 59)` };
  if (Number(offsetH) > 23 || Number(offsetM) > 59) {
    return { ok: false, problem: `time zone offset ${sign}${offsetH}:${offsetM} does not exist` };
  }
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM));
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return { ok: true, date };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
