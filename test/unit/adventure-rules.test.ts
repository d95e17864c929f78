import { describe, expect, it } from 'vitest';
import {
  CHOSEN_QUEST_STATUSES,
  epilogueMoments,
  isQuestComplete,
  matchObjectivesByKeywords,
  questProgress,
  resolveCompletedObjectives,
} from '../../src/domain/adventure-rules.js';
import { EPILOGUE_MOMENTS, type MomentView, type ObjectiveView } from '../../src/domain/adventure-types.js';
import { ADVENTURE_QUEST_STATUSES } from '../../src/domain/vocabulary.js';

const DONE = new Date('2025-06-01T12:00:00.000Z');

function objective(id: string, keywords: string[], completedAt: Date | null = null): ObjectiveView {
  return { id, description: `objective ${id}`, keywords, completedAt };
}

const OBJECTIVES: ObjectiveView[] = [
  objective('o1', ['key', 'rusty key']),
  objective('o2', ['épée', 'Dragon Slayer']),
  objective('o3', ['map'], DONE),
  objective('o4', ['ferryman']),
];

describe('matchObjectivesByKeywords', () => {
  it('matches whole words only, case-insensitively', () => {
    expect(matchObjectivesByKeywords('I take the KEY from the hook', OBJECTIVES)).toEqual(['o1']);
    expect(matchObjectivesByKeywords('I put the keyring away, a monkey watches', OBJECTIVES)).toEqual([]);
    expect(matchObjectivesByKeywords('Key!', OBJECTIVES)).toEqual(['o1']);
  });

  it('ignores accents on either side', () => {
    expect(matchObjectivesByKeywords('I draw the epee', OBJECTIVES)).toEqual(['o2']);
    expect(matchObjectivesByKeywords('Je prends l’ÉPÉE', OBJECTIVES)).toEqual(['o2']);
    expect(matchObjectivesByKeywords('I pay the férryman', OBJECTIVES)).toEqual(['o4']);
  });

  it('matches multi-word keywords as a sequence of whole words', () => {
    expect(matchObjectivesByKeywords('I ask for the dragon   slayer, quickly', OBJECTIVES)).toEqual(['o2']);
    expect(matchObjectivesByKeywords('a dragon and its slayer', OBJECTIVES)).toEqual([]);
    expect(matchObjectivesByKeywords('the dragon slayers gather', OBJECTIVES)).toEqual([]);
  });

  it('never matches a completed objective again, and returns objective order', () => {
    expect(matchObjectivesByKeywords('I unfold the map', OBJECTIVES)).toEqual([]);
    expect(matchObjectivesByKeywords('the ferryman trades a map for the key', OBJECTIVES)).toEqual(['o1', 'o4']);
  });

  it('ignores empty keywords and empty actions', () => {
    const objectives = [objective('x', ['', '  ', '!!'])];
    expect(matchObjectivesByKeywords('anything at all', objectives)).toEqual([]);
    expect(matchObjectivesByKeywords('   ', OBJECTIVES)).toEqual([]);
  });
});

describe('resolveCompletedObjectives', () => {
  it('lets the narrator markers win over keywords', () => {
    expect(resolveCompletedObjectives(['o4'], 'I take the key', OBJECTIVES)).toEqual(['o4']);
  });

  it('ignores unknown, foreign and already completed ids, then falls back to keywords', () => {
    expect(resolveCompletedObjectives(['other-quest-objective', 'o3'], 'I take the key', OBJECTIVES)).toEqual(['o1']);
    expect(resolveCompletedObjectives(['nope', 'o2'], 'I take the key', OBJECTIVES)).toEqual(['o2']);
    expect(resolveCompletedObjectives([], 'I wait', OBJECTIVES)).toEqual([]);
  });

  it('deduplicates and returns objective order', () => {
    expect(resolveCompletedObjectives(['o4', 'o1', 'o4', 'o1'], '', OBJECTIVES)).toEqual(['o1', 'o4']);
  });
});

describe('questProgress and isQuestComplete', () => {
  it('is completed / total, 0 without objectives', () => {
    expect(questProgress(OBJECTIVES)).toBe(0.25);
    expect(questProgress([])).toBe(0);
    expect(questProgress([{ completedAt: DONE }, { completedAt: DONE }])).toBe(1);
  });

  it('is complete only when every objective is', () => {
    expect(isQuestComplete(OBJECTIVES)).toBe(false);
    expect(isQuestComplete([{ completedAt: DONE }, { completedAt: DONE }])).toBe(true);
    expect(isQuestComplete([])).toBe(false);
  });
});

describe('epilogueMoments', () => {
  const moment = (turn: number, significance: number, summary = `turn ${turn}`): MomentView => ({
    turn,
    kind: 'DISCOVERY',
    summary,
    significance,
  });

  it('keeps the 15 most significant moments, in turn order', () => {
    // 30 moments given out of order; the significant ones are on the odd turns.
    const moments = Array.from({ length: 30 }, (_, i) => 30 - i).map((turn) => moment(turn, turn % 2 ? 0.9 : 0.1));
    const picked = epilogueMoments(moments);
    expect(EPILOGUE_MOMENTS).toBe(15);
    expect(picked.map((m) => m.turn)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]);
  });

  it('breaks significance ties by the earlier turn', () => {
    const moments = [moment(9, 0.5), moment(2, 0.5), moment(5, 0.8), moment(7, 0.5)];
    expect(epilogueMoments(moments, 3).map((m) => m.turn)).toEqual([2, 5, 7]);
  });

  it('keeps the given order within a turn, returns all when fewer than the limit, and copies', () => {
    const moments = [moment(4, 0.2, 'a'), moment(4, 0.9, 'b'), moment(1, 0.1, 'c')];
    expect(epilogueMoments(moments).map((m) => m.summary)).toEqual(['c', 'a', 'b']);
    expect(epilogueMoments(moments)).not.toBe(moments);
    expect(epilogueMoments([])).toEqual([]);
    expect(epilogueMoments(moments, 0)).toEqual([]);
  });

  it('ranks a NaN significance lowest', () => {
    expect(epilogueMoments([moment(1, Number.NaN), moment(2, 0)], 1).map((m) => m.turn)).toEqual([2]);
  });
});

describe('CHOSEN_QUEST_STATUSES', () => {
  it('are the chosen quest while active and once completed, never an offer still open or declined', () => {
    expect(CHOSEN_QUEST_STATUSES).toEqual(['ACTIVE', 'COMPLETED']);
    expect(ADVENTURE_QUEST_STATUSES.filter((status) => !CHOSEN_QUEST_STATUSES.includes(status))).toEqual([
      'OFFERED',
      'DECLINED',
    ]);
  });
});
