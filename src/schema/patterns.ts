import type { GoalActivity, QuestPatterns } from '../domain/quest-types.js';
import { ENERGY_LEVELS, VALUE_CATEGORIES } from '../domain/vocabulary.js';
import { loadGenerationContext } from '../resolvers/quest-generation/generation-context.js';
import { builder } from './builder.js';
import { GoalRef, ValueCategoryEnum } from './goal.js';
import { EnergyLevelEnum, ViewerRef } from './viewer.js';

const EnergyShareRef = builder
  .objectRef<{ energyLevel: (typeof ENERGY_LEVELS)[number]; share: number; completionRate: number | null }>(
    'EnergyPattern',
  )
  .implement({
    description: 'How the viewer does at one energy level.',
    fields: (t) => ({
      energyLevel: t.field({
        type: EnergyLevelEnum,
        description: 'The energy level.',
        resolve: (row) => row.energyLevel,
      }),
      share: t.exposeFloat('share', { description: 'Share of completions at this energy level (0–1).' }),
      completionRate: t.exposeFloat('completionRate', {
        nullable: true,
        description: 'Completed / (completed + abandoned) sessions at this level; null without sessions.',
      }),
    }),
  });

const CategoryShareRef = builder
  .objectRef<{ valueCategory: (typeof VALUE_CATEGORIES)[number]; share: number }>('CategoryPattern')
  .implement({
    description: "How much of the viewer's work went to one value category.",
    fields: (t) => ({
      valueCategory: t.field({
        type: ValueCategoryEnum,
        description: 'The value category.',
        resolve: (row) => row.valueCategory,
      }),
      share: t.exposeFloat('share', { description: 'Share of completions in this category (0–1).' }),
    }),
  });

const GoalActivityRef = builder.objectRef<GoalActivity>('GoalActivity').implement({
  description: 'How recently and how much one active goal was worked on.',
  fields: (t) => ({
    goal: t.prismaField({
      type: GoalRef,
      nullable: true,
      description: 'The goal; null if it can no longer be read.',
      resolve: (query, row, _args, context) =>
        context.prisma.goal.findFirst({ ...query, where: { id: row.goalId, userId: context.viewer.id } }),
    }),
    completions: t.exposeInt('completions', { description: 'Completions of its missions in the window.' }),
    lastWorkedAt: t.expose('lastWorkedAt', {
      type: 'DateTime',
      nullable: true,
      description: "The latest completion in the window, else the goal's own lastWorkedAt; null if never worked on.",
    }),
    daysSinceLastWorked: t.exposeInt('daysSinceLastWorked', {
      nullable: true,
      description: 'Whole days since lastWorkedAt, or since the goal was created if never worked on.',
    }),
  }),
});

const QuestPatternsRef = builder.objectRef<QuestPatterns>('QuestPatterns').implement({
  description: 'How the viewer actually works, from their last 30 days of sessions.',
  fields: (t) => ({
    windowDays: t.exposeInt('windowDays', { description: 'The length of the window, in days (30).' }),
    completedCount: t.exposeInt('completedCount', { description: 'Sessions completed in the window.' }),
    completionsByHour: t.exposeIntList('completionsByHour', {
      description: "24 counts: completions by local hour of day (index = hour, in the viewer's time zone).",
    }),
    peakHours: t.exposeIntList('peakHours', {
      description:
        'Up to 3 busiest local hours (0–23), busiest first, earlier hour on ties; hours without completions never count.',
    }),
    meanActualMinutes: t.exposeFloat('meanActualMinutes', {
      nullable: true,
      description: 'Mean minutes actually worked per completed session, 1 decimal; null without completions.',
    }),
    energy: t.field({
      type: [EnergyShareRef],
      description: 'One row per energy level, LOW to HIGH.',
      resolve: (patterns) =>
        ENERGY_LEVELS.map((energyLevel) => ({
          energyLevel,
          share: patterns.energyDistribution[energyLevel],
          completionRate: patterns.energyCompletionRate[energyLevel],
        })),
    }),
    categories: t.field({
      type: [CategoryShareRef],
      description: 'One row per value category.',
      resolve: (patterns) =>
        VALUE_CATEGORIES.map((valueCategory) => ({
          valueCategory,
          share: patterns.categoryDistribution[valueCategory],
        })),
    }),
    goalActivity: t.field({
      type: [GoalActivityRef],
      description: 'Active goals, most completions first, then the most recently worked on.',
      resolve: (patterns) => patterns.goalActivity,
    }),
  }),
});

builder.objectField(ViewerRef, 'questPatterns', (t) =>
  t.field({
    type: QuestPatternsRef,
    description: 'How the viewer works, as quest generation sees it: hours, durations, energy and categories.',
    resolve: async (viewer, _args, context) =>
      (await loadGenerationContext(context.prisma, viewer.id, context.now())).patterns,
  }),
);
