/**
 * The deterministic quest generator: the offline model, and the fallback when
 * a real model fails or returns too few valid quests. It writes goal-specific
 * quests from a template library keyed by value category and goal type, then
 * lets selectDiverseBatch decide, so its output obeys the same diversity rules
 * as a model's.
 *
 * Deterministic by construction: templates are chosen by a stable hash of
 * (goal id, UTC date of `now`, template index), so the same input always gives
 * the same quests, while a new day reshuffles them.
 */
import { clampBatchSize, extendDiverseBatch, goalNeglect, selectDiverseBatch } from './quest-diversity.js';
import {
  MAX_QUESTS_PER_GOAL,
  QUEST_DESCRIPTION_MAX,
  QUEST_TITLE_MAX,
  VALUE_CATEGORIES,
  type EnergyLevel,
  type GenerationContext,
  type GoalContext,
  type QuestProposal,
  type ValueCategory,
} from './quest-types.js';
import { cleanInlineText, textLength, truncateAtWord } from './quest-validation.js';

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
/** Candidates per requested quest: enough choice for the diversity rules to work with. */
const CANDIDATES_PER_QUEST = 3;

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

/** Quests for users without active goals: general steps in each value category. */
export const GOAL_LESS_TEMPLATES: Readonly<Record<ValueCategory, readonly QuestTemplate[]>> = {
  HEALTH: [
    t('Take a brisk 20-minute walk', 20, 'MEDIUM', 'A steady walk at a pace that warms you up.'),
    t('Stretch for 10 minutes', 10, 'LOW', 'Gentle stretches for back, hips and shoulders.'),
    t('Do a 30-minute workout', 30, 'HIGH', 'A full session that gets your heart rate up.'),
    t('Cook a simple healthy meal', 30, 'MEDIUM', 'Something nourishing, with vegetables, made by you.'),
    t('Rest your eyes and drink a glass of water', 10, 'LOW', 'Step away from screens for a few minutes.'),
  ],
  CRAFT: [
    t('Sketch something you can see right now', 10, 'LOW', 'No eraser, no judgement: just look and draw.'),
    t('Make something small with your hands', 30, 'HIGH', 'Cook, fold, build, knit or repair: finish one small thing.'),
    t(
      'Tidy one corner of your workspace',
      20,
      'MEDIUM',
      'A clear space makes the next creative session easier to start.',
    ),
    t('Write one page of anything', 20, 'MEDIUM', 'A story, a letter, a memory: fill one page.'),
    t('Collect three ideas for a future project', 10, 'LOW', 'Write down what you would love to make one day.'),
  ],
  GROWTH: [
    t('Read one chapter of a book', 30, 'MEDIUM', 'Read with a pen at hand and mark one idea worth keeping.'),
    t('Write down three things you learned this week', 10, 'LOW', 'Noticing what you learn makes it stick.'),
    t('Practise a skill you want to improve', 20, 'HIGH', 'Twenty focused minutes, slightly beyond your comfort zone.'),
    t(
      'Watch one short lesson on a new topic',
      20,
      'LOW',
      'A short video or talk about something you know little about.',
    ),
    t(
      'Choose one goal worth pursuing',
      30,
      'MEDIUM',
      'Write down what you want to grow toward, and why it matters to you.',
    ),
  ],
  CONNECTION: [
    t('Message someone you miss', 10, 'LOW', 'A short, genuine message to someone you have not talked to in a while.'),
    t('Call a friend or relative', 20, 'MEDIUM', 'A real conversation, not a text.'),
    t('Write a thank-you note', 20, 'LOW', 'Tell someone what they did for you and why it mattered.'),
    t('Invite someone for a walk', 30, 'HIGH', 'Fresh air and good company: set a time today.'),
    t('Plan a get-together', 30, 'MEDIUM', 'Pick a date, a place and the people.'),
  ],
};

/** FNV-1a, 32 bits: tiny, stable across platforms and runs, good enough to shuffle a dozen templates. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

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

/** Least-served categories first (zero pending included); ties in the fixed category order. */
function categoriesByNeed(context: GenerationContext): ValueCategory[] {
  const pending = (c: ValueCategory): number => context.pendingByCategory[c] ?? 0;
  return [...VALUE_CATEGORIES].sort((a, b) => pending(a) - pending(b));
}

/** Round-robin over categories, neediest first, so any prefix of the list is already spread out. */
function goalLessCandidates(context: GenerationContext, wanted: number): QuestProposal[] {
  const day = dayKey(context.now);
  const lists = categoriesByNeed(context).map((category) => ({
    category,
    templates: shuffled(GOAL_LESS_TEMPLATES[category], `category:${category}`, day),
  }));
  const candidates: QuestProposal[] = [];
  for (let index = 0; candidates.length < wanted; index += 1) {
    const round = lists.flatMap(({ category, templates }) => {
      const template = templates[index];
      return template ? [fill(template, null, category)] : [];
    });
    if (round.length === 0) break;
    candidates.push(...round.slice(0, wanted - candidates.length));
  }
  return candidates;
}

export function generateDeterministicQuests(context: GenerationContext, count: number): QuestProposal[] {
  const size = clampBatchSize(count);
  const wanted = size * CANDIDATES_PER_QUEST;
  const goalQuests = selectDiverseBatch(goalCandidates(context, wanted), context, size);
  if (goalQuests.length >= size) return goalQuests;
  // No goals, or too few to fill a run under the per-goal cap: goal-less quests
  // fill the remaining slots, chosen under the same rules but never displacing
  // a goal's quest (a step toward a goal is worth more than a generic one).
  return extendDiverseBatch(goalQuests, goalLessCandidates(context, wanted), context, size);
}
