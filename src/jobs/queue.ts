import type { GenerationTrigger } from '@prisma/client';

/** What the use cases may ask of the job system (the API role enqueues; workers process). */
export interface QuestGenerationJob {
  userId: string;
  trigger: GenerationTrigger;
  windowKey: string;
}

export interface JobQueue {
  enqueueQuestGeneration(job: QuestGenerationJob, options?: { delayMs?: number }): Promise<void>;
  /** Removes every stored job whose payload names this user (their account is gone); returns how many. */
  cancelUserJobs(userId: string): Promise<number>;
}
