import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import {
  MAX_QUESTS_PER_GOAL,
  QUEST_MAX_MINUTES,
  QUEST_MIN_MINUTES,
  type GenerationContext,
  type GoalContext,
  type QuestPatterns,
} from '../domain/quest-types.js';
import { DAY_MS } from '../domain/time-units.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES } from '../domain/vocabulary.js';

/**
 * The quest-generation prompt (Story 3.6). The human message carries what the
 * product asks for in readable form, then the whole GenerationContext as JSON
 * between `<context>` and `</context>` (dates as ISO strings): a model may
 * use either. Nothing reads the prompt back: the deterministic proposer
 * works on the GenerationContext itself, so the prompt's wording changes
 * nothing offline.
 */

/** Name of the structured-output tool the model must call. */
export const QUEST_TOOL_NAME = 'propose_quests';

/**
 * Recorded on every run: change it whenever the prompt's wording or context
 * changes, so runs can be compared prompt by prompt. 2: every quest must serve a
 * listed goal (no goal-less quests), goals carry when they were last served.
 */
export const QUEST_PROMPT_VERSION = 'quests-v2';

/** Pending titles in the prompt's context block: the rules check the whole pool, the prompt stays bounded. */
const CONTEXT_PENDING_TITLES = 100;

/** Pending titles named in the prompt's text (the context block carries all the run read). */
const PROMPT_PENDING_TITLES = 20;

const CONTEXT_OPEN = '<context>';
const CONTEXT_CLOSE = '</context>';


const SYSTEM_PROMPT = [
  'You are the quest designer of Questline, an app that turns long-term goals into small, concrete quests.',
  'A quest is one focused task a person can start right away and finish in a single sitting.',
  `Answer only by calling the ${QUEST_TOOL_NAME} tool.`,
  '',
  'Rules for every quest:',
  "- Serve one of the listed active goals: set goalId to that goal's id exactly as given. Never invent ids, never leave it null.",
  `- Take ${QUEST_MIN_MINUTES} to ${QUEST_MAX_MINUTES} minutes (estimatedMinutes; prefer 10, 20 or 30).`,
  '- Mix energy levels: about 30% LOW, 50% MEDIUM, 20% HIGH.',
  '- Put under-represented value categories (fewest pending quests) first.',
  '- Within one goal, keep a logical order: earlier steps before later ones.',
  `- At most ${MAX_QUESTS_PER_GOAL} quests per goal.`,
  '- Short, concrete titles that start with a verb (under 60 characters); a one or two sentence description of what to do.',
  '- valueCategory is one of HEALTH, CRAFT, GROWTH, CONNECTION; energyLevel one of LOW, MEDIUM, HIGH.',
  "- Fit the person's patterns: their usual session length, the energy levels they actually finish, their peak hours.",
].join('\n');

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function daysSince(context: GenerationContext, goal: GoalContext): number {
  const activity = context.patterns.goalActivity.find((a) => a.goalId === goal.id);
  if (activity && activity.daysSinceLastWorked !== null) return activity.daysSinceLastWorked;
  const since = goal.lastWorkedAt ?? goal.createdAt;
  return Math.max(0, Math.floor((context.now.getTime() - since.getTime()) / DAY_MS));
}

function describeGoal(context: GenerationContext, goal: GoalContext): string {
  const parts = [
    `id ${goal.id}`,
    goal.goalType === 'CONCRETE' ? 'concrete goal' : 'abstract goal',
    `category ${goal.valueCategory}`,
    `importance ${goal.importance}/5`,
  ];
  if (goal.targetDate) {
    const days = Math.ceil((goal.targetDate.getTime() - context.now.getTime()) / DAY_MS);
    const when = days >= 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `overdue by ${-days} days`;
    parts.push(`target date ${isoDate(goal.targetDate)} (${when})`);
  } else {
    parts.push('no deadline');
  }
  const idle = daysSince(context, goal);
  parts.push(goal.lastWorkedAt ? `last worked ${idle} days ago` : `never worked on (created ${idle} days ago)`);
  const pending = context.pendingByGoal[goal.id] ?? 0;
  parts.push(`${pending} pending quest${pending === 1 ? '' : 's'}`);
  const description = goal.description?.trim() ? `\n  ${goal.description.trim()}` : '';
  return `- "${goal.title}" (${parts.join('; ')})${description}`;
}

function describePatterns(patterns: QuestPatterns): string[] {
  if (patterns.completedCount === 0) {
    return [`- No completed quests in the last ${patterns.windowDays} days yet.`];
  }
  const hours = patterns.peakHours.map((h) => `${String(h).padStart(2, '0')}:00`).join(', ');
  const rates = ENERGY_LEVELS.map((level) => {
    const rate = patterns.energyCompletionRate[level];
    return `${level} ${rate === null ? 'no data' : percent(rate)}`;
  }).join(', ');
  const categories = VALUE_CATEGORIES.map((c) => `${c} ${percent(patterns.categoryDistribution[c])}`).join(', ');
  return [
    `- ${patterns.completedCount} quests completed in the last ${patterns.windowDays} days.`,
    `- Peak hours: ${hours || 'none yet'}.`,
    `- Mean session: ${patterns.meanActualMinutes === null ? 'unknown' : `${Math.round(patterns.meanActualMinutes)} minutes`}.`,
    `- Completion rate by energy level: ${rates}.`,
    `- Completed quests by category: ${categories}.`,
  ];
}

/** Suggested counts for the 30/50/20 energy mix. */
export function energyMix(count: number): Record<'LOW' | 'MEDIUM' | 'HIGH', number> {
  const low = Math.round(count * 0.3);
  const high = Math.round(count * 0.2);
  return { LOW: low, MEDIUM: Math.max(0, count - low - high), HIGH: high };
}

/** The context as JSON, safe to embed between markers (`<` is escaped, so no text can close the block). */
function serializeContext(context: GenerationContext): string {
  const bounded = { ...context, pendingTitles: context.pendingTitles.slice(0, CONTEXT_PENDING_TITLES) };
  return JSON.stringify(bounded).replace(/</g, '\\u003c');
}

export function buildQuestPrompt(context: GenerationContext): BaseMessage[] {
  const n = context.targetCount;
  const mix = energyMix(n);
  const byNeed = [...VALUE_CATEGORIES].sort(
    (a, b) =>
      context.pendingByCategory[a] - context.pendingByCategory[b] ||
      VALUE_CATEGORIES.indexOf(a) - VALUE_CATEGORIES.indexOf(b),
  );
  const goals = context.goals.length ? context.goals.map((g) => describeGoal(context, g)) : ['- (no active goals)'];

  const human = [
    `Plan exactly ${n} new quests for ${context.userName?.trim() || 'the user'} (today is ${isoDate(context.now)}, time zone ${context.timeZone}).`,
    '',
    'Active goals:',
    ...goals,
    '',
    'How they work:',
    ...describePatterns(context.patterns),
    '',
    `Pending quests: ${context.pendingCount} in total; by category ${VALUE_CATEGORIES.map((c) => `${c} ${context.pendingByCategory[c]}`).join(', ')}.`,
    `Favour categories in this order (fewest pending first): ${byNeed.join(', ')}.`,
    ...(context.pendingTitles.length > 0
      ? [
          `Already pending, do not propose again: ${context.pendingTitles
            .slice(0, PROMPT_PENDING_TITLES)
            .map((title) => JSON.stringify(title))
            .join(', ')}.`,
        ]
      : []),
    '',
    'Requirements:',
    `- Exactly ${n} quests, each aligned with one goal above (goalId from the list).`,
    `- Energy mix about 30% LOW / 50% MEDIUM / 20% HIGH: here ${mix.LOW} LOW, ${mix.MEDIUM} MEDIUM, ${mix.HIGH} HIGH.`,
    `- ${QUEST_MIN_MINUTES} to ${QUEST_MAX_MINUTES} minutes each.`,
    `- Earlier steps of a goal before later ones; at most ${MAX_QUESTS_PER_GOAL} quests per goal.`,
    '- Short, concrete titles.',
    '',
    'Machine-readable context:',
    `${CONTEXT_OPEN}${serializeContext(context)}${CONTEXT_CLOSE}`,
  ].join('\n');

  return [new SystemMessage(SYSTEM_PROMPT), new HumanMessage(human)];
}
