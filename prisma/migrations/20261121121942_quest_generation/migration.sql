-- CreateEnum
CREATE TYPE "GenerationTrigger" AS ENUM ('NIGHTLY', 'ON_DEMAND', 'ADMIN');

-- CreateEnum
CREATE TYPE "GenerationStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "GenerationAlertKind" AS ENUM ('USER_REPEATED_FAILURES', 'SWEEP_FAILURE_RATE');

-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "generationRunId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "consecutiveGenerationFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "generationLeaseUntil" TIMESTAMP(3),
ADD COLUMN     "lastOnDemandGenerationAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "QuestGenerationRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "trigger" "GenerationTrigger" NOT NULL,
    "windowKey" TEXT NOT NULL,
    "status" "GenerationStatus" NOT NULL DEFAULT 'RUNNING',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "missionsCreated" INTEGER NOT NULL DEFAULT 0,
    "fellBack" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestGenerationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationSweep" (
    "id" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "usersProcessed" INTEGER NOT NULL DEFAULT 0,
    "missionsGenerated" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GenerationSweep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationAlert" (
    "id" TEXT NOT NULL,
    "kind" "GenerationAlertKind" NOT NULL,
    "userId" TEXT,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "GenerationAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestGenerationRun_userId_startedAt_idx" ON "QuestGenerationRun"("userId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "QuestGenerationRun_status_startedAt_idx" ON "QuestGenerationRun"("status", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "QuestGenerationRun_startedAt_idx" ON "QuestGenerationRun"("startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "QuestGenerationRun_userId_windowKey_key" ON "QuestGenerationRun"("userId", "windowKey");

-- CreateIndex
CREATE UNIQUE INDEX "GenerationSweep_slot_key" ON "GenerationSweep"("slot");

-- CreateIndex
CREATE INDEX "GenerationAlert_resolvedAt_createdAt_idx" ON "GenerationAlert"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Mission_generationRunId_idx" ON "Mission"("generationRunId");

-- CreateIndex
CREATE INDEX "User_timeZone_idx" ON "User"("timeZone");

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_generationRunId_fkey" FOREIGN KEY ("generationRunId") REFERENCES "QuestGenerationRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestGenerationRun" ADD CONSTRAINT "QuestGenerationRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationAlert" ADD CONSTRAINT "GenerationAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

