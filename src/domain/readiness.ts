/**
 * What /readyz answers, from the state of the process and of its
 * dependencies. The database is required: without it no operation can
 * succeed, so the process is taken out of rotation (503). Redis (cross-process
 * subscription events) and the job store's own connections are not: queries
 * and mutations still work without them, so the process stays in rotation and
 * says it is degraded (200).
 */
export type DependencyName = 'database' | 'redis' | 'jobs';
export type DependencyState = 'up' | 'down';
export type Dependencies = Partial<Record<DependencyName, DependencyState>>;

export interface Readiness {
  httpStatus: 200 | 503;
  body: { status: 'ready' | 'degraded' | 'database unreachable' | 'shutting down'; dependencies: Dependencies };
}

export function readiness(shuttingDown: boolean, dependencies: Dependencies): Readiness {
  if (shuttingDown) return { httpStatus: 503, body: { status: 'shutting down', dependencies } };
  if (dependencies.database !== 'up')
    return { httpStatus: 503, body: { status: 'database unreachable', dependencies } };
  const degraded = Object.values(dependencies).some((state) => state !== 'up');
  return { httpStatus: 200, body: { status: degraded ? 'degraded' : 'ready', dependencies } };
}
