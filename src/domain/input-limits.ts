/**
 * The bounds of what a person enters for goals, missions and their profile,
 * checked at the use cases' edge (src/resolvers/inputs.ts). The priority
 * reads importance on the same 1..5 scale. Lengths count characters after
 * trimming. Adventure inputs have their own limits in adventure-types.ts.
 */
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const DISPLAY_NAME_MAX = 100;
/** Longest time zone name accepted (IANA names are far shorter). */
export const TIME_ZONE_MAX = 64;

/** How much a goal matters, 1 (least) to 5 (most). */
export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;

/** A mission's estimate, in minutes: long enough to be a step, short enough to be one sitting. */
export const ESTIMATED_MINUTES_MIN = 5;
export const ESTIMATED_MINUTES_MAX = 180;
/** The minutes actually worked that a person may report for one session: at most a day. */
export const ACTUAL_MINUTES_MIN = 1;
export const ACTUAL_MINUTES_MAX = 24 * 60;

/** Dates (due and target dates) outside these years are typing mistakes, not plans. */
export const EARLIEST_DATE = new Date('2000-01-01T00:00:00Z');
export const LATEST_DATE = new Date('2200-01-01T00:00:00Z');
