/**
 * The mission life cycle as data, so the use cases and their tests share one
 * source of truth. Completed and archived missions are final.
 */
export type MissionStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'DEFERRED' | 'ARCHIVED';
export type MissionAction = 'start' | 'complete' | 'defer' | 'abandon' | 'edit';

const ALLOWED_FROM: Record<MissionAction, readonly MissionStatus[]> = {
  start: ['PENDING', 'DEFERRED'],
  // A mission can be completed without a started session: one is recorded.
  complete: ['PENDING', 'IN_PROGRESS', 'DEFERRED'],
  defer: ['PENDING', 'IN_PROGRESS'],
  // Abandoning gives up the running session; the mission goes back to the pool.
  abandon: ['IN_PROGRESS'],
  edit: ['PENDING', 'IN_PROGRESS', 'DEFERRED'],
};

const RESULT: Record<Exclude<MissionAction, 'edit'>, MissionStatus> = {
  start: 'IN_PROGRESS',
  complete: 'COMPLETED',
  defer: 'DEFERRED',
  abandon: 'PENDING',
};

export function statusesAllowing(action: MissionAction): readonly MissionStatus[] {
  return ALLOWED_FROM[action];
}

export function canApply(action: MissionAction, from: MissionStatus): boolean {
  return ALLOWED_FROM[action].includes(from);
}

export function statusAfter(action: Exclude<MissionAction, 'edit'>): MissionStatus {
  return RESULT[action];
}

/** Minutes of a session that ran from `startedAt` to `endedAt`, at least 1. */
export function elapsedMinutes(startedAt: Date, endedAt: Date): number {
  return Math.max(1, Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000));
}
