/**
 * The claim on an adventure's next step (a turn, or a character-creation
 * step that ends with the quest designer). A request takes it with one
 * conditional update before any model call, so of concurrent requests only
 * one pays for the model; the others are refused at once. The claim ends
 * with the step's commit, or is released when the request fails; a claim
 * whose process died expires and may be taken over.
 *
 * Pure rules: how long a claim lasts, and why a request could not take one.
 */

/** Margin over the model calls' own time limits: the reads and the commit around them. */
export const CLAIM_MARGIN_MS = 15_000;

/**
 * How long a claim holds: each model call of the step is bounded by the LLM
 * timeout, so a live request always commits or releases before this; only a
 * dead process's claim runs out.
 */
export function claimDurationMs(llmTimeoutMs: number, modelCalls: number): number {
  return Math.max(1, modelCalls) * llmTimeoutMs + CLAIM_MARGIN_MS;
}

export interface ClaimState {
  claimToken: string | null;
  claimedUntil: Date | null;
  claimClientKey: string | null;
}

/** Nobody holds the claim, or its holder let it expire. */
export function claimIsFree(state: ClaimState, now: Date): boolean {
  return state.claimToken === null || state.claimedUntil === null || state.claimedUntil.getTime() <= now.getTime();
}

export type ClaimRefusal =
  /** The adventure ended meanwhile. */
  | 'ENDED'
  /** The step this request was for was taken by another request. */
  | 'MOVED_ON'
  /** The first request with this client key is still being played. */
  | 'SAME_KEY_IN_PROGRESS'
  /** Another request is playing the step now. */
  | 'IN_PROGRESS';

/**
 * Why a claim could not be taken, from the adventure as re-read after the
 * failed attempt. `expectedStepCurrent` says whether the step the request
 * read is still the next one (its turn or creation step unchanged).
 */
export function claimRefusal(
  state: ClaimState & { active: boolean; expectedStepCurrent: boolean },
  clientKey: string | null,
  now: Date,
): ClaimRefusal {
  if (!state.active) return 'ENDED';
  if (!claimIsFree(state, now)) {
    return clientKey !== null && state.claimClientKey === clientKey ? 'SAME_KEY_IN_PROGRESS' : 'IN_PROGRESS';
  }
  return state.expectedStepCurrent ? 'IN_PROGRESS' : 'MOVED_ON';
}
