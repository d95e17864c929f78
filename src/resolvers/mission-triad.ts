import type { Prisma } from '@prisma/client';
import { selectTriad } from '../domain/triad.js';
import type { UseCaseContext } from './use-case.js';

// The triad is chosen from the best of the pool; beyond this the low tier is noise.
const TRIAD_POOL_LIMIT = 300;

/** The columns and relations a caller wants loaded with each mission (the schema passes its planned query). */
export interface MissionSelection {
  select?: Prisma.MissionSelect;
  include?: Prisma.MissionInclude;
}

/**
 * "What next": three of the viewer's pending missions, high, medium and lower
 * priority and varied (src/domain/triad.ts), picked from the top of the pool.
 */
export async function missionTriad(ctx: Pick<UseCaseContext, 'prisma' | 'viewer'>, selection: MissionSelection) {
  const pending = await ctx.prisma.mission.findMany({
    ...selection,
    where: { userId: ctx.viewer.id, status: 'PENDING' },
    orderBy: [{ priorityScore: 'desc' }, { id: 'asc' }],
    take: TRIAD_POOL_LIMIT,
  });
  return selectTriad(pending);
}
