import type { JobSpec } from '../kit.js';
import { nightlySweepJob } from './nightly-sweep.js';
import { questGenerationJob } from './quest-generation.js';

/** Every job the system runs: adding a job is a file in this folder and a line here. */
export const JOBS: readonly JobSpec<unknown>[] = [questGenerationJob, nightlySweepJob];
