-- The narrator's memory (a player-editable note and story cards) and the count of quest-offer re-rolls.
ALTER TABLE "AdventureSession"
  ADD COLUMN "memoryNote" VARCHAR(1000) NOT NULL DEFAULT '',
  ADD COLUMN "storyCards" JSONB NOT NULL DEFAULT '[]',
  ADD COLUMN "questRerolls" INTEGER NOT NULL DEFAULT 0;
