-- CreateEnum
CREATE TYPE "QuestOrigin" AS ENUM ('MODEL', 'FILL_IN');

-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "generatedBy" "QuestOrigin";

-- AlterTable
ALTER TABLE "QuestGenerationRun" ADD COLUMN     "inputTokens" INTEGER,
ADD COLUMN     "model" TEXT,
ADD COLUMN     "modelLatencyMs" INTEGER,
ADD COLUMN     "outputTokens" INTEGER,
ADD COLUMN     "promptVersion" TEXT,
ADD COLUMN     "provider" TEXT,
ADD COLUMN     "rejections" JSONB,
ADD COLUMN     "shortfall" TEXT;

