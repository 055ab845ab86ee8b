-- SlatePlayer.teamId / opponentTeamId become relations to Team (one join gives a row's team code).
-- Both always held Team ids (ingest-dfs writes them from the sport's Team rows, and Team rows are never deleted), but
-- nothing enforced it: repair any row that points at no Team before the constraints go on.

-- Backfill: a row whose team is missing takes its canonical player's team when that one exists.
UPDATE "SlatePlayer" sp SET "teamId" = p."teamId"
FROM "Player" p
WHERE p."id" = sp."playerId" AND p."teamId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = sp."teamId")
  AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = p."teamId");

-- Backfill: an opponent pointing at no Team is unknown.
UPDATE "SlatePlayer" sp SET "opponentTeamId" = NULL
WHERE sp."opponentTeamId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = sp."opponentTeamId");

-- Backfill: a row with a game but no opponent takes the game's other team.
UPDATE "SlatePlayer" sp
SET "opponentTeamId" = CASE WHEN g."homeTeamId" = sp."teamId" THEN g."awayTeamId" ELSE g."homeTeamId" END
FROM "Game" g
WHERE g."id" = sp."gameId" AND sp."opponentTeamId" IS NULL AND sp."teamId" IN (g."homeTeamId", g."awayTeamId");

-- A row still pointing at no Team cannot be repaired from the data: stop with the rows named instead of the
-- constraint's bare error.
DO $$
DECLARE orphans TEXT;
BEGIN
  SELECT string_agg(sp."id"::text, ', ' ORDER BY sp."id") INTO orphans
  FROM "SlatePlayer" sp WHERE NOT EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = sp."teamId");
  IF orphans IS NOT NULL THEN
    RAISE EXCEPTION 'SlatePlayer rows % have a teamId with no Team row (and no canonical player team to take): fix or delete them, then migrate again', orphans;
  END IF;
END $$;

-- CreateIndex
CREATE INDEX "SlatePlayer_teamId_idx" ON "SlatePlayer"("teamId");

-- AddForeignKey
ALTER TABLE "SlatePlayer" ADD CONSTRAINT "SlatePlayer_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayer" ADD CONSTRAINT "SlatePlayer_opponentTeamId_fkey" FOREIGN KEY ("opponentTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
