-- CreateEnum
CREATE TYPE "AdventureStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "GamePhase" AS ENUM ('CHARACTER_CREATION', 'EXPLORATION', 'COMBAT', 'DIALOGUE');

-- CreateEnum
CREATE TYPE "AdventurePhase" AS ENUM ('SETUP', 'RISING_ACTION', 'MID_POINT', 'CLIMAX', 'DENOUEMENT');

-- CreateEnum
CREATE TYPE "CompletionReason" AS ENUM ('QUEST_COMPLETE', 'TURN_CAP', 'ABANDONED');

-- CreateEnum
CREATE TYPE "AdventureQuestStatus" AS ENUM ('OFFERED', 'ACTIVE', 'COMPLETED', 'DECLINED');

-- CreateEnum
CREATE TYPE "MomentKind" AS ENUM ('DISCOVERY', 'COMBAT', 'DIALOGUE', 'CHOICE', 'LOSS', 'TRIUMPH', 'OBJECTIVE');

-- CreateTable
CREATE TABLE "AdventureSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "AdventureStatus" NOT NULL DEFAULT 'ACTIVE',
    "gamePhase" "GamePhase" NOT NULL DEFAULT 'CHARACTER_CREATION',
    "characterName" VARCHAR(60),
    "characterArchetype" VARCHAR(60),
    "characterBackstory" VARCHAR(1000),
    "creationTurn" INTEGER NOT NULL DEFAULT 0,
    "turn" INTEGER NOT NULL DEFAULT 0,
    "maxTurns" INTEGER NOT NULL DEFAULT 50,
    "phase" "AdventurePhase" NOT NULL DEFAULT 'SETUP',
    "climaxReached" BOOLEAN NOT NULL DEFAULT false,
    "pacingEnabled" BOOLEAN NOT NULL DEFAULT true,
    "questCompletedAtTurn" INTEGER,
    "denouementStartedAtTurn" INTEGER,
    "epilogue" TEXT,
    "completedAt" TIMESTAMP(3),
    "completionReason" "CompletionReason",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdventureSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdventureQuest" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "status" "AdventureQuestStatus" NOT NULL DEFAULT 'OFFERED',
    "chosenAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdventureQuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdventureObjective" (
    "id" TEXT NOT NULL,
    "questId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "keywords" TEXT[],
    "completedAt" TIMESTAMP(3),
    "completedAtTurn" INTEGER,

    CONSTRAINT "AdventureObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdventureMoment" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "turn" INTEGER NOT NULL,
    "kind" "MomentKind" NOT NULL,
    "summary" VARCHAR(300) NOT NULL,
    "significance" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdventureMoment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdventureExchange" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "turn" INTEGER NOT NULL,
    "action" VARCHAR(500) NOT NULL,
    "narration" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdventureExchange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdventureSession_userId_createdAt_idx" ON "AdventureSession"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AdventureQuest_sessionId_status_idx" ON "AdventureQuest"("sessionId", "status");

-- CreateIndex
CREATE INDEX "AdventureObjective_questId_position_idx" ON "AdventureObjective"("questId", "position");

-- CreateIndex
CREATE INDEX "AdventureMoment_sessionId_turn_idx" ON "AdventureMoment"("sessionId", "turn");

-- CreateIndex
CREATE UNIQUE INDEX "AdventureExchange_sessionId_turn_key" ON "AdventureExchange"("sessionId", "turn");

-- AddForeignKey
ALTER TABLE "AdventureSession" ADD CONSTRAINT "AdventureSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdventureQuest" ADD CONSTRAINT "AdventureQuest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AdventureSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdventureObjective" ADD CONSTRAINT "AdventureObjective_questId_fkey" FOREIGN KEY ("questId") REFERENCES "AdventureQuest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdventureMoment" ADD CONSTRAINT "AdventureMoment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AdventureSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdventureExchange" ADD CONSTRAINT "AdventureExchange_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AdventureSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

