-- updatedAt on the remaining mutable rows: work sessions (started, then ended) and adventure quests
-- (offered, then chosen, completed or declined). Existing rows take the migration's time: a client
-- catching up from before it sees them once more, which is harmless, rather than never.
ALTER TABLE "MissionSession" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "AdventureQuest" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Catch-up reads: the viewer's goals, missions and adventures changed at or after an instant.
CREATE INDEX "Goal_userId_updatedAt_idx" ON "Goal"("userId", "updatedAt");
CREATE INDEX "Mission_userId_updatedAt_idx" ON "Mission"("userId", "updatedAt");
CREATE INDEX "AdventureSession_userId_updatedAt_idx" ON "AdventureSession"("userId", "updatedAt");
