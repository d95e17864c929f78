import { describe, expect, it } from 'vitest';
import {
  MAX_TURN_VERSIONS,
  lastTurnRefusal,
  objectivesBefore,
  retryRefusal,
  turnOutcome,
  type TurnInput,
} from '../../src/domain/adventure-turn.js';

const quest = {
  id: 'q',
  title: 'The Drowned Lantern',
  description: 'The lighthouse has gone dark.',
  objectives: [
    { id: 'a', description: 'Find the lantern', keywords: ['lantern'], completedAt: null },
    { id: 'b', description: 'Cross the river', keywords: ['ferry'], completedAt: new Date('2026-01-01T00:00:00Z') },
  ],
};

const input = (overrides: Partial<TurnInput> = {}): TurnInput => ({
  turn: 10,
  action: 'I wait.',
  maxTurns: 50,
  pacingEnabled: true,
  before: { phase: 'RISING_ACTION', climaxReached: false, questCompletedAtTurn: null, denouementStartedAtTurn: null },
  quest,
  answer: { completedObjectiveIds: [], keyMoment: null },
  ...overrides,
});

describe('turnOutcome', () => {
  it('moves the story on without touching the quest when nothing is completed', () => {
    expect(turnOutcome(input())).toEqual({
      after: {
        phase: 'RISING_ACTION',
        climaxReached: false,
        questCompletedAtTurn: null,
        denouementStartedAtTurn: null,
      },
      completedObjectiveIds: [],
      questCompleted: false,
      moments: [],
      closure: null,
    });
  });

  it('completes the quest with its last objective and records the key moment then the triumph', () => {
    const keyMoment = { kind: 'DISCOVERY' as const, summary: 'The lantern shines.', significance: 0.8 };
    const outcome = turnOutcome(input({ turn: 30, answer: { completedObjectiveIds: ['a'], keyMoment } }));
    expect(outcome.completedObjectiveIds).toEqual(['a']);
    expect(outcome.questCompleted).toBe(true);
    expect(outcome.after.questCompletedAtTurn).toBe(30);
    expect(outcome.moments).toEqual([
      { ...keyMoment, turn: 30 },
      { kind: 'TRIUMPH', summary: 'Completed the quest "The Drowned Lantern"', significance: 1, turn: 30 },
    ]);
    expect(outcome.closure).toBeNull(); // one denouement turn is played first
  });

  it('falls back to the action keywords, closes at the cap, and is the same for the same input', () => {
    const outcome = turnOutcome(input({ turn: 50, action: 'I lift the lantern.' }));
    expect(outcome.completedObjectiveIds).toEqual(['a']);
    expect(outcome.closure).toBe('TURN_CAP');
    expect(turnOutcome(input({ turn: 50, action: 'I lift the lantern.' }))).toEqual(outcome);
    const completedBefore = { ...input().before, questCompletedAtTurn: 30 };
    expect(turnOutcome(input({ turn: 31, before: completedBefore })).closure).toBe('QUEST_COMPLETE');
  });

  it('applying the kept answer again gives the same outcome (a version choice re-applies it)', () => {
    const first = turnOutcome(input({ action: 'I lift the lantern.' }));
    const again = turnOutcome(
      input({
        action: 'I lift the lantern.',
        answer: { completedObjectiveIds: first.completedObjectiveIds, keyMoment: null },
      }),
    );
    expect(again).toEqual(first);
  });
});

describe('going back on the last turn', () => {
  it('reopens what a turn completed, and only that', () => {
    const objectives = [
      { id: 'a', completedAt: new Date(1), completedAtTurn: 4 },
      { id: 'b', completedAt: new Date(2), completedAtTurn: 5 },
      { id: 'c', completedAt: null, completedAtTurn: null },
    ];
    expect(objectivesBefore(objectives, 5)).toEqual([
      objectives[0],
      { id: 'b', completedAt: null, completedAtTurn: null },
      objectives[2],
    ]);
  });

  it('needs a turn on an adventure that is active or was closed by it', () => {
    const state = { status: 'ACTIVE' as const, completionReason: null, inCreation: false, turn: 3 };
    expect(lastTurnRefusal(state)).toBeNull();
    expect(lastTurnRefusal({ ...state, status: 'COMPLETED', completionReason: 'TURN_CAP' })).toBeNull();
    expect(lastTurnRefusal({ ...state, turn: 0 })).toMatch(/no turn/);
    expect(lastTurnRefusal({ ...state, inCreation: true })).toMatch(/no turn/);
    expect(lastTurnRefusal({ ...state, status: 'ABANDONED', completionReason: 'ABANDONED' })).toMatch(/abandoned/);
  });

  it('caps the versions of a turn', () => {
    expect(retryRefusal(MAX_TURN_VERSIONS - 1)).toBeNull();
    expect(retryRefusal(MAX_TURN_VERSIONS)).toMatch(`${MAX_TURN_VERSIONS} times`);
  });
});
