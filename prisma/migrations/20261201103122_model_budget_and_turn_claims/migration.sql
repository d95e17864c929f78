-- AlterTable
ALTER TABLE "AdventureExchange" ADD COLUMN     "clientKey" VARCHAR(100);

-- AlterTable
ALTER TABLE "AdventureSession" ADD COLUMN     "claimClientKey" VARCHAR(100),
ADD COLUMN     "claimToken" VARCHAR(64),
ADD COLUMN     "claimedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ModelBudgetUsage" (
    "userId" TEXT NOT NULL,
    "hourStart" TIMESTAMP(3) NOT NULL,
    "hourUnits" INTEGER NOT NULL DEFAULT 0,
    "dayStart" TIMESTAMP(3) NOT NULL,
    "dayUnits" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelBudgetUsage_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdventureExchange_sessionId_clientKey_key" ON "AdventureExchange"("sessionId", "clientKey");

-- AddForeignKey
ALTER TABLE "ModelBudgetUsage" ADD CONSTRAINT "ModelBudgetUsage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

