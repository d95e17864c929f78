import type { Services, Viewer } from '../context/context.js';

/** What every use case receives: the services (database, events, jobs, clock…) and the acting user. */
export interface UseCaseContext extends Services {
  viewer: Viewer;
}
