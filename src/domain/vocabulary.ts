/**
 * The values of every enumeration the domain speaks, written once. Each list
 * is `as const` and its type is derived from it, so zod (`z.enum(LIST)`),
 * Pothos (`values: LIST`) and the prompts read the same values the rules use.
 *
 * The lists that the database also stores are in the same order as the Prisma
 * enums of prisma/schema.prisma; test/unit/vocabulary.test.ts fails when the
 * two drift. The domain never imports Prisma: these are plain strings.
 */

/** How much energy a mission asks for, and how much the user has now. */
export const ENERGY_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type EnergyLevel = (typeof ENERGY_LEVELS)[number];

/** What a goal or mission serves in the player's life. */
export const VALUE_CATEGORIES = ['HEALTH', 'CRAFT', 'GROWTH', 'CONNECTION'] as const;
export type ValueCategory = (typeof VALUE_CATEGORIES)[number];

export const GOAL_TYPES = ['ABSTRACT', 'CONCRETE'] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

export const GOAL_STATUSES = ['ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The mission life cycle's states; the moves between them are in mission-transitions.ts. */
export const MISSION_STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'DEFERRED', 'ARCHIVED'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

/**
 * What happened to a mission, as missionChanged tells subscribers: one kind per use case that
 * changes a mission (mission-transitions.ts maps the life-cycle actions to theirs).
 */
export const MISSION_CHANGE_KINDS = [
  'CREATED',
  'UPDATED',
  'STARTED',
  'COMPLETED',
  'DEFERRED',
  'ABANDONED',
  'ARCHIVED',
  'GENERATED',
] as const;
export type MissionChangeKind = (typeof MISSION_CHANGE_KINDS)[number];

/** A session of work on a mission: running, or ended one way or the other. */
export const SESSION_STATUSES = ['IN_PROGRESS', 'COMPLETED', 'ABANDONED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Where an adventure's story is in its arc, in arc order (pacing.ts decides it). */
export const ADVENTURE_PHASES = ['SETUP', 'RISING_ACTION', 'MID_POINT', 'CLIMAX', 'DENOUEMENT'] as const;
export type AdventurePhase = (typeof ADVENTURE_PHASES)[number];

/** Why an adventure ended: two closures decided by the pacing rules, or the player gave up. */
export const COMPLETION_REASONS = ['QUEST_COMPLETE', 'TURN_CAP', 'ABANDONED'] as const;
export type CompletionReason = (typeof COMPLETION_REASONS)[number];
/** The endings the pacing rules decide (abandoning is the player's choice, not a rule). */
export type ClosureReason = Exclude<CompletionReason, 'ABANDONED'>;

/** An adventure's quest: offered after character creation, then chosen (active, later completed) or declined. */
export const ADVENTURE_QUEST_STATUSES = ['OFFERED', 'ACTIVE', 'COMPLETED', 'DECLINED'] as const;
export type AdventureQuestStatus = (typeof ADVENTURE_QUEST_STATUSES)[number];

/** The kinds of key moment a turn may record for the epilogue. */
export const MOMENT_KINDS = ['DISCOVERY', 'COMBAT', 'DIALOGUE', 'CHOICE', 'LOSS', 'TRIUMPH', 'OBJECTIVE'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** What the narrator is told to do in each phase, in phase order (not stored: computed every turn). */
export const PACING_DIRECTIVES = ['ESTABLISH', 'DEVELOP', 'ESCALATE', 'CONFRONT', 'RESOLVE'] as const;
export type PacingDirective = (typeof PACING_DIRECTIVES)[number];

/** How pressing the story is on a turn (not stored: computed every turn). */
export const PACING_URGENCIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Urgency = (typeof PACING_URGENCIES)[number];
