import { randomUUID } from 'node:crypto';
import type { GenerationTrigger, PrismaClient, QuestGenerationRun } from '@prisma/client';
import type { GenerationUser } from './generation-context.js';

export interface ClaimRequest {
  userId: string;
  trigger: GenerationTrigger;
  windowKey: string;
}

/**
 * What claiming a user's window gave:
 * - claimed: the lease is ours and the window's run is RUNNING for this attempt (new, or retried with one more
 *   attempt), with the user row as generation needs it;
 * - done: the window had already succeeded (another process finished it): its run, untouched, lease released;
 * - busy: another generation holds the user's lease (or there is no such user).
 */
export type ClaimOutcome =
  | { kind: 'claimed'; run: QuestGenerationRun; user: GenerationUser }
  | { kind: 'done'; run: QuestGenerationRun }
  | { kind: 'busy' };

/** The claimed run's columns (all null when the window had succeeded), and the leased user's, prefixed. */
type ClaimRow = Omit<QuestGenerationRun, 'id'> & {
  id: string | null;
  leasedUserId: string;
  leasedDisplayName: string | null;
  leasedTimeZone: string | null;
  leasedCurrentEnergy: GenerationUser['currentEnergy'];
  leasedFailures: number;
};

/**
 * Claims the lease of each requested user and the run of their window, for
 * any number of users in one statement: the lease (an atomic conditional
 * UPDATE of the user row, so of two concurrent claims one wins) and the run
 * (created, or set RUNNING again with one more attempt, but never when it
 * already succeeded) are taken together or not at all. A window found already
 * succeeded gives its lease back (a second statement, only then).
 *
 * The user IDs must be distinct.
 */
export async function claimGenerations(
  prisma: PrismaClient,
  requests: readonly ClaimRequest[],
  startedAt: Date,
  leaseMs: number,
): Promise<ClaimOutcome[]> {
  if (requests.length === 0) return [];
  const leaseUntil = new Date(startedAt.getTime() + leaseMs);
  // What Prisma would write for @updatedAt: the wall clock, not the injected one.
  const wall = new Date();
  const input = JSON.stringify(
    requests.map((request) => ({
      userId: request.userId,
      trigger: request.trigger,
      windowKey: request.windowKey,
      runId: randomUUID(),
    })),
  );
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    WITH request AS (
      SELECT * FROM json_to_recordset(${input}::json)
        AS r("userId" text, trigger text, "windowKey" text, "runId" text)
    ),
    leased AS (
      UPDATE "User" u SET "generationLeaseUntil" = ${leaseUntil}, "updatedAt" = ${wall}
      FROM request r
      WHERE u.id = r."userId"
        AND (u."generationLeaseUntil" IS NULL OR u."generationLeaseUntil" < ${startedAt})
      RETURNING u.id, u."displayName", u."timeZone", u."currentEnergy"::text AS "currentEnergy",
                u."consecutiveGenerationFailures"
    ),
    claimed AS (
      INSERT INTO "QuestGenerationRun" AS q
        (id, "userId", trigger, "windowKey", status, attempts, "missionsCreated", "fellBack", "startedAt", "updatedAt")
      SELECT r."runId", r."userId", r.trigger::"GenerationTrigger", r."windowKey", 'RUNNING', 1, 0, false,
             ${startedAt}, ${wall}
      FROM request r JOIN leased l ON l.id = r."userId"
      ON CONFLICT ("userId", "windowKey") DO UPDATE
        SET status = 'RUNNING', attempts = q.attempts + 1, error = NULL, "startedAt" = EXCLUDED."startedAt",
            "finishedAt" = NULL, "updatedAt" = EXCLUDED."updatedAt"
        WHERE q.status <> 'SUCCEEDED'
      RETURNING q.*
    )
    SELECT c.*, l.id AS "leasedUserId", l."displayName" AS "leasedDisplayName", l."timeZone" AS "leasedTimeZone",
           l."currentEnergy" AS "leasedCurrentEnergy", l."consecutiveGenerationFailures" AS "leasedFailures"
    FROM leased l LEFT JOIN claimed c ON c."userId" = l.id`;

  const byUser = new Map(rows.map((row) => [row.leasedUserId, row]));
  const finishedElsewhere = rows.filter((row) => row.id === null).map((row) => row.leasedUserId);
  const done = finishedElsewhere.length > 0 ? await releaseAndRead(prisma, requests, finishedElsewhere) : new Map();
  return requests.map((request): ClaimOutcome => {
    const row = byUser.get(request.userId);
    if (!row) return { kind: 'busy' };
    if (row.id === null) return { kind: 'done', run: done.get(request.userId)! };
    const { leasedUserId, leasedDisplayName, leasedTimeZone, leasedCurrentEnergy, leasedFailures, ...run } = row;
    return {
      kind: 'claimed',
      run: { ...run, id: row.id },
      user: {
        id: leasedUserId,
        displayName: leasedDisplayName,
        timeZone: leasedTimeZone,
        currentEnergy: leasedCurrentEnergy,
        consecutiveGenerationFailures: leasedFailures,
      },
    };
  });
}

/** Windows that succeeded elsewhere between the caller's first look and the claim: lease back, their runs read. */
async function releaseAndRead(
  prisma: PrismaClient,
  requests: readonly ClaimRequest[],
  userIds: string[],
): Promise<Map<string, QuestGenerationRun>> {
  await prisma.user.updateMany({ where: { id: { in: userIds } }, data: { generationLeaseUntil: null } });
  const wanted = requests.filter((request) => userIds.includes(request.userId));
  const runs = await prisma.questGenerationRun.findMany({
    where: { OR: wanted.map(({ userId, windowKey }) => ({ userId, windowKey })) },
  });
  return new Map(runs.map((run) => [run.userId, run]));
}
