/**
 * The mission life cycle as data, so the use cases and their tests share one
 * source of truth. Completed and archived missions are final.
 */
import { MINUTE_MS } from './time-units.js';
import { MISSION_STATUSES, type MissionChangeKind, type MissionStatus } from './vocabulary.js';

export type MissionAction = 'start' | 'complete' | 'defer' | 'abandon' | 'edit';

/** Nothing leaves these statuses: the mission is done, or retired with its goal. */
const FINAL_STATUSES: readonly MissionStatus[] = ['COMPLETED', 'ARCHIVED'];

/**
 * The missions still in play, every status but the final ones (PENDING,
 * IN_PROGRESS, DEFERRED): they can be edited or completed, they are rescored
 * when their inputs change, and they are retired when their goal is archived.
 */
export const OPEN_MISSION_STATUSES: readonly MissionStatus[] = MISSION_STATUSES.filter(
  (status) => !FINAL_STATUSES.includes(status),
);

const ALLOWED_FROM: Record<MissionAction, readonly MissionStatus[]> = {
  start: ['PENDING', 'DEFERRED'],
  // A mission can be completed without a started session: one is recorded.
  complete: OPEN_MISSION_STATUSES,
  defer: ['PENDING', 'IN_PROGRESS'],
  // Abandoning gives up the running session; the mission goes back to the pool.
  abandon: ['IN_PROGRESS'],
  edit: OPEN_MISSION_STATUSES,
};

const RESULT: Record<Exclude<MissionAction, 'edit'>, MissionStatus> = {
  start: 'IN_PROGRESS',
  complete: 'COMPLETED',
  defer: 'DEFERRED',
  abandon: 'PENDING',
};

const CHANGE_KIND: Record<MissionAction, MissionChangeKind> = {
  start: 'STARTED',
  complete: 'COMPLETED',
  defer: 'DEFERRED',
  abandon: 'ABANDONED',
  edit: 'UPDATED',
};

/** What subscribers are told happened when `action` is applied to a mission. */
export function changeKindOf(action: MissionAction): MissionChangeKind {
  return CHANGE_KIND[action];
}

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
  return Math.max(1, Math.round((endedAt.getTime() - startedAt.getTime()) / MINUTE_MS));
}
