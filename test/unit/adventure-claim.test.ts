import { describe, expect, it } from 'vitest';
import {
  CLAIM_MARGIN_MS,
  claimDurationMs,
  claimIsFree,
  claimRefusal,
  type ClaimState,
} from '../../src/domain/adventure-claim.js';

const now = new Date('2026-12-01T10:00:00Z');
const later = new Date('2026-12-01T10:00:30Z');
const earlier = new Date('2026-12-01T09:59:30Z');
const free: ClaimState = { claimToken: null, claimedUntil: null, claimClientKey: null };
const held = (key: string | null = null): ClaimState => ({
  claimToken: 'token',
  claimedUntil: later,
  claimClientKey: key,
});

describe('claimDurationMs', () => {
  it('outlasts every model call of the step (each bounded by the LLM timeout) plus a margin', () => {
    expect(claimDurationMs(20_000, 1)).toBe(20_000 + CLAIM_MARGIN_MS);
    expect(claimDurationMs(20_000, 2)).toBe(40_000 + CLAIM_MARGIN_MS);
    expect(claimDurationMs(20_000, 0)).toBe(20_000 + CLAIM_MARGIN_MS);
  });
});

describe('claimIsFree', () => {
  it('is free when nobody holds it or its holder let it expire', () => {
    expect(claimIsFree(free, now)).toBe(true);
    expect(claimIsFree(held(), now)).toBe(false);
    expect(claimIsFree({ ...held(), claimedUntil: earlier }, now)).toBe(true);
    expect(claimIsFree({ ...held(), claimedUntil: now }, now)).toBe(true);
  });
});

describe('claimRefusal', () => {
  const state = (claim: ClaimState, options: { active?: boolean; expectedStepCurrent?: boolean } = {}) => ({
    ...claim,
    active: options.active ?? true,
    expectedStepCurrent: options.expectedStepCurrent ?? true,
  });

  it('says the adventure ended before anything else', () => {
    expect(claimRefusal(state(held('k'), { active: false }), 'k', now)).toBe('ENDED');
  });

  it('tells a retry with the key being played apart from another action', () => {
    expect(claimRefusal(state(held('k')), 'k', now)).toBe('SAME_KEY_IN_PROGRESS');
    expect(claimRefusal(state(held('k')), 'other', now)).toBe('IN_PROGRESS');
    expect(claimRefusal(state(held(null)), null, now)).toBe('IN_PROGRESS');
  });

  it('says the step moved on when the claim is free but the step was played', () => {
    expect(claimRefusal(state(free, { expectedStepCurrent: false }), 'k', now)).toBe('MOVED_ON');
    expect(claimRefusal(state({ ...held('k'), claimedUntil: earlier }, { expectedStepCurrent: false }), 'k', now)).toBe(
      'MOVED_ON',
    );
    expect(claimRefusal(state(free), null, now)).toBe('IN_PROGRESS');
  });
});
