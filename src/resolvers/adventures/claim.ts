import { randomUUID } from 'node:crypto';
import type { AdventureSession, AdventureStatus, Prisma } from '@prisma/client';
import { claimDurationMs, claimRefusal, type ClaimRefusal } from '../../domain/adventure-claim.js';
import { LARGEST_RESERVATION } from '../../domain/model-budget.js';
import { invalidState } from '../user-errors.js';
import type { UseCaseContext } from '../use-case.js';
import { notActive } from './load.js';

/**
 * The claim on an adventure's next step (src/domain/adventure-claim.ts),
 * taken before any model call by one conditional update: the step must still
 * be the one the request read (`step`), and nobody may hold an unexpired
 * claim. The step's commit must match the claim's token (and clears it);
 * a failed request releases it.
 */

export interface StepClaim {
  sessionId: string;
  token: string;
}

/** The columns of a released claim: what a commit writes with the step. */
export const CLAIM_CLEARED = { claimToken: null, claimedUntil: null, claimClientKey: null } as const;

export async function claimNextStep(
  ctx: UseCaseContext,
  session: AdventureSession,
  step: Prisma.AdventureSessionWhereInput,
  options: { clientKey: string | null; modelCalls: number; statuses?: readonly AdventureStatus[] },
): Promise<StepClaim | null> {
  const now = ctx.now();
  const token = randomUUID();
  const { count } = await ctx.prisma.adventureSession.updateMany({
    where: {
      ...step,
      id: session.id,
      // A retry may replay the turn that closed the adventure: it claims a COMPLETED one.
      status: { in: [...(options.statuses ?? ['ACTIVE'])] },
      OR: [{ claimToken: null }, { claimedUntil: null }, { claimedUntil: { lte: now } }],
    },
    data: {
      claimToken: token,
      claimedUntil: new Date(now.getTime() + claimDurationMs(ctx.llmTimeoutMs, options.modelCalls)),
      claimClientKey: options.clientKey,
    },
  });
  return count === 1 ? { sessionId: session.id, token } : null;
}

/**
 * Reads and claims the viewer's adventure in one statement (the hot path of an action without a client
 * key): whatever turn is current when the claim is taken is the turn played, so there is no earlier read
 * to go stale. Null when it could not be claimed (missing, another user's, ended, in character creation,
 * or claimed by another request): the caller reads the adventure to say why. The claim lasts as long as
 * the longest step (a closing turn's two model calls), as the turn is not known before it is taken.
 */
export async function claimCurrentTurn(ctx: UseCaseContext, adventureId: string): Promise<StepClaimed | null> {
  const now = ctx.now();
  const token = randomUUID();
  const until = new Date(now.getTime() + claimDurationMs(ctx.llmTimeoutMs, LARGEST_RESERVATION));
  // Raw: one round trip (Prisma wraps updateManyAndReturn in BEGIN/COMMIT).
  const [row] = await ctx.prisma.$queryRaw<AdventureSession[]>`
    UPDATE "AdventureSession" SET "claimToken" = ${token}::text,
      "claimedUntil" = ${until.toISOString()}::timestamptz AT TIME ZONE 'UTC', "claimClientKey" = NULL,
      "updatedAt" = ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    WHERE "id" = ${adventureId}::text AND "userId" = ${ctx.viewer.id}::text AND "status" = 'ACTIVE'
      AND "gamePhase" <> 'CHARACTER_CREATION'
      AND ("claimToken" IS NULL OR "claimedUntil" IS NULL OR "claimedUntil" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    RETURNING *`;
  return row ? { claim: { sessionId: row.id, token }, session: withDates(row) } : null;
}

/** A raw row's timestamps as Dates, whatever the driver returned them as. */
function withDates(row: AdventureSession): AdventureSession {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...row,
    claimedUntil: date(row.claimedUntil),
    completedAt: date(row.completedAt),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

export interface StepClaimed {
  claim: StepClaim;
  /** The adventure as claimed. */
  session: AdventureSession;
}

/** Gives the claim back after a failure (a no-op if it was committed, or taken over after expiring). */
export async function releaseClaim(ctx: UseCaseContext, claim: StepClaim): Promise<void> {
  await ctx.prisma.adventureSession.updateMany({
    where: { id: claim.sessionId, claimToken: claim.token },
    data: CLAIM_CLEARED,
  });
}

/** Runs `work` under the claim, releasing it if `work` fails (its commit clears it on success). */
export async function underClaim<T>(ctx: UseCaseContext, claim: StepClaim, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await releaseClaim(ctx, claim).catch((releaseError: unknown) =>
      // The claim then expires by itself; the request's own error is the one to report.
      ctx.logger.warn({ err: releaseError, adventureId: claim.sessionId }, 'could not release an adventure claim'),
    );
    throw error;
  }
}

/** Why a claim was refused, from the adventure re-read after the attempt. */
export function refusalOf(
  current: AdventureSession,
  expectedStepCurrent: boolean,
  clientKey: string | null,
  now: Date,
): ClaimRefusal {
  return claimRefusal({ ...current, active: current.status === 'ACTIVE', expectedStepCurrent }, clientKey, now);
}

/** The user error of a refusal; `movedOn` words the MOVED_ON case for the step at hand. */
export function claimRefusalError(refusal: ClaimRefusal, current: AdventureSession, movedOn: string) {
  switch (refusal) {
    case 'ENDED':
      return notActive(current);
    case 'SAME_KEY_IN_PROGRESS':
      return invalidState(
        'clientKey',
        'the action with this clientKey is still being played; retry in a moment to get its result',
      );
    case 'IN_PROGRESS':
      return invalidState(
        'adventureId',
        'another action on this adventure is being played; try again when it has finished',
      );
    case 'MOVED_ON':
      return invalidState('adventureId', movedOn);
  }
}
