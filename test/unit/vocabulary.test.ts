import { $Enums } from '@prisma/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ADVENTURE_PHASES,
  ADVENTURE_QUEST_STATUSES,
  COMPLETION_REASONS,
  ENERGY_LEVELS,
  GOAL_STATUSES,
  GOAL_TYPES,
  MISSION_STATUSES,
  MOMENT_KINDS,
  PACING_DIRECTIVES,
  PACING_URGENCIES,
  SESSION_STATUSES,
  VALUE_CATEGORIES,
  type AdventurePhase,
  type AdventureQuestStatus,
  type ClosureReason,
  type CompletionReason,
  type EnergyLevel,
  type GoalStatus,
  type GoalType,
  type MissionStatus,
  type MomentKind,
  type SessionStatus,
  type ValueCategory,
} from '../../src/domain/vocabulary.js';

// The database's enums are imported here, in the test only: the domain never imports Prisma.
const STORED_IN_THE_DATABASE = {
  EnergyLevel: ENERGY_LEVELS,
  ValueCategory: VALUE_CATEGORIES,
  GoalType: GOAL_TYPES,
  GoalStatus: GOAL_STATUSES,
  MissionStatus: MISSION_STATUSES,
  SessionStatus: SESSION_STATUSES,
  AdventurePhase: ADVENTURE_PHASES,
  CompletionReason: COMPLETION_REASONS,
  MomentKind: MOMENT_KINDS,
  AdventureQuestStatus: ADVENTURE_QUEST_STATUSES,
} as const;

/** Database enums no domain rule reads: the use cases and the schema take them from Prisma. */
const STORAGE_ONLY = [
  'Role',
  'MissionSource',
  'QuestOrigin',
  'GenerationTrigger',
  'GenerationStatus',
  'GenerationAlertKind',
  'AdventureStatus',
  'GamePhase',
];

describe('the vocabulary and the database enums', () => {
  it.each(Object.entries(STORED_IN_THE_DATABASE))('%s has the same values in the same order', (name, values) => {
    const stored = $Enums[name as keyof typeof $Enums];
    expect(values).toEqual(Object.values(stored));
  });

  it('accounts for every database enum, so a new one is a decision rather than a silent gap', () => {
    expect(new Set(Object.keys($Enums))).toEqual(new Set([...Object.keys(STORED_IN_THE_DATABASE), ...STORAGE_ONLY]));
  });

  it('derives types the database types accept and give back', () => {
    expectTypeOf<EnergyLevel>().toEqualTypeOf<$Enums.EnergyLevel>();
    expectTypeOf<ValueCategory>().toEqualTypeOf<$Enums.ValueCategory>();
    expectTypeOf<GoalType>().toEqualTypeOf<$Enums.GoalType>();
    expectTypeOf<GoalStatus>().toEqualTypeOf<$Enums.GoalStatus>();
    expectTypeOf<MissionStatus>().toEqualTypeOf<$Enums.MissionStatus>();
    expectTypeOf<SessionStatus>().toEqualTypeOf<$Enums.SessionStatus>();
    expectTypeOf<AdventurePhase>().toEqualTypeOf<$Enums.AdventurePhase>();
    expectTypeOf<CompletionReason>().toEqualTypeOf<$Enums.CompletionReason>();
    expectTypeOf<MomentKind>().toEqualTypeOf<$Enums.MomentKind>();
    expectTypeOf<AdventureQuestStatus>().toEqualTypeOf<$Enums.AdventureQuestStatus>();
  });
});

describe('the vocabulary', () => {
  const lists = { ...STORED_IN_THE_DATABASE, PACING_DIRECTIVES, PACING_URGENCIES };

  it.each(Object.entries(lists))('%s lists each value once', (_name, values) => {
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(0);
  });

  it('has one pacing directive per adventure phase', () => {
    expect(PACING_DIRECTIVES).toHaveLength(ADVENTURE_PHASES.length);
  });

  it('lists pacing urgencies from the calmest to the most pressing', () => {
    expect(PACING_URGENCIES).toEqual(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
  });

  it('closes an adventure by the pacing rules for every completion reason but abandoning', () => {
    expectTypeOf<ClosureReason>().toEqualTypeOf<'QUEST_COMPLETE' | 'TURN_CAP'>();
    expect(COMPLETION_REASONS.filter((reason) => reason !== 'ABANDONED')).toEqual(['QUEST_COMPLETE', 'TURN_CAP']);
  });
});
