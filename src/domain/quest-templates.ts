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

/**
 * Concrete goals get doing; abstract goals get reflecting and planning.
 * Each list holds 15 templates, 5 per length (10/20/30 minutes), each length
 * with at least two energy levels, about 30/50/20 LOW/MEDIUM/HIGH overall. Why
 * that wide: a single-goal user keeps up to 4 pending missions from one list
 * and titles may not repeat, so even if those 4 share one length, what is left
 * still covers all three lengths with mixed energies (quest-batch-rules.ts).
 */
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
      t(
        'Do a 10-minute mobility routine for {goal}',
        10,
        'MEDIUM',
        'Circle your joints and loosen up from neck to ankles, to keep {goal} moving.',
      ),
      t(
        'Climb a few flights of stairs for {goal}',
        10,
        'MEDIUM',
        'Take the stairs at a steady pace, a short boost of activity for {goal}.',
      ),
      t(
        'Set out tomorrow’s gear for {goal}',
        10,
        'LOW',
        'Shoes, clothes and water bottle by the door, so tomorrow’s step for {goal} is ready.',
      ),
      t(
        'Do a slow 20-minute yoga flow for {goal}',
        20,
        'LOW',
        'Easy poses and calm breathing that support {goal} without strain.',
      ),
      t(
        'Practise balance and posture for {goal}',
        20,
        'MEDIUM',
        'Single-leg stands, wall sits and posture holds that build a base for {goal}.',
      ),
      t(
        'Cycle or swim at an easy pace for {goal}',
        20,
        'MEDIUM',
        'Steady movement you can keep up while talking, for {goal}.',
      ),
      t(
        'Go for a relaxed 30-minute walk outdoors for {goal}',
        30,
        'LOW',
        'An unhurried walk in fresh air: gentle movement still counts for {goal}.',
      ),
      t(
        'Shop for a week of healthy groceries for {goal}',
        30,
        'MEDIUM',
        'Make a list first, then buy what the week’s meals for {goal} need.',
      ),
      t(
        'Do an interval session for {goal}',
        30,
        'HIGH',
        'Alternate hard efforts with easy recovery, a demanding session for {goal}.',
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
      t(
        'Pick a fixed time of day for {goal}',
        10,
        'MEDIUM',
        'Choose when in your day {goal} fits best, and put it in your calendar.',
      ),
      t(
        'Note one obstacle to {goal} and a way around it',
        10,
        'MEDIUM',
        'Name what usually gets in the way of {goal} and one way to step around it.',
      ),
      t(
        'Test one exercise you could use for {goal}',
        10,
        'HIGH',
        'A short, full-effort try to find out whether it suits {goal}.',
      ),
      t(
        'Review how you slept and ate this week for {goal}',
        20,
        'LOW',
        'Look back over the week calmly and note one pattern that matters for {goal}.',
      ),
      t(
        'Research one approach that could help {goal}',
        20,
        'MEDIUM',
        'Read about one method or programme and note whether it fits {goal}.',
      ),
      t(
        'Try a short new routine and judge its fit for {goal}',
        20,
        'HIGH',
        'Do it once at full effort, then note how it felt for {goal}.',
      ),
      t(
        'Sketch your ideal healthy week for {goal}',
        30,
        'LOW',
        'Imagine a realistic week that serves {goal} and write it down day by day.',
      ),
      t(
        'Plan a month of milestones for {goal}',
        30,
        'MEDIUM',
        'Set one small, checkable milestone per week of the coming month for {goal}.',
      ),
      t(
        'Prepare a simple tracking sheet for {goal}',
        30,
        'MEDIUM',
        'A page or a spreadsheet with the few things worth tracking for {goal}.',
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
      t(
        'Warm up with a quick exercise for {goal}',
        10,
        'MEDIUM',
        'A quick sketch, scale or test piece to get your hands going for {goal}.',
      ),
      t(
        'Try one new technique on a scrap for {goal}',
        10,
        'MEDIUM',
        'Test it on something that does not matter before using it in {goal}.',
      ),
      t(
        'Make a 10-minute speed draft for {goal}',
        10,
        'HIGH',
        'Work fast and without stopping: a full pass at the next part of {goal}.',
      ),
      t(
        'Rework one section of {goal}',
        20,
        'MEDIUM',
        'Take one part of {goal} that is nearly right and make it better.',
      ),
      t(
        'Photograph and review your progress on {goal}',
        20,
        'LOW',
        'Look at {goal} with fresh eyes and note what works and what does not.',
      ),
      t(
        'Work through one tutorial step for {goal}',
        30,
        'MEDIUM',
        'Follow one step of a tutorial and apply it to {goal} as you go.',
      ),
      t(
        'Assemble the parts you have made for {goal}',
        30,
        'MEDIUM',
        'Put the finished pieces of {goal} together and see how they fit.',
      ),
      t(
        'Sort and label your drafts for {goal}',
        30,
        'LOW',
        'Order your sketches, files or pieces so the next session on {goal} starts fast.',
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
      t(
        'Save one piece that inspires {goal}',
        10,
        'LOW',
        'Find one image, song or object that captures the feeling you want for {goal}.',
      ),
      t(
        'Name the one skill {goal} needs most',
        10,
        'MEDIUM',
        'Decide which skill would make the biggest difference to {goal} right now.',
      ),
      t(
        'Write a one-line brief for {goal}',
        10,
        'MEDIUM',
        'One sentence on what you want to make and for whom, to steer {goal}.',
      ),
      t(
        'Look through past work for clues about {goal}',
        20,
        'LOW',
        'Browse what you made before and note what you want to carry into {goal}.',
      ),
      t(
        'Choose the materials and tools for {goal}',
        20,
        'MEDIUM',
        'Decide what {goal} will be made with, and why those suit it.',
      ),
      t(
        'Make three fast thumbnails for {goal}',
        20,
        'HIGH',
        'Three quick, different takes on {goal}: quantity first, judgement later.',
      ),
      t(
        'Build a mood board for {goal}',
        30,
        'LOW',
        'Gather colours, textures and examples that set the direction of {goal}.',
      ),
      t(
        'Plan the steps of a first piece for {goal}',
        30,
        'MEDIUM',
        'Break a first small piece of {goal} into steps you could each do in a session.',
      ),
      t(
        'Set up a weekly making schedule for {goal}',
        30,
        'MEDIUM',
        'Choose the days, times and place where {goal} gets made each week.',
      ),
      t(
        'Try a bold experiment for {goal}',
        30,
        'HIGH',
        'Make something deliberately different from your usual style to explore {goal}.',
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
      t(
        'Learn five new terms for {goal}',
        10,
        'LOW',
        'Look up five words or concepts you keep meeting in {goal} and note them.',
      ),
      t(
        'Write one question you still have about {goal}',
        10,
        'LOW',
        'Name the gap in your understanding of {goal} so you can fill it next.',
      ),
      t(
        'Do a 10-minute timed drill for {goal}',
        10,
        'HIGH',
        'Fast, focused repetitions against the clock to sharpen {goal}.',
      ),
      t(
        'Make flashcards for {goal}',
        20,
        'MEDIUM',
        'Turn the key facts of {goal} into cards you can review in spare moments.',
      ),
      t(
        'Correct your mistakes from last session on {goal}',
        20,
        'MEDIUM',
        'Redo what went wrong last time and note why, to strengthen {goal}.',
      ),
      t(
        'Listen to a podcast episode for {goal}',
        30,
        'LOW',
        'An easy way to take in new ideas for {goal}: listen and note one takeaway.',
      ),
      t(
        'Take structured notes on one topic for {goal}',
        30,
        'MEDIUM',
        'Headings, key points and one example each, on a topic that matters for {goal}.',
      ),
      t(
        'Work through a practice set for {goal}',
        30,
        'MEDIUM',
        'A handful of exercises in a row, checking each answer, for {goal}.',
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
      t(
        'Pick the one skill that matters most for {goal}',
        10,
        'MEDIUM',
        'Choose where to focus first so {goal} does not spread too thin.',
      ),
      t(
        'Set a learning target for this week on {goal}',
        10,
        'MEDIUM',
        'One thing you want to be able to do by the end of the week for {goal}.',
      ),
      t(
        'Explain {goal} aloud without notes',
        10,
        'HIGH',
        'Say what you understand out loud; where you stumble is where {goal} needs work.',
      ),
      t(
        'Reflect on how you learn best for {goal}',
        20,
        'LOW',
        'Think back on what has worked for you before and how it could serve {goal}.',
      ),
      t(
        'Map what you know and do not know about {goal}',
        20,
        'MEDIUM',
        'Two lists side by side show where {goal} should go next.',
      ),
      t(
        'Join a discussion or forum about {goal}',
        20,
        'HIGH',
        'Ask a question or answer one: learning with others speeds up {goal}.',
      ),
      t(
        'Read an overview article to frame {goal}',
        30,
        'LOW',
        'A broad introduction that shows the shape of the field around {goal}.',
      ),
      t(
        'Design a simple study routine for {goal}',
        30,
        'MEDIUM',
        'Decide when, where and how long you will work on {goal} each week.',
      ),
      t(
        'Compare two learning paths for {goal}',
        30,
        'MEDIUM',
        'Weigh two courses, books or methods against each other and pick one for {goal}.',
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
      t(
        'Check in on someone you have not heard from for {goal}',
        10,
        'MEDIUM',
        'A quick message to ask how they are really doing, for {goal}.',
      ),
      t(
        'Send an invitation for {goal}',
        10,
        'MEDIUM',
        'Invite someone to something specific, with a date, for {goal}.',
      ),
      t(
        'Introduce two people who should meet for {goal}',
        10,
        'HIGH',
        'Connect two people you know with a short note on why, for {goal}.',
      ),
      t(
        'Write a letter to someone for {goal}',
        20,
        'MEDIUM',
        'A real letter or long message that says what a short text cannot, for {goal}.',
      ),
      t(
        'Listen to someone without giving advice for {goal}',
        20,
        'LOW',
        'Let someone talk and simply listen, a quiet gift for {goal}.',
      ),
      t(
        'Share a meal with someone for {goal}',
        30,
        'MEDIUM',
        'Cook for someone or eat together, and make time to talk, for {goal}.',
      ),
      t(
        'Join a group activity for {goal}',
        30,
        'MEDIUM',
        'A class, a club or a game night where you meet people, for {goal}.',
      ),
      t(
        'Make a small gift or card for {goal}',
        30,
        'LOW',
        'Something handmade and personal for someone who matters to {goal}.',
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
      t(
        'Recall a moment you felt close to someone for {goal}',
        10,
        'LOW',
        'Remember what made that moment work, and what it says about {goal}.',
      ),
      t(
        'Write one question to ask someone for {goal}',
        10,
        'MEDIUM',
        'A question that invites a real answer, ready for your next talk about {goal}.',
      ),
      t(
        'Say one honest thing you usually hold back for {goal}',
        10,
        'HIGH',
        'Kindly tell someone what you really think or feel, for {goal}.',
      ),
      t(
        'Reflect on how you show up for others for {goal}',
        20,
        'LOW',
        'Think about when you were there for someone and when you were not, for {goal}.',
      ),
      t(
        'List the relationships you want to nurture for {goal}',
        20,
        'MEDIUM',
        'Name the people you want to be closer to and one way to start, for {goal}.',
      ),
      t(
        'Ask someone for honest feedback about {goal}',
        20,
        'HIGH',
        'Ask how you come across and listen without defending yourself, for {goal}.',
      ),
      t(
        'Write a letter you may never send for {goal}',
        30,
        'LOW',
        'Put into words what you feel about someone, to get clear on {goal}.',
      ),
      t(
        'Plan a month of small gestures for {goal}',
        30,
        'MEDIUM',
        'One small act of care per week for the people who matter to {goal}.',
      ),
      t(
        'Map your circle of support for {goal}',
        30,
        'MEDIUM',
        'Who supports you, whom you support, and where {goal} has gaps.',
      ),
      t(
        'Look for a community that fits {goal}',
        30,
        'MEDIUM',
        'Search for a group, club or cause where people share what matters for {goal}.',
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
