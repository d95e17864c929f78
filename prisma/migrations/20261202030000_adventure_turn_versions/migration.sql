-- Retry, undo and the record of each turn (issue 12): what a turn changed, its versions, its model calls.
ALTER TABLE "AdventureExchange"
  ADD COLUMN "before" JSONB,
  ADD COLUMN "answer" JSONB,
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "versions" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "narratorCall" JSONB,
  ADD COLUMN "epilogueCall" JSONB;

CREATE TABLE "AdventureTurnVersion" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "turn" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "narration" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "epilogue" TEXT,
    "narratorCall" JSONB,
    "epilogueCall" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdventureTurnVersion_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "AdventureTurnVersion_sessionId_turn_version_key" ON "AdventureTurnVersion"("sessionId", "turn", "version");

ALTER TABLE "AdventureTurnVersion" ADD CONSTRAINT "AdventureTurnVersion_sessionId_turn_fkey" FOREIGN KEY ("sessionId", "turn") REFERENCES "AdventureExchange"("sessionId", "turn") ON DELETE CASCADE ON UPDATE CASCADE;
