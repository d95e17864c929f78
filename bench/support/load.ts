import { Worker } from 'node:worker_threads';
import type { FromWorker, LoadResult, LoadRun } from './load-protocol.js';

export type { LoadResult, LoadRun } from './load-protocol.js';

/** Drives closed-loop HTTP load from a worker thread; one run at a time. */
export interface LoadGenerator {
  run(run: LoadRun): Promise<LoadResult>;
  close(): Promise<void>;
}

export function startLoadGenerator(): LoadGenerator {
  const worker = spawnTsWorker(new URL('./load-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (result: LoadResult) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (message: FromWorker) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'result') waiter.resolve(message.result);
    else waiter.reject(new Error(`load worker crashed: ${message.message}`));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`load worker exited (code ${code})`)));

  return {
    run(run) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<LoadResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'run', id, run });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/**
 * Worker threads do not inherit tsx's loader hooks, so the worker boots from a
 * tiny eval'd script that imports the TypeScript entry through tsx's API.
 */
function spawnTsWorker(entry: URL): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(code, { eval: true });
}
