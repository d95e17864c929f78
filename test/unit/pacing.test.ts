import { describe, expect, it } from 'vitest';
import { MAX_MAX_TURNS, MIN_MAX_TURNS, type PacingState } from '../../src/domain/adventure-types.js';
import {
  closureAfterTurn,
  climaxFloor,
  halfway,
  pacingContext,
  pacingStateAt,
  phaseBoundaries,
  phaseChanged,
} from '../../src/domain/pacing.js';
import { ADVENTURE_PHASES, type AdventurePhase } from '../../src/domain/vocabulary.js';

const BUDGETS = [25, 30, 50, 80, 100];
const rank = (phase: AdventurePhase): number => ADVENTURE_PHASES.indexOf(phase);

function state(turn: number, maxTurns = 50, overrides: Partial<PacingState> = {}): PacingState {
  return {
    turn,
    maxTurns,
    questCompletedAtTurn: null,
    denouementStartedAtTurn: null,
    pacingEnabled: true,
    ...overrides,
  };
}

const phaseAt = (turn: number, maxTurns = 50, overrides: Partial<PacingState> = {}): AdventurePhase =>
  pacingContext(state(turn, maxTurns, overrides)).phase;

const phasesOf = (maxTurns: number, overrides: Partial<PacingState> = {}): AdventurePhase[] =>
  Array.from({ length: maxTurns }, (_, i) => phaseAt(i + 1, maxTurns, overrides));

/** "PHASE first-last" for each phase, in order. */
function ranges(phases: AdventurePhase[]): string[] {
  const out: string[] = [];
  phases.forEach((phase, i) => {
    const last = out.at(-1);
    if (last?.startsWith(`${phase} `)) out[out.length - 1] = `${last.split('-')[0]}-${i + 1}`;
    else out.push(`${phase} ${i + 1}-${i + 1}`);
  });
  return out;
}

describe('pacingContext: closing', () => {
  const state = { maxTurns: 50, denouementStartedAtTurn: null, pacingEnabled: true };
  it('marks the cap and the denouement turn after a completed quest as closing, and nothing else', () => {
    expect(pacingContext({ ...state, turn: 50, questCompletedAtTurn: null }).closing).toBe(true);
    expect(pacingContext({ ...state, turn: 49, questCompletedAtTurn: null }).closing).toBe(false);
    expect(pacingContext({ ...state, turn: 26, questCompletedAtTurn: 25 }).closing).toBe(true);
    expect(pacingContext({ ...state, turn: 25, questCompletedAtTurn: 24 }).closing).toBe(false);
    expect(pacingContext({ ...state, turn: 26, questCompletedAtTurn: 25, pacingEnabled: false })).toMatchObject({
      closing: true,
      guidance: '',
    });
  });
});

describe('phaseBoundaries, halfway, climaxFloor', () => {
  it('gives the DESIGN boundaries for 50 turns', () => {
    expect(phaseBoundaries(50)).toEqual({ risingAction: 6, midPoint: 21, climax: 31, denouement: 43 });
    expect(halfway(50)).toBe(25);
    expect(climaxFloor(50)).toBe(40);
  });

  it('scales the arc to 25 and 100 turns (the tables in docs/adventure-pacing.md)', () => {
    expect(phaseBoundaries(25)).toEqual({ risingAction: 4, midPoint: 11, climax: 16, denouement: 22 });
    expect(phaseBoundaries(100)).toEqual({ risingAction: 11, midPoint: 41, climax: 61, denouement: 85 });
    expect(phaseBoundaries(30)).toEqual({ risingAction: 4, midPoint: 13, climax: 19, denouement: 26 });
    expect(phaseBoundaries(80)).toEqual({ risingAction: 9, midPoint: 33, climax: 49, denouement: 68 });
    expect([halfway(25), climaxFloor(25), halfway(100), climaxFloor(100)]).toEqual([13, 20, 50, 80]);
  });
});

describe('pacingContext: the phase of every turn', () => {
  it('matches the boundaries table for 50 turns, turn by turn', () => {
    expect(ranges(phasesOf(50))).toEqual([
      'SETUP 1-5',
      'RISING_ACTION 6-20',
      'MID_POINT 21-30',
      'CLIMAX 31-42',
      'DENOUEMENT 43-50',
    ]);
  });

  it('matches the documented tables for 25 and 100 turns', () => {
    expect(ranges(phasesOf(25))).toEqual([
      'SETUP 1-3',
      'RISING_ACTION 4-10',
      'MID_POINT 11-15',
      'CLIMAX 16-21',
      'DENOUEMENT 22-25',
    ]);
    expect(ranges(phasesOf(100))).toEqual([
      'SETUP 1-10',
      'RISING_ACTION 11-40',
      'MID_POINT 41-60',
      'CLIMAX 61-84',
      'DENOUEMENT 85-100',
    ]);
  });

  it.each(BUDGETS)('keeps the arc for %i turns: monotone, every phase, ends in DENOUEMENT', (maxTurns) => {
    const phases = phasesOf(maxTurns);
    const b = phaseBoundaries(maxTurns);
    phases.forEach((phase, i) => {
      const turn = i + 1;
      const expected: AdventurePhase =
        turn >= b.denouement
          ? 'DENOUEMENT'
          : turn >= b.climax
            ? 'CLIMAX'
            : turn >= b.midPoint
              ? 'MID_POINT'
              : turn >= b.risingAction
                ? 'RISING_ACTION'
                : 'SETUP';
      expect(phase, `turn ${turn} of ${maxTurns}`).toBe(expected);
      if (i > 0) expect(rank(phase)).toBeGreaterThanOrEqual(rank(phases[i - 1] as AdventurePhase));
    });
    expect(new Set(phases)).toEqual(new Set(ADVENTURE_PHASES));
    expect(phases[0]).toBe('SETUP');
    expect(phases.at(-1)).toBe('DENOUEMENT');
  });

  it('keeps every phase at least 3 turns long for every allowed budget', () => {
    for (let maxTurns = MIN_MAX_TURNS; maxTurns <= MAX_MAX_TURNS; maxTurns++) {
      const phases = phasesOf(maxTurns);
      for (const phase of ADVENTURE_PHASES) {
        expect(phases.filter((p) => p === phase).length, `${phase} in ${maxTurns}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('pacingContext: climax floor', () => {
  it('puts every turn from 80% of the budget at least in CLIMAX, for every allowed budget', () => {
    for (let maxTurns = MIN_MAX_TURNS; maxTurns <= MAX_MAX_TURNS; maxTurns++) {
      for (let turn = climaxFloor(maxTurns); turn <= maxTurns; turn++) {
        expect(rank(phaseAt(turn, maxTurns)), `turn ${turn} of ${maxTurns}`).toBeGreaterThanOrEqual(rank('CLIMAX'));
      }
    }
    expect(phaseAt(40, 50)).toBe('CLIMAX');
    expect(phaseAt(20, 25)).toBe('CLIMAX');
    expect(phaseAt(24, 30)).toBe('CLIMAX');
  });

  it('applies the floor where the boundaries alone would not (a degenerate 1-turn budget)', () => {
    // For 1 turn the climax boundary is turn 2, so only the floor (turn 1) makes turn 1 a CLIMAX.
    expect(phaseBoundaries(1).climax).toBe(2);
    expect(climaxFloor(1)).toBe(1);
    expect(phaseAt(1, 1)).toBe('CLIMAX');
  });

  it('is not lowered by a quest completed early', () => {
    for (const maxTurns of BUDGETS) {
      const withEarlyQuest = phasesOf(maxTurns, { questCompletedAtTurn: 3 });
      expect(withEarlyQuest).toEqual(phasesOf(maxTurns));
      expect(withEarlyQuest[climaxFloor(maxTurns) - 1]).not.toMatch(/SETUP|RISING_ACTION|MID_POINT/);
    }
  });
});

describe('pacingContext: quest completion', () => {
  it('changes nothing when the quest is completed before half the budget (turn 24 of 50)', () => {
    expect(phaseAt(25, 50, { questCompletedAtTurn: 24 })).toBe('MID_POINT');
    expect(phasesOf(50, { questCompletedAtTurn: 24 })).toEqual(phasesOf(50));
  });

  it('moves to DENOUEMENT from the turn after a completion at half the budget (turn 25 of 50)', () => {
    expect(phaseAt(25, 50, { questCompletedAtTurn: 25 })).toBe('MID_POINT');
    expect(phaseAt(26, 50, { questCompletedAtTurn: 25 })).toBe('DENOUEMENT');
    expect(phaseAt(27, 50, { questCompletedAtTurn: 25 })).toBe('DENOUEMENT');
  });

  it('uses half of each budget, not turn 25', () => {
    expect(halfway(30)).toBe(15);
    expect(phaseAt(15, 30, { questCompletedAtTurn: 14 })).toBe('MID_POINT');
    expect(phaseAt(16, 30, { questCompletedAtTurn: 14 })).toBe('MID_POINT');
    expect(phaseAt(16, 30, { questCompletedAtTurn: 15 })).toBe('DENOUEMENT');
    expect(phaseAt(51, 100, { questCompletedAtTurn: 50 })).toBe('DENOUEMENT');
    expect(phaseAt(51, 100, { questCompletedAtTurn: 49 })).toBe('MID_POINT');
  });

  it('stays in DENOUEMENT from a recorded start, but ignores a start before half the budget', () => {
    expect(phaseAt(30, 50, { denouementStartedAtTurn: 26 })).toBe('DENOUEMENT');
    expect(phaseAt(25, 50, { denouementStartedAtTurn: 26 })).toBe('MID_POINT');
    expect(phaseAt(10, 50, { denouementStartedAtTurn: 5 })).toBe('RISING_ACTION');
  });
});

describe('pacingContext: counters, urgency, directive', () => {
  it('counts the turns left after this one and the progress', () => {
    expect(pacingContext(state(1, 50))).toMatchObject({ turn: 1, maxTurns: 50, turnsRemaining: 49, progress: 0.02 });
    expect(pacingContext(state(25, 50))).toMatchObject({ turnsRemaining: 25, progress: 0.5 });
    expect(pacingContext(state(50, 50))).toMatchObject({ turnsRemaining: 0, progress: 1 });
  });

  it('never goes past the budget or before turn 1', () => {
    expect(pacingContext(state(60, 50))).toMatchObject({
      turn: 50,
      turnsRemaining: 0,
      progress: 1,
      phase: 'DENOUEMENT',
    });
    expect(pacingContext(state(0, 50))).toMatchObject({ turn: 1, turnsRemaining: 49, phase: 'SETUP' });
    expect(pacingContext(state(3, 0))).toMatchObject({ turn: 1, maxTurns: 1, turnsRemaining: 0, progress: 1 });
  });

  it('gives the directive of each phase', () => {
    const directives = new Map<AdventurePhase, string>();
    for (let turn = 1; turn <= 50; turn++) {
      const ctx = pacingContext(state(turn));
      directives.set(ctx.phase, ctx.directive);
    }
    expect(Object.fromEntries(directives)).toEqual({
      SETUP: 'ESTABLISH',
      RISING_ACTION: 'DEVELOP',
      MID_POINT: 'ESCALATE',
      CLIMAX: 'CONFRONT',
      DENOUEMENT: 'RESOLVE',
    });
  });

  it('gives the urgency of each phase (50 turns)', () => {
    const urgency = (turn: number, overrides: Partial<PacingState> = {}) =>
      pacingContext(state(turn, 50, overrides)).urgency;
    expect([1, 5].map((t) => urgency(t))).toEqual(['LOW', 'LOW']); // SETUP
    expect([6, 12, 13, 20].map((t) => urgency(t))).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM']); // RISING_ACTION
    expect([21, 30].map((t) => urgency(t))).toEqual(['MEDIUM', 'MEDIUM']); // MID_POINT
    expect([31, 42].map((t) => urgency(t))).toEqual(['HIGH', 'HIGH']); // CLIMAX
    expect([43, 47, 48, 50].map((t) => urgency(t))).toEqual(['MEDIUM', 'MEDIUM', 'CRITICAL', 'CRITICAL']); // DENOUEMENT
    // The closing turn of a completed quest is CRITICAL however many turns are left.
    expect(urgency(26, { questCompletedAtTurn: 25 })).toBe('CRITICAL');
  });

  it('never lowers urgency below the phase default when the quest is done early', () => {
    expect(pacingContext(state(35, 50, { questCompletedAtTurn: 10 })).urgency).toBe('HIGH');
  });
});

describe('pacingContext: guidance and PACING_ENABLED', () => {
  it('gives phase guidance with the turns left', () => {
    expect(pacingContext(state(1)).guidance).toMatch(/^Establish .* 49 turns remain after this one\.$/);
    expect(pacingContext(state(49)).guidance).toMatch(/^Resolve: .* 1 turn remains after this one\.$/);
    expect(pacingContext(state(50)).guidance).toMatch(/This is the final turn/);
    expect(pacingContext(state(26, 50, { questCompletedAtTurn: 25 })).guidance).toMatch(/This is the final turn/);
    expect(pacingContext(state(1, 1000)).guidance).toMatch(/ 999 turns remain after this one\.$/);
    const guidance = new Set(Array.from({ length: 50 }, (_, i) => pacingContext(state(i + 1)).guidance.split('.')[0]));
    expect(guidance.size).toBe(5);
  });

  it('empties the guidance when disabled, but still counts turns and changes phase', () => {
    for (const maxTurns of BUDGETS) {
      for (let turn = 1; turn <= maxTurns; turn++) {
        const on = pacingContext(state(turn, maxTurns, { questCompletedAtTurn: halfway(maxTurns) }));
        const off = pacingContext(
          state(turn, maxTurns, { questCompletedAtTurn: halfway(maxTurns), pacingEnabled: false }),
        );
        expect(off.guidance).toBe('');
        expect(on.guidance).not.toBe('');
        expect({ ...off, guidance: on.guidance }).toEqual(on);
      }
    }
  });
});

describe('closureAfterTurn', () => {
  const closure = (
    turn: number,
    maxTurns: number,
    questCompletedAtTurn: number | null,
    questCompletedThisTurn = false,
  ) => closureAfterTurn({ ...state(turn, maxTurns, { questCompletedAtTurn }), questCompletedThisTurn });

  it('closes after the denouement turn that follows a completion at half the budget (25 of 50)', () => {
    expect(closure(25, 50, 25, true)).toBeNull();
    expect(closure(26, 50, 25)).toBe('QUEST_COMPLETE');
  });

  it('does not close on a quest completed before half the budget (24 of 50)', () => {
    expect(closure(24, 50, 24, true)).toBeNull();
    for (let turn = 25; turn < 50; turn++) expect(closure(turn, 50, 24), `turn ${turn}`).toBeNull();
    expect(closure(50, 50, 24)).toBe('TURN_CAP');
  });

  it('takes the completion turn from questCompletedThisTurn when the field is not updated yet', () => {
    expect(closure(30, 50, null, true)).toBeNull();
    expect(closure(30, 50, 12, true)).toBeNull();
  });

  it('closes at the turn cap, and never lets a turn past it go by', () => {
    for (const maxTurns of BUDGETS) {
      for (let turn = 1; turn < maxTurns; turn++) expect(closure(turn, maxTurns, null), `turn ${turn}`).toBeNull();
      expect(closure(maxTurns, maxTurns, null)).toBe('TURN_CAP');
      expect(closure(maxTurns + 1, maxTurns, null)).toBe('TURN_CAP');
      expect(closure(maxTurns, maxTurns, maxTurns, true)).toBe('TURN_CAP');
    }
  });

  it('reports QUEST_COMPLETE when the cap falls right after the denouement turn', () => {
    expect(closure(50, 50, 49)).toBe('QUEST_COMPLETE');
  });

  it('agrees with the phase: a quest closure only ever follows a DENOUEMENT turn', () => {
    for (const maxTurns of BUDGETS) {
      for (let completedAt = 1; completedAt <= maxTurns; completedAt++) {
        for (let turn = completedAt; turn <= maxTurns; turn++) {
          const reason = closure(turn, maxTurns, completedAt, turn === completedAt);
          if (reason === 'QUEST_COMPLETE') {
            expect(phaseAt(turn, maxTurns, { questCompletedAtTurn: completedAt })).toBe('DENOUEMENT');
            expect(turn).toBe(completedAt + 1); // the first turn after completion closes it
          }
          if (reason !== null) break;
        }
      }
    }
  });

  it('ignores pacingEnabled', () => {
    const off = { ...state(26, 50, { questCompletedAtTurn: 25, pacingEnabled: false }), questCompletedThisTurn: false };
    expect(closureAfterTurn(off)).toBe('QUEST_COMPLETE');
  });
});

describe('phaseChanged', () => {
  it('is true for the first phase and on a change only', () => {
    expect(phaseChanged(null, 'SETUP')).toBe(true);
    expect(phaseChanged('SETUP', 'SETUP')).toBe(false);
    expect(phaseChanged('CLIMAX', 'DENOUEMENT')).toBe(true);
  });
});

describe('pacingContext: cost', () => {
  it('stays well under 10 µs per call', () => {
    const states = BUDGETS.flatMap((maxTurns) => Array.from({ length: maxTurns }, (_, i) => state(i + 1, maxTurns)));
    const calls = 200_000;
    let sink = 0;
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink += pacingContext(states[i % states.length] as PacingState).turnsRemaining;
    const microsPerCall = ((performance.now() - start) * 1000) / calls;
    expect(sink).toBeGreaterThan(0);
    expect(microsPerCall).toBeLessThan(10);
  });
});

describe('pacingStateAt: the two pacing switches', () => {
  const adventure = { maxTurns: 40, questCompletedAtTurn: 22, denouementStartedAtTurn: 23, pacingEnabled: true };

  it("copies the adventure's pacing fields for the given turn", () => {
    expect(pacingStateAt(adventure, 24, true)).toEqual({
      turn: 24,
      maxTurns: 40,
      questCompletedAtTurn: 22,
      denouementStartedAtTurn: 23,
      pacingEnabled: true,
    });
  });

  it('gives guidance only when both the process switch and the adventure allow it', () => {
    const guided = (processSwitch: boolean, adventureSwitch: boolean) =>
      pacingStateAt({ ...adventure, pacingEnabled: adventureSwitch }, 24, processSwitch).pacingEnabled;
    expect(guided(true, true)).toBe(true);
    expect(guided(false, true)).toBe(false);
    expect(guided(true, false)).toBe(false);
    expect(guided(false, false)).toBe(false);
    expect(pacingContext(pacingStateAt(adventure, 24, false)).guidance).toBe('');
  });
});
