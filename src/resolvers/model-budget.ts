import type { PrismaClient } from '@prisma/client';
import type { LlmBudgetConfig } from '../config.js';
import { refund, refusalMessage, reserve, type ModelBudgetUsage } from '../domain/model-budget.js';
import type { ModelOperation } from '../llm/model-call.js';
import type { Metrics } from '../observability/metrics.js';
import { rateLimited } from './user-errors.js';

/**
 * The user's budget of model-backed work, spent before the model is called.
 * The rule (windows, limits, resets) is src/domain/model-budget.ts; here the
 * stored usage is read and written back by compare-and-swap on its version:
 * of two processes that read the same usage, only one write matches, and the
 * other reads again and decides again. So the last unit is spent once.
 *
 * Units are charged when the work is admitted, not when it succeeds: a call
 * that fails, times out or falls back to the offline answer still counts, as
 * the provider may have billed it. Only work that made no model call at all
 * is refunded (refundModelBudget).
 */

export interface BudgetDeps {
  prisma: PrismaClient;
  now: () => Date;
  llmBudget: LlmBudgetConfig;
  metrics: Metrics;
}

export interface BudgetCharge {
  userId: string;
  units: number;
  /** What the units pay for (the refusal metric's label). */
  operation: ModelOperation;
  /** The input field a refusal names (the adventure, or the admin's target user). */
  field: string;
}

/** A charge that went through, to refund if no model call follows. */
export interface SpentBudget {
  userId: string;
  units: number;
  chargedAt: Date;
}

/** Compare-and-swap attempts before giving up: each lost attempt means another request of the same user won. */
const MAX_ATTEMPTS = 20;

/** Spends `units` of the user's budget, or throws RATE_LIMITED (saying when it resets) and spends nothing. */
export async function spendModelBudget(deps: BudgetDeps, charge: BudgetCharge): Promise<SpentBudget> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const now = deps.now();
    const row = await deps.prisma.modelBudgetUsage.findUnique({ where: { userId: charge.userId } });
    const decision = reserve(row, deps.llmBudget, charge.units, now);
    if (!decision.admitted) {
      deps.metrics.modelBudgetRefusals.inc({ operation: charge.operation });
      throw rateLimited(charge.field, refusalMessage(decision), decision.resetsAt);
    }
    if (await swapUsage(deps.prisma, charge.userId, row?.version ?? null, decision.usage)) {
      return { userId: charge.userId, units: charge.units, chargedAt: now };
    }
  }
  throw new Error(`model budget of user ${charge.userId}: too many concurrent updates`);
}

/** Gives back a charge whose work made no model call (as far as the windows it was charged in still run). */
export async function refundModelBudget(deps: BudgetDeps, spent: SpentBudget): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await deps.prisma.modelBudgetUsage.findUnique({ where: { userId: spent.userId } });
    if (!row) return;
    const usage = refund(row, spent.units, spent.chargedAt, deps.now());
    if (await swapUsage(deps.prisma, spent.userId, row.version, usage)) return;
  }
  throw new Error(`model budget of user ${spent.userId}: too many concurrent updates`);
}

/** Writes `usage` if the row is still at `version` (null: no row yet). True when it was written. */
async function swapUsage(
  prisma: PrismaClient,
  userId: string,
  version: number | null,
  usage: ModelBudgetUsage,
): Promise<boolean> {
  if (version === null) {
    // The first charge of a user: of two concurrent first charges, the key lets one insert.
    const { count } = await prisma.modelBudgetUsage.createMany({
      data: [{ userId, ...usage, version: 1 }],
      skipDuplicates: true,
    });
    return count === 1;
  }
  // Raw: Prisma wraps updateMany in BEGIN/COMMIT, two round trips a turn's hot path does not need.
  const count = await prisma.$executeRaw`
    UPDATE "ModelBudgetUsage" SET
      "hourStart" = ${usage.hourStart.toISOString()}::timestamptz AT TIME ZONE 'UTC', "hourUnits" = ${usage.hourUnits}::int,
      "dayStart" = ${usage.dayStart.toISOString()}::timestamptz AT TIME ZONE 'UTC', "dayUnits" = ${usage.dayUnits}::int,
      "version" = ${version + 1}::int, "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "userId" = ${userId}::text AND "version" = ${version}::int`;
  return count === 1;
}
