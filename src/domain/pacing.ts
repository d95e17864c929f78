/**
 * Adventure pacing: the phase, urgency and directive of a turn, and when an
 * adventure closes. Pure and synchronous: everything is a function of the
 * PacingState passed in (no clock, no I/O, no LLM call). Documented in
 * docs/adventure-pacing.md; the rules are in DESIGN.md ("Rules of the domain:
 * Adventures").
 *
 * Turns are 1-based: turn 1 is the first action after character creation.
 *
 * Phase of turn t (budget N = maxTurns), the first rule that holds wins:
 * 1. DENOUEMENT when t >= phaseBoundaries(N).denouement (42/50 of the budget),
 *    or the quest was completed during turn T >= halfway(N) and t > T (the
 *    turns after the completing turn), or a recorded denouementStartedAtTurn
 *    (> halfway(N)) has been reached. A quest completed before halfway
 *    changes nothing: the story continues on its arc.
 * 2. CLIMAX when t >= the climax boundary (30/50) or t >= climaxFloor(N)
 *    (80%). For every allowed budget (25..100) the boundary comes first, so
 *    the floor is a guard that holds the DESIGN rule whatever the boundaries.
 * 3. MID_POINT from 20/50, RISING_ACTION from 5/50, SETUP before.
 * Phases never go backwards as t grows.
 *
 * Closure after turn t was played (closureAfterTurn): QUEST_COMPLETE when the
 * quest was completed during turn T >= halfway(N) and t > T (at least one
 * DENOUEMENT turn was played after it); otherwise TURN_CAP when t >= N;
 * otherwise none. When both hold (the cap falls after the quest's
 * denouement), QUEST_COMPLETE wins: the story ended because it was resolved.
 *
 * pacingEnabled = false (PACING_ENABLED=false or the per-session flag) only
 * empties `guidance`: turn counting, phase, urgency, directive and closure are
 * computed the same way, so the progress display and the closure rules keep
 * working.
 */
import { MAX_MAX_TURNS, type PacingContext, type PacingState } from './adventure-types.js';
import type { AdventurePhase, ClosureReason, PacingDirective, Urgency } from './vocabulary.js';

/** Phase boundaries as fractions of the budget, in fiftieths (DESIGN.md: 5/50, 20/50, 30/50, 42/50). */
const RISING_FIFTIETHS = 5;
const MID_FIFTIETHS = 20;
const CLIMAX_FIFTIETHS = 30;
const DENOUEMENT_FIFTIETHS = 42;

/**
 * First turn (1-based) of the phase that starts after `fiftieths`/50 of the budget.
 * Numerator first, so halves (e.g. 5 * 25 / 50 = 2.5) are exact and round up.
 */
const boundary = (fiftieths: number, maxTurns: number): number => Math.round((fiftieths * maxTurns) / 50) + 1;

export function phaseBoundaries(maxTurns: number): {
  risingAction: number;
  midPoint: number;
  climax: number;
  denouement: number;
} {
  return {
    risingAction: boundary(RISING_FIFTIETHS, maxTurns),
    midPoint: boundary(MID_FIFTIETHS, maxTurns),
    climax: boundary(CLIMAX_FIFTIETHS, maxTurns),
    denouement: boundary(DENOUEMENT_FIFTIETHS, maxTurns),
  };
}

/** A quest completed during this turn or later may close the story (25 for 50). */
export function halfway(maxTurns: number): number {
  return Math.ceil(maxTurns / 2);
}

/** From this turn on the phase is at least CLIMAX (40 for 50). */
export function climaxFloor(maxTurns: number): number {
  return Math.ceil(0.8 * maxTurns);
}

const DIRECTIVES: Readonly<Record<AdventurePhase, PacingDirective>> = {
  SETUP: 'ESTABLISH',
  RISING_ACTION: 'DEVELOP',
  MID_POINT: 'ESCALATE',
  CLIMAX: 'CONFRONT',
  DENOUEMENT: 'RESOLVE',
};

const GUIDANCE: Readonly<Record<AdventurePhase, string>> = {
  SETUP: 'Establish the world, the character and what is at stake in the quest; plant hooks for later.',
  RISING_ACTION: 'Develop the quest: complications, allies and clues that move the character toward the objectives.',
  MID_POINT: 'Escalate: a reversal or revelation raises the stakes and makes the goal harder and more urgent.',
  CLIMAX: 'Confront: bring the central conflict to a head; choices now have decisive consequences.',
  DENOUEMENT: 'Resolve: settle the consequences and tie up open threads; introduce nothing new.',
};

const FINAL_TURN = ' This is the final turn: bring the story to its close.';

/**
 * Guidance strings, built once per (phase, turns left) and reused: index 0 is
 * the closing turn, index n + 1 is "n turns remain". Only allowed budgets are
 * cached (n <= MAX_MAX_TURNS), so the cache stays small whatever the input.
 */
const GUIDANCE_CACHE: Readonly<Record<AdventurePhase, (string | undefined)[]>> = {
  SETUP: [],
  RISING_ACTION: [],
  MID_POINT: [],
  CLIMAX: [],
  DENOUEMENT: [],
};

function guidanceFor(phase: AdventurePhase, turnsRemaining: number, closing: boolean): string {
  const cacheable = closing || (Number.isInteger(turnsRemaining) && turnsRemaining <= MAX_MAX_TURNS);
  const index = closing ? 0 : turnsRemaining + 1;
  const cached = cacheable ? GUIDANCE_CACHE[phase][index] : undefined;
  if (cached !== undefined) return cached;
  const text =
    GUIDANCE[phase] +
    (closing
      ? FINAL_TURN
      : ` ${turnsRemaining} ${turnsRemaining === 1 ? 'turn remains' : 'turns remain'} after this one.`);
  if (cacheable) GUIDANCE_CACHE[phase][index] = text;
  return text;
}

/**
 * The quest was completed during turn `completedAt` at or after halfway, and
 * `turn` comes after it: `turn` is a DENOUEMENT turn, and the story closes
 * after it.
 */
function resolvedByQuest(turn: number, maxTurns: number, completedAt: number | null): boolean {
  return completedAt !== null && completedAt >= halfway(maxTurns) && turn > completedAt;
}

function phaseOf(
  turn: number,
  maxTurns: number,
  questCompletedAtTurn: number | null,
  denouementStartedAtTurn: number | null,
): AdventurePhase {
  if (
    turn >= boundary(DENOUEMENT_FIFTIETHS, maxTurns) ||
    resolvedByQuest(turn, maxTurns, questCompletedAtTurn) ||
    // A recorded start counts only where a completion could have put it (after halfway).
    (denouementStartedAtTurn !== null && denouementStartedAtTurn > halfway(maxTurns) && turn >= denouementStartedAtTurn)
  ) {
    return 'DENOUEMENT';
  }
  if (turn >= boundary(CLIMAX_FIFTIETHS, maxTurns) || turn >= climaxFloor(maxTurns)) return 'CLIMAX';
  if (turn >= boundary(MID_FIFTIETHS, maxTurns)) return 'MID_POINT';
  if (turn >= boundary(RISING_FIFTIETHS, maxTurns)) return 'RISING_ACTION';
  return 'SETUP';
}

function urgencyOf(phase: AdventurePhase, turnsRemaining: number, closing: boolean, progress: number): Urgency {
  if (closing || turnsRemaining <= 2) return 'CRITICAL';
  switch (phase) {
    case 'SETUP':
      return 'LOW';
    case 'RISING_ACTION':
      // The first half of the rising action (10%..25% of the budget) is still calm.
      return progress < 0.25 ? 'LOW' : 'MEDIUM';
    case 'MID_POINT':
      return 'MEDIUM';
    case 'CLIMAX':
      return 'HIGH';
    case 'DENOUEMENT':
      return 'MEDIUM';
  }
}

/** What the pacing rules read of a stored adventure: its state without the turn, `pacingEnabled` its own switch. */
export type PacedAdventure = Omit<PacingState, 'turn'>;

/**
 * The pacing state of `turn` of `adventure`. Guidance needs both switches:
 * the process-wide one (PACING_ENABLED, `processPacingEnabled`) and the
 * adventure's own flag; either one off turns it off.
 */
export function pacingStateAt(adventure: PacedAdventure, turn: number, processPacingEnabled: boolean): PacingState {
  return {
    turn,
    maxTurns: adventure.maxTurns,
    questCompletedAtTurn: adventure.questCompletedAtTurn,
    denouementStartedAtTurn: adventure.denouementStartedAtTurn,
    pacingEnabled: processPacingEnabled && adventure.pacingEnabled,
  };
}

/**
 * The pacing context of the turn about to be played (`state.turn`). The turn
 * is clamped to 1..maxTurns (no adventure passes its budget) and a budget
 * below 1 is treated as 1. When the result's phase is DENOUEMENT and the
 * session has no denouementStartedAtTurn yet, the caller records this turn.
 */
export function pacingContext(state: PacingState): PacingContext {
  const maxTurns = state.maxTurns >= 1 ? state.maxTurns : 1;
  const turn = state.turn >= maxTurns ? maxTurns : state.turn >= 1 ? state.turn : 1;
  const turnsRemaining = maxTurns - turn;
  const progress = turn / maxTurns;
  const phase = phaseOf(turn, maxTurns, state.questCompletedAtTurn, state.denouementStartedAtTurn);
  const closing = turnsRemaining === 0 || resolvedByQuest(turn, maxTurns, state.questCompletedAtTurn);
  return {
    turn,
    maxTurns,
    turnsRemaining,
    progress,
    phase,
    urgency: urgencyOf(phase, turnsRemaining, closing, progress),
    directive: DIRECTIVES[phase],
    guidance: state.pacingEnabled ? guidanceFor(phase, turnsRemaining, closing) : '',
    closing,
  };
}

/**
 * Whether the adventure ends after turn `state.turn` was played, and why.
 * `questCompletedAtTurn` is the turn the active quest was completed in (when
 * `questCompletedThisTurn`, it is this turn whatever the field says).
 * Completing the quest during turn 25 of 50 closes after turn 26 (one
 * DENOUEMENT turn played); during turn 24, nothing changes and the story runs
 * to the cap. Never lets a turn past maxTurns go by: from the cap on, the
 * answer is never null.
 */
export function closureAfterTurn(state: PacingState & { questCompletedThisTurn: boolean }): ClosureReason | null {
  const completedAt = state.questCompletedThisTurn ? state.turn : state.questCompletedAtTurn;
  if (resolvedByQuest(state.turn, state.maxTurns, completedAt)) return 'QUEST_COMPLETE';
  if (state.turn >= state.maxTurns) return 'TURN_CAP';
  return null;
}

/** True when `after` differs from `before` (null: no phase yet, e.g. before the first turn). */
export function phaseChanged(before: AdventurePhase | null, after: AdventurePhase): boolean {
  return before !== after;
}
