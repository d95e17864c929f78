import type { PriorityGoal } from './priority.js';
import type { EnergyLevel, GoalType, SessionStatus, ValueCategory } from './vocabulary.js';

/**
 * The shapes and limits shared by quest generation's pure rules (src/domain)
 * and its LLM layer (src/llm); the enumerations are in vocabulary.ts. Plain
 * data: no Prisma types, no I/O.
 */

/** Generated quests are small: 10 to 30 minutes. */
export const QUEST_MIN_MINUTES = 10;
export const QUEST_MAX_MINUTES = 30;
export const QUEST_TITLE_MAX = 120;
export const QUEST_DESCRIPTION_MAX = 500;
/** A run adds 3 to 5 quests. */
export const QUESTS_PER_RUN_MIN = 3;
export const QUESTS_PER_RUN_MAX = 5;
/** At most this many new quests per goal in one run. */
export const MAX_QUESTS_PER_GOAL = 2;
/** The pending pool is healthy at this size; below it, generation runs. */
export const HEALTHY_POOL_SIZE = 5;
export const PATTERN_WINDOW_DAYS = 30;
/** The energy tendency counts what generation created for the user over this many days (quest-energy-tendency.ts). */
export const GENERATED_HISTORY_DAYS = 30;

/** One of the user's active goals, as generation sees it. */
export interface GoalContext extends PriorityGoal {
  id: string;
  title: string;
  description: string | null;
  goalType: GoalType;
  valueCategory: ValueCategory;
  /** When generation last gave this goal a quest (null: never). The least recently served goals come first. */
  lastServedAt?: Date | null;
}

/** A finished (completed or abandoned) mission session in the pattern window, joined with its mission. */
export interface SessionRow {
  status: Exclude<SessionStatus, 'IN_PROGRESS'>;
  startedAt: Date;
  completedAt: Date; // when it ended
  actualMinutes: number | null;
  mission: { goalId: string | null; energyLevel: EnergyLevel; valueCategory: ValueCategory; estimatedMinutes: number };
}

export interface GoalActivity {
  goalId: string;
  completions: number;
  lastWorkedAt: Date | null;
  /** Whole days since the goal was last worked on (its creation if never); null only if unknown. */
  daysSinceLastWorked: number | null;
}

/** How the user actually works, over the last 30 days. */
export interface QuestPatterns {
  windowDays: number;
  completedCount: number;
  /** 24 counts of completions by local hour of day (index = hour, in the user's time zone). */
  completionsByHour: number[];
  /** Up to 3 local hours with the most completions, busiest first (ties: earlier hour first). */
  peakHours: number[];
  meanActualMinutes: number | null;
  /** Per energy level: completed / (completed + abandoned); null where there were no sessions. */
  energyCompletionRate: Record<EnergyLevel, number | null>;
  /** Per energy level: share of completions (0..1; all 0 when there were none). */
  energyDistribution: Record<EnergyLevel, number>;
  /** Per value category: share of completions (0..1; all 0 when there were none). */
  categoryDistribution: Record<ValueCategory, number>;
  /** Active goals ranked by recent activity: completions desc, then most recently worked first, then id. */
  goalActivity: GoalActivity[];
}

/** Everything a generation run knows about the user, for the prompt and for the rules. */
export interface GenerationContext {
  now: Date;
  userName: string | null;
  timeZone: string;
  goals: GoalContext[]; // active goals only
  patterns: QuestPatterns;
  pendingCount: number;
  pendingByCategory: Record<ValueCategory, number>;
  pendingByGoal: Record<string, number>;
  /**
   * Energy levels of the missions generation created for the user in the last GENERATED_HISTORY_DAYS,
   * whatever became of them: each batch moves this mix toward 30/50/20 (quest-energy-tendency.ts).
   */
  recentGeneratedByEnergy: Record<EnergyLevel, number>;
  /** Titles of every mission pending in the user's pool: never added again. */
  pendingTitles: string[];
  /** How many quests this run should add (3..5). */
  targetCount: number;
}

/** A quest as proposed by the model or the deterministic generator, after validation. */
export interface QuestProposal {
  goalId: string | null;
  title: string;
  description: string;
  estimatedMinutes: number;
  energyLevel: EnergyLevel;
  valueCategory: ValueCategory;
}

/**
 * Two quest titles are the same quest when they match ignoring case, spacing and
 * punctuation ("Stretch, 10 min!" is "stretch 10 min"): only letters and digits count.
 * A title with neither keeps its trimmed lower-case text, so it is not equal to every other such title.
 */
export function questTitleKey(title: string): string {
  const folded = title.normalize('NFKC').toLowerCase();
  const key = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  return key === '' ? folded.trim() : key;
}
