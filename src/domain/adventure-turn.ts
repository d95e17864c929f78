/**
 * What one turn changes, decided from the state before it and the
 * narrator's (validated) answer; and the rules of going back on a turn
 * (retry, choosing another version, undo). Pure: no I/O, no clock.
 *
 * A turn is applied to a known state and stores that state with itself (its
 * `before`), so the use cases can restore it exactly instead of recomputing:
 * undo puts `before` back, and a retry or a version choice puts `before` back
 * and applies another answer to it through the same `turnOutcome` as the
 * first play. The rest of what a turn wrote is marked with its turn number
 * (its exchange, its moments, the objectives it completed and, through
 * `questCompletedAtTurn`, the quest), so it is found without a snapshot.
 */
import { isQuestComplete, resolveCompletedObjectives } from './adventure-rules.js';
import type { MomentView, NarrationResult, QuestView } from './adventure-types.js';
import { closureAfterTurn, pacingContext } from './pacing.js';
import type { AdventurePhase, ClosureReason } from './vocabulary.js';

/** Versions one turn may have (the first play and its retries): a client cannot loop retries on one turn. */
export const MAX_TURN_VERSIONS = 5;

/** The adventure columns a turn changes, as they were before it (a turn is only played on an ACTIVE adventure). */
export interface TurnBefore {
  phase: AdventurePhase;
  climaxReached: boolean;
  questCompletedAtTurn: number | null;
  denouementStartedAtTurn: number | null;
}

/** The narrator's answer as a turn keeps it: enough to apply it again to the turn's `before`. */
export interface TurnAnswer {
  narration: string;
  completedObjectiveIds: string[];
  keyMoment: NarrationResult['keyMoment'];
}

export interface TurnInput {
  turn: number;
  action: string;
  maxTurns: number;
  /** Both switches (the process's and the adventure's). */
  pacingEnabled: boolean;
  before: TurnBefore;
  /** The chosen quest with its objectives as they were before the turn; null when there is none. */
  quest: QuestView | null;
  answer: Pick<NarrationResult, 'completedObjectiveIds' | 'keyMoment'>;
}

export interface TurnOutcome {
  /** The adventure columns after the turn. */
  after: TurnBefore;
  /** Objectives this turn completed, in objective order. */
  completedObjectiveIds: string[];
  /** The turn completed the quest. */
  questCompleted: boolean;
  /** Moments this turn records, in order: the narrator's key moment, then the quest's triumph. */
  moments: MomentView[];
  /** The adventure ends with this turn, and why; null when it goes on. */
  closure: ClosureReason | null;
}

/** What playing `input.turn` with this answer changes. */
export function turnOutcome(input: TurnInput): TurnOutcome {
  const { turn, quest, before } = input;
  const objectives = quest?.objectives ?? [];
  const completedObjectiveIds = quest
    ? resolveCompletedObjectives(input.answer.completedObjectiveIds, input.action, objectives)
    : [];
  const objectivesAfter = objectives.map((objective) =>
    completedObjectiveIds.includes(objective.id) ? { ...objective, completedAt: new Date(0) } : objective,
  );
  const questCompleted = quest !== null && before.questCompletedAtTurn === null && isQuestComplete(objectivesAfter);
  const questCompletedAtTurn = questCompleted ? turn : before.questCompletedAtTurn;
  const state = {
    turn,
    maxTurns: input.maxTurns,
    questCompletedAtTurn,
    denouementStartedAtTurn: before.denouementStartedAtTurn,
    pacingEnabled: input.pacingEnabled,
  };
  const played = pacingContext(state);
  const denouementStartedAtTurn = before.denouementStartedAtTurn ?? (played.phase === 'DENOUEMENT' ? turn : null);
  const closure = closureAfterTurn({ ...state, denouementStartedAtTurn, questCompletedThisTurn: questCompleted });
  const moments: MomentView[] = [
    ...(input.answer.keyMoment ? [{ ...input.answer.keyMoment, turn }] : []),
    ...(questCompleted && quest
      ? [{ kind: 'TRIUMPH' as const, summary: `Completed the quest "${quest.title}"`, significance: 1, turn }]
      : []),
  ];
  return {
    after: {
      phase: played.phase,
      climaxReached: before.climaxReached || played.phase === 'CLIMAX' || played.phase === 'DENOUEMENT',
      questCompletedAtTurn,
      denouementStartedAtTurn,
    },
    completedObjectiveIds,
    questCompleted,
    moments,
    closure,
  };
}

/**
 * The quest's objectives as they were before `turn`: those it completed are open again.
 * (Completion is only ever written by a turn, with its number.)
 */
export function objectivesBefore<T extends { completedAt: Date | null; completedAtTurn: number | null }>(
  objectives: readonly T[],
  turn: number,
): T[] {
  return objectives.map((objective) =>
    objective.completedAtTurn !== null && objective.completedAtTurn >= turn
      ? { ...objective, completedAt: null, completedAtTurn: null }
      : objective,
  );
}

/** Where an adventure stands for going back on its last turn. */
export interface LastTurnState {
  status: 'ACTIVE' | 'COMPLETED' | 'ABANDONED';
  /** Why it completed; null while active. */
  completionReason: string | null;
  /** Still creating the character (no turn to go back on). */
  inCreation: boolean;
  turn: number;
}

/**
 * Why the last turn cannot be retried, undone or switched to another
 * version, or null when it can: there must be a turn, and the adventure must
 * be active or closed by that turn (a closure by the pacing rules can be
 * taken back, giving up cannot).
 */
export function lastTurnRefusal(state: LastTurnState): string | null {
  if (state.inCreation || state.turn < 1) return 'no turn has been played yet';
  if (state.status === 'ABANDONED') return 'the adventure was abandoned';
  if (
    state.status === 'COMPLETED' &&
    state.completionReason !== 'QUEST_COMPLETE' &&
    state.completionReason !== 'TURN_CAP'
  ) {
    return 'the adventure did not end with its last turn';
  }
  return null;
}

/** Why the last turn may not be retried once more, or null: it has `versions` already. */
export function retryRefusal(versions: number, max = MAX_TURN_VERSIONS): string | null {
  return versions >= max ? `this turn was already played ${versions} times, the most allowed` : null;
}
