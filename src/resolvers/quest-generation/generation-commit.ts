import { randomUUID } from 'node:crypto';
import type { PrismaClient, QuestGenerationRun } from '@prisma/client';
import { priorityScore } from '../../domain/priority.js';
import type { GenerationContext, QuestProposal } from '../../domain/quest-types.js';
import type { QuestProposalOutcome, QuestProposer } from '../../llm/ports.js';
import type { GenerationInput } from './generation-context.js';

/** One user's finished proposal, ready to be stored with its run. */
export interface BatchToCommit {
  run: QuestGenerationRun;
  input: GenerationInput;
  outcome: QuestProposalOutcome;
  /** When the batch was ready (the run's finishedAt). */
  finishedAt: Date;
}

export interface CommittedBatch {
  finished: QuestGenerationRun;
  missionIds: string[];
}

/**
 * Stores the batches of several runs and marks them succeeded, in one
 * statement (atomic: all of it or none): each run only if it is still RUNNING
 * (if another attempt already succeeded, that run's missions are not
 * inserted either), with its missions, the user's lease released and failure
 * count reset, and the user's open repeated-failure alerts resolved when the
 * count says there may be some. A mission whose goal is no longer ACTIVE (the
 * user archived, completed or paused it while the model was writing) is not
 * stored, and the run counts only the missions it stored.
 *
 * Returns, in the order given, the finished run and the IDs of the missions
 * stored, or null for a run that was no longer running.
 */
export async function commitBatches(
  prisma: PrismaClient,
  proposer: QuestProposer,
  batches: readonly BatchToCommit[],
): Promise<(CommittedBatch | null)[]> {
  if (batches.length === 0) return [];
  // What Prisma would write for @default(now()) and @updatedAt: the wall clock, not the injected one.
  const wall = new Date();
  const missionIds = new Map<string, string[]>();
  const missions: Record<string, unknown>[] = [];
  const runs = batches.map(({ run, input, outcome, finishedAt }) => {
    const ids: string[] = [];
    for (const quest of outcome.batch) {
      const id = randomUUID();
      ids.push(id);
      missions.push({
        id,
        runId: run.id,
        userId: run.userId,
        goalId: quest.goalId,
        title: quest.title,
        description: quest.description || null,
        estimatedMinutes: quest.estimatedMinutes,
        energyLevel: quest.energyLevel,
        valueCategory: quest.valueCategory,
        generatedBy: quest.origin,
        priorityScore: scoreQuest(quest, input.context, input.user.currentEnergy),
      });
    }
    missionIds.set(run.id, ids);
    return {
      runId: run.id,
      fellBack: outcome.fellBack,
      error: outcome.error,
      finishedAt,
      durationMs: finishedAt.getTime() - run.startedAt.getTime(),
      ...runAudit(proposer, outcome),
      // An open alert needs 3 failures in a row: none without one (the lease keeps the count still meanwhile).
      resolveAlerts: input.user.consecutiveGenerationFailures > 0,
    };
  });

  const goalIds = [...new Set(missions.flatMap((mission) => (mission.goalId ? [mission.goalId as string] : [])))];
  const rows = await prisma.$queryRaw<(QuestGenerationRun & { storedMissionIds: string[] })[]>`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(runs)}::json) AS i(
        "runId" text, "fellBack" boolean, error text, "finishedAt" timestamp(3),
        "durationMs" int, provider text, model text, "promptVersion" text, "modelLatencyMs" int,
        "inputTokens" int, "outputTokens" int, rejections jsonb, shortfall text, "resolveAlerts" boolean)
    ),
    -- The goals still open to new missions, locked until this statement's transaction ends: a goal
    -- archived or completed since generation read it gets none (archiveGoal takes the same row first).
    live_goals AS (
      SELECT g.id FROM "Goal" g
      WHERE g.id = ANY(${goalIds}::text[]) AND g.status = 'ACTIVE'
      FOR SHARE
    ),
    kept AS (
      SELECT m.* FROM json_to_recordset(${JSON.stringify(missions)}::json) AS m(
        id text, "runId" text, "userId" text, "goalId" text, title text, description text,
        "estimatedMinutes" int, "energyLevel" text, "valueCategory" text, "generatedBy" text,
        "priorityScore" double precision)
      WHERE m."goalId" IS NULL OR m."goalId" IN (SELECT id FROM live_goals)
    ),
    finished AS (
      UPDATE "QuestGenerationRun" q
      SET status = 'SUCCEEDED',
          "missionsCreated" = (SELECT count(*) FROM kept k WHERE k."runId" = q.id),
          "fellBack" = i."fellBack",
          error = i.error, "finishedAt" = i."finishedAt", "durationMs" = i."durationMs",
          provider = i.provider, model = i.model, "promptVersion" = i."promptVersion",
          "modelLatencyMs" = i."modelLatencyMs", "inputTokens" = i."inputTokens",
          "outputTokens" = i."outputTokens", rejections = i.rejections, shortfall = i.shortfall,
          "updatedAt" = ${wall}
      FROM input i
      WHERE q.id = i."runId" AND q.status = 'RUNNING'
      RETURNING q.*
    ),
    missions AS (
      INSERT INTO "Mission"
        (id, "userId", "goalId", title, description, "estimatedMinutes", "energyLevel", "valueCategory",
         "priorityScore", status, source, "generationRunId", "generatedBy", "createdAt", "updatedAt")
      SELECT m.id, m."userId", m."goalId", m.title, m.description, m."estimatedMinutes",
             m."energyLevel"::"EnergyLevel", m."valueCategory"::"ValueCategory", m."priorityScore",
             'PENDING', 'GENERATED', m."runId", m."generatedBy"::"QuestOrigin", ${wall}, ${wall}
      FROM kept m
      JOIN finished f ON f.id = m."runId"
      RETURNING id, "generationRunId"
    ),
    users AS (
      UPDATE "User" u SET "consecutiveGenerationFailures" = 0, "generationLeaseUntil" = NULL, "updatedAt" = ${wall}
      FROM finished f WHERE u.id = f."userId"
    ),
    alerts AS (
      UPDATE "GenerationAlert" a SET "resolvedAt" = i."finishedAt"
      FROM finished f JOIN input i ON i."runId" = f.id
      WHERE i."resolveAlerts" AND a."userId" = f."userId" AND a.kind = 'USER_REPEATED_FAILURES'
        AND a."resolvedAt" IS NULL
    )
    SELECT f.*, COALESCE(
      (SELECT array_agg(m.id ORDER BY m.id) FROM missions m WHERE m."generationRunId" = f.id), '{}'
    ) AS "storedMissionIds"
    FROM finished f`;

  const byId = new Map(
    rows.map(({ storedMissionIds, ...run }) => [run.id, { run, stored: new Set(storedMissionIds) }]),
  );
  return batches.map(({ run }) => {
    const done = byId.get(run.id);
    // In the batch's order, without the missions of a goal that closed meanwhile.
    return done
      ? { finished: done.run, missionIds: missionIds.get(run.id)!.filter((id) => done.stored.has(id)) }
      : null;
  });
}

/** What a succeeded run records about how its batch was made (docs/quest-generation.md §5.1). */
function runAudit(proposer: QuestProposer, outcome: QuestProposalOutcome) {
  const call = outcome.modelCall;
  return {
    provider: call ? proposer.identity.provider : null,
    model: call ? proposer.identity.model : null,
    promptVersion: call ? proposer.promptVersion : null,
    modelLatencyMs: call?.latencyMs ?? null,
    inputTokens: call?.usage?.inputTokens ?? null,
    outputTokens: call?.usage?.outputTokens ?? null,
    rejections: outcome.rejections,
    shortfall: outcome.shortfall,
  };
}

/** The same priority rule as manual missions, from the context already in memory (no query per quest). */
function scoreQuest(
  quest: QuestProposal,
  context: GenerationContext,
  currentEnergy: QuestProposal['energyLevel'] | null,
) {
  const goal = context.goals.find((candidate) => candidate.id === quest.goalId) ?? null;
  return priorityScore({
    now: context.now,
    goal,
    dueDate: null,
    energyLevel: quest.energyLevel,
    valueCategory: quest.valueCategory,
    currentEnergy,
    pendingCategoryCounts: context.pendingByCategory,
  });
}
