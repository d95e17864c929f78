import type { PrismaClient, User } from '@prisma/client';
import { z } from 'zod';
import { AuthenticationError, type TokenIdentity } from '../auth/tokens.js';
import { rescoreOpenMissions } from './mission-priority.js';
import { displayName, energyLevel, timeZone } from './inputs.js';
import { parseInput } from './user-errors.js';
import type { UseCaseContext } from './use-case.js';

/**
 * The user row behind a verified token: created on the first authenticated
 * request. The token is the authority on the role; the row mirrors it so
 * admins can list users by role. A subject whose account was deleted
 * (deleteViewer leaves a tombstone) is refused with a 401 rather than given a
 * fresh empty account behind the user's back.
 */
export async function ensureUserRow(prisma: PrismaClient, identity: TokenIdentity): Promise<void> {
  const role = identity.isAdmin ? 'ADMIN' : 'USER';
  const existing = await prisma.user.findUnique({ where: { id: identity.userId }, select: { role: true } });
  if (!existing) {
    if (await prisma.deletedUser.findUnique({ where: { id: identity.userId }, select: { id: true } })) {
      throw new AuthenticationError('this account was deleted');
    }
    // INSERT … ON CONFLICT DO NOTHING: a new user's first requests (several tabs, an app's parallel
    // start-up) race here. Prisma's upsert is a read then a write through the driver adapter, and
    // all but one of the racers failed on the primary key.
    await prisma.user.createMany({
      data: [{ id: identity.userId, role, displayName: initialDisplayName(identity.name) }],
      skipDuplicates: true,
    });
  } else if (existing.role !== role) {
    await prisma.user.update({ where: { id: identity.userId }, data: { role } });
  }
}

/**
 * The token's `name` seeds a new user's display name when it is one the user
 * could have typed (no control characters, not too long); otherwise none is
 * set, rather than refusing a token that is otherwise fine.
 */
function initialDisplayName(name: string | undefined): string | null {
  const parsed = displayName.safeParse(name);
  return parsed.success ? parsed.data : null;
}

const updateViewerInput = z.object({
  displayName: displayName.nullish(),
  timeZone: timeZone.nullish(),
  // null clears it: "I'm not saying".
  currentEnergy: energyLevel.nullish(),
});

export type UpdateViewerInput = z.input<typeof updateViewerInput>;

export async function updateViewer(ctx: UseCaseContext, raw: UpdateViewerInput): Promise<User> {
  const input = parseInput(updateViewerInput, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: ctx.viewer.id },
      data: {
        displayName: input.displayName === undefined ? undefined : input.displayName,
        timeZone: input.timeZone ?? undefined,
        currentEnergy: input.currentEnergy === undefined ? undefined : input.currentEnergy,
      },
    });
    // The energy fit is part of every open mission's score.
    if (input.currentEnergy !== undefined) await rescoreOpenMissions(tx, { userId: ctx.viewer.id }, ctx.now());
    return user;
  });
}
