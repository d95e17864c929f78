/**
 * The deterministic quest generator: the offline model, and the fill-ins that
 * replace model items the batch rules drop. It writes goal-specific quests from
 * a template library keyed by value category and goal type, then lets
 * decideQuestBatch choose, so its output obeys the same rules as a model's.
 *
 * Deterministic by construction: templates are chosen by a stable hash of
 * (goal id, UTC date of `now`, template index), so the same input always gives
 * the same quests, while a new day reshuffles them.
 */
import { decideQuestBatch } from './quest-batch-rules.js';
import { clampBatchSize, goalNeglect } from './quest-diversity.js';
import {
  MAX_QUESTS_PER_GOAL,
  QUEST_DESCRIPTION_MAX,
  QUEST_TITLE_MAX,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
} from './quest-types.js';
import { cleanInlineText, textLength, truncateAtWord } from './quest-validation.js';
import { stableHash } from './stable-hash.js';
import type { EnergyLevel, ValueCategory } from './vocabulary.js';

export interface QuestTemplate {
  /** `{goal}` is replaced by the goal's title (absent in goal-less templates). */
  title: string;
  description: string;
  minutes: 10 | 20 | 30;
  energy: EnergyLevel;
}

export type GoalType = GoalContext['goalType'];
export type TemplateLibrary = Readonly<Record<ValueCategory, Readonly<Record<GoalType, readonly QuestTemplate[]>>>>;

const GOAL_SLOT = '{goal}';
/** Goal titles inside descriptions are cut shorter: the description should talk about the step, not repeat the goal. */
const DESCRIPTION_GOAL_MAX = 80;

const t = (
  title: string,
  minutes: QuestTemplate['minutes'],
  energy: EnergyLevel,
  description: string,
): QuestTemplate => ({
  title,
  description,
  minutes,
  energy,
});

// Every ABSTRACT list starts from the same planning move: an abstract goal's
// first obstacle is usually not knowing what the next step is.
const NEXT_STEP = t(
  'Write down one concrete next step for {goal}',
  10,
  'LOW',
  'Turn {goal} into one action you could start tomorrow.',
);

/** Concrete goals get doing; abstract goals get reflecting and planning. Each list mixes LOW/MEDIUM/HIGH and 10/20/30. */
export const TEMPLATE_LIBRARY: TemplateLibrary = {
  HEALTH: {
    CONCRETE: [
      t(
        'Take a brisk 20-minute walk toward {goal}',
        20,
        'MEDIUM',
        'A steady walk at a pace that warms you up. Every step counts toward {goal}.',
      ),
      t(
        'Stretch for 10 minutes as a step toward {goal}',
        10,
        'LOW',
        'Gentle stretches for back, hips and shoulders, in support of {goal}.',
      ),
      t(
        'Do a 30-minute workout for {goal}',
        30,
        'HIGH',
        'A full session that gets your heart rate up, in service of {goal}.',
      ),
      t(
        'Do 20 minutes of bodyweight exercises for {goal}',
        20,
        'HIGH',
        'Squats, push-ups and planks: no equipment needed for {goal}.',
      ),
      t(
        'Prepare one healthy meal that supports {goal}',
        30,
        'MEDIUM',
        'Cook something simple and nourishing that fits {goal}.',
      ),
      t(
        'Log today’s progress on {goal}',
        10,
        'LOW',
        'Note what you did and how it felt, so progress on {goal} stays visible.',
      ),
    ],
    ABSTRACT: [
      NEXT_STEP,
      t(
        'Reflect on what helped {goal} this week',
        20,
        'LOW',
        'List what gave you energy and what drained it, with {goal} in mind.',
      ),
      t(
        'Plan three healthy habits for {goal}',
        20,
        'MEDIUM',
        'Pick three small habits that would move {goal} forward and when to do them.',
      ),
      t(
        'Take a mindful walk thinking about {goal}',
        30,
        'MEDIUM',
        'Walk without your phone and let ideas about {goal} come.',
      ),
      t(
        'Try one new activity that serves {goal}',
        30,
        'HIGH',
        'Something you have not done before that could become part of {goal}.',
      ),
      t(
        'Write one sentence on why {goal} matters to you',
        10,
        'LOW',
        'A reason you can read again on a day when {goal} feels far away.',
      ),
    ],
  },
  CRAFT: {
    CONCRETE: [
      t('Sketch the next part of {goal}', 20, 'MEDIUM', 'A rough sketch is enough: decide what comes next in {goal}.'),
      t(
        'Tidy your workspace for {goal}',
        10,
        'LOW',
        'Clear the table and lay out the tools, so starting {goal} is easy next time.',
      ),
      t(
        'Spend 30 focused minutes building {goal}',
        30,
        'HIGH',
        'Timer on, notifications off: make visible progress on {goal}.',
      ),
      t(
        'Fix one small flaw in {goal}',
        20,
        'MEDIUM',
        'Pick the thing that bothers you most in {goal} and fix just that.',
      ),
      t(
        'Study one reference piece for {goal}',
        20,
        'LOW',
        'Look closely at work you admire and note one technique for {goal}.',
      ),
      t(
        'Finish one small piece of {goal}',
        30,
        'HIGH',
        'Choose a part of {goal} small enough to complete today, and complete it.',
      ),
      t(
        'List the materials {goal} needs next',
        10,
        'LOW',
        'Check what you have and what is missing before the next session on {goal}.',
      ),
    ],
    ABSTRACT: [
      NEXT_STEP,
      t(
        'Collect three ideas for {goal}',
        20,
        'LOW',
        'Browse, doodle or daydream: write down three ideas that could become {goal}.',
      ),
      t(
        'Outline a first small project for {goal}',
        30,
        'MEDIUM',
        'Describe a project you could finish in a week that moves {goal} forward.',
      ),
      t(
        'Describe what done looks like for {goal}',
        20,
        'MEDIUM',
        'Write a few lines about the finished result you want from {goal}.',
      ),
      t(
        'Make a quick rough prototype for {goal}',
        10,
        'HIGH',
        'Ten fast minutes, no polish: make something tangible for {goal}.',
      ),
    ],
  },
  GROWTH: {
    CONCRETE: [
      t(
        'Read one chapter for {goal}',
        30,
        'MEDIUM',
        'Read with a pen at hand and mark one idea worth keeping for {goal}.',
      ),
      t('Review your notes on {goal}', 10, 'LOW', 'Skim what you already learned for {goal} so it sticks.'),
      t(
        'Practise one exercise for {goal}',
        20,
        'HIGH',
        'Pick an exercise slightly beyond your comfort zone for {goal}.',
      ),
      t(
        'Summarise one thing you learned for {goal}',
        20,
        'MEDIUM',
        'Explain it in your own words, as if to a friend, to deepen {goal}.',
      ),
      t('Watch one short lesson for {goal}', 20, 'LOW', 'A short video or talk on a topic that feeds {goal}.'),
      t(
        'Solve one hard problem for {goal}',
        30,
        'HIGH',
        'Choose a problem that stretches you and work through it for {goal}.',
      ),
      t(
        'Quiz yourself for 10 minutes on {goal}',
        10,
        'MEDIUM',
        'Recall without notes, then check: what you miss is what to review for {goal}.',
      ),
    ],
    ABSTRACT: [
      NEXT_STEP,
      t('List three questions you want answered about {goal}', 20, 'LOW', 'Good questions give {goal} a direction.'),
      t(
        'Find one good resource for {goal}',
        20,
        'MEDIUM',
        'A book, course or person that could guide {goal}: pick one and save it.',
      ),
      t('Plan a week of small steps for {goal}', 30, 'MEDIUM', 'One small step per day for the next week of {goal}.'),
      t(
        'Teach someone one idea from {goal}',
        30,
        'HIGH',
        'Explaining is the best test of understanding: share one idea from {goal}.',
      ),
      t(
        'Note one thing you already know about {goal}',
        10,
        'LOW',
        'Starting from what you know makes the next step of {goal} easier to see.',
      ),
    ],
  },
  CONNECTION: {
    CONCRETE: [
      t('Message someone about {goal}', 10, 'LOW', 'A short, genuine message to someone who matters for {goal}.'),
      t('Call a friend about {goal}', 20, 'MEDIUM', 'A real conversation, not a text, about {goal}.'),
      t('Plan a get-together for {goal}', 30, 'MEDIUM', 'Pick a date, a place and the people, for {goal}.'),
      t('Write a thoughtful note for {goal}', 20, 'LOW', 'A few honest lines of thanks or encouragement, for {goal}.'),
      t('Meet someone in person for {goal}', 30, 'HIGH', 'Coffee, a walk or a visit: show up in person for {goal}.'),
      t('Offer help to someone for {goal}', 20, 'HIGH', 'Ask someone what they need and give them a hand, for {goal}.'),
      t(
        'Share a photo or a memory with someone for {goal}',
        10,
        'LOW',
        'A small sign that you are thinking of them, for {goal}.',
      ),
    ],
    ABSTRACT: [
      NEXT_STEP,
      t(
        'Think of three people who matter to {goal}',
        20,
        'LOW',
        'Write their names and one thing you appreciate about each, for {goal}.',
      ),
      t(
        'Reach out to one person for {goal}',
        10,
        'MEDIUM',
        'One message or call to someone you have been meaning to contact, for {goal}.',
      ),
      t(
        'Plan one shared moment for {goal}',
        20,
        'MEDIUM',
        'A meal, a call or a walk together: put a date on it for {goal}.',
      ),
      t(
        'Start a real conversation about {goal}',
        30,
        'HIGH',
        'Ask someone an open question and listen, with {goal} in mind.',
      ),
    ],
  },
};

/** The UTC calendar day: the unit of variation (a new day, new quests; the same day, the same quests). */
function dayKey(now: Date): string {
  return Number.isNaN(now.getTime()) ? 'invalid-date' : now.toISOString().slice(0, 10);
}

/** The templates in a per-(seed, day) order. Ties (hash collisions) keep the library order. */
function shuffled<T>(items: readonly T[], seed: string, day: string): T[] {
  return items
    .map((item, index) => ({ item, index, key: stableHash(`${seed}|${day}|${index}`) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.item);
}

/** The goal's title, cut at a word so that the text around it still fits in `max` characters. */
function goalSlot(goal: GoalContext, room: number): string {
  const title = cleanInlineText(goal.title) || 'your goal';
  return truncateAtWord(title, Math.max(1, room));
}

function fill(template: QuestTemplate, goal: GoalContext | null, valueCategory: ValueCategory): QuestProposal {
  const titleRoom = QUEST_TITLE_MAX - textLength(template.title.replace(GOAL_SLOT, ''));
  const title = goal ? template.title.replace(GOAL_SLOT, goalSlot(goal, titleRoom)) : template.title;
  const description = goal
    ? template.description.replace(GOAL_SLOT, goalSlot(goal, DESCRIPTION_GOAL_MAX))
    : template.description;
  return {
    goalId: goal?.id ?? null,
    title: cleanInlineText(title),
    description: truncateAtWord(description, QUEST_DESCRIPTION_MAX),
    estimatedMinutes: template.minutes,
    energyLevel: template.energy,
    valueCategory,
  };
}

/**
 * Near deadlines first (a goal due soon cannot wait), then the most neglected,
 * then id so the order is total. The order decides which goal's candidates
 * come first, which is how ties in selection are resolved.
 */
function goalsByNeed(context: GenerationContext): GoalContext[] {
  const deadline = (g: GoalContext): number => g.targetDate?.getTime() ?? Infinity;
  return [...context.goals].sort(
    (a, b) =>
      deadline(a) - deadline(b) ||
      goalNeglect(b, context) - goalNeglect(a, context) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Round by round, each goal contributes up to MAX_QUESTS_PER_GOAL new
 * candidates, until there are enough to choose from or the templates run out.
 * Whole rounds only: stopping mid-round would starve the last goals.
 */
function goalCandidates(context: GenerationContext, wanted: number): QuestProposal[] {
  const day = dayKey(context.now);
  const lists = goalsByNeed(context).map((goal) => ({
    goal,
    templates: shuffled(TEMPLATE_LIBRARY[goal.valueCategory][goal.goalType], goal.id, day),
  }));
  const candidates: QuestProposal[] = [];
  for (let start = 0; candidates.length < wanted; start += MAX_QUESTS_PER_GOAL) {
    const round = lists.flatMap(({ goal, templates }) =>
      templates.slice(start, start + MAX_QUESTS_PER_GOAL).map((template) => fill(template, goal, goal.valueCategory)),
    );
    if (round.length === 0) break;
    candidates.push(...round);
  }
  return candidates;
}

/**
 * Every template of every active goal, two per goal per round in the order of
 * need, so any prefix of the list is already spread over the goals. These are
 * the fill-ins the batch rules may use (quest-batch-rules.ts).
 */
export function deterministicCandidates(context: GenerationContext): QuestProposal[] {
  return goalCandidates(context, Infinity);
}

/**
 * The offline generator's batch: its own candidates under the batch rules, so
 * it never produces a batch that breaks them. Empty for a user without an
 * active goal (generated quests always serve a goal).
 */
export function generateDeterministicQuests(context: GenerationContext, count: number): QuestProposal[] {
  const sized = { ...context, targetCount: clampBatchSize(count) };
  return decideQuestBatch(sized, null, deterministicCandidates(context)).batch.map(
    ({ origin: _origin, ...quest }) => quest,
  );
}
