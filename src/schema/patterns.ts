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
    fields: (t) => ({
      energyLevel: t.field({ type: EnergyLevelEnum, resolve: (row) => row.energyLevel }),
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
    fields: (t) => ({
      valueCategory: t.field({ type: ValueCategoryEnum, resolve: (row) => row.valueCategory }),
      share: t.exposeFloat('share', { description: 'Share of completions in this category (0–1).' }),
    }),
  });

const GoalActivityRef = builder.objectRef<GoalActivity>('GoalActivity').implement({
  fields: (t) => ({
    goal: t.prismaField({
      type: GoalRef,
      nullable: true,
      resolve: (query, row, _args, context) =>
        context.prisma.goal.findFirst({ ...query, where: { id: row.goalId, userId: context.viewer.id } }),
    }),
    completions: t.exposeInt('completions'),
    lastWorkedAt: t.expose('lastWorkedAt', { type: 'DateTime', nullable: true }),
    daysSinceLastWorked: t.exposeInt('daysSinceLastWorked', { nullable: true }),
  }),
});

const QuestPatternsRef = builder.objectRef<QuestPatterns>('QuestPatterns').implement({
  description: 'How the viewer actually works, from their last 30 days of sessions.',
  fields: (t) => ({
    windowDays: t.exposeInt('windowDays'),
    completedCount: t.exposeInt('completedCount'),
    completionsByHour: t.exposeIntList('completionsByHour', {
      description: "24 counts: completions by local hour of day (index = hour, in the viewer's time zone).",
    }),
    peakHours: t.exposeIntList('peakHours'),
    meanActualMinutes: t.exposeFloat('meanActualMinutes', { nullable: true }),
    energy: t.field({
      type: [EnergyShareRef],
      resolve: (patterns) =>
        ENERGY_LEVELS.map((energyLevel) => ({
          energyLevel,
          share: patterns.energyDistribution[energyLevel],
          completionRate: patterns.energyCompletionRate[energyLevel],
        })),
    }),
    categories: t.field({
      type: [CategoryShareRef],
      resolve: (patterns) =>
        VALUE_CATEGORIES.map((valueCategory) => ({
          valueCategory,
          share: patterns.categoryDistribution[valueCategory],
        })),
    }),
    goalActivity: t.field({
      type: [GoalActivityRef],
      description: 'Active goals, most recently active first.',
      resolve: (patterns) => patterns.goalActivity,
    }),
  }),
});

builder.objectField(ViewerRef, 'questPatterns', (t) =>
  t.field({
    type: QuestPatternsRef,
    resolve: async (viewer, _args, context) =>
      (await loadGenerationContext(context.prisma, viewer.id, context.now())).patterns,
  }),
);
