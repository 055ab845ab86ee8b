-- Results tier (issue 12): what actually happened after lock.
--
-- Natural keys (every import upserts on them, so a re-import changes nothing and a corrected stat updates the row):
--   PlayerGameStat        (source, sourceGameId, sourcePlayerId): one stat line per player per game per source;
--                         gameDate is the game's US Eastern calendar date at 00:00 UTC.
--                         (nflverse: "<season>_<week>_<team>" + gsis id; espn: event id + athlete id; mlb: gamePk + person id).
--                         stats = the platform's normalized stat keys (what scoring reads); rawStats = the source's row as given.
--   SlatePlayerResult     (slatePlayerId): actual fantasy points of one slate row in its slate's site scoring
--                         (a showdown CPT row carries its multiplied points), played flag, actual ownership (percent).
--   ContestStanding       (slateId, contestKey): one imported real contest (DK standings export); contestKey is the
--                         DK contest id when the file name carries it, else the SHA-256 of the entries it holds.
--   ContestStandingEntry  (contestStandingId, entryKey): one entry of that contest; entryKey = DK EntryId, else "row:<n>".
--   ResultUnmatchedName   (slateId, source, name, teamCode): a name a results/standings/stats import could not match to
--                         the slate's players; kept (never dropped) and deleted once a later import matches it.

-- CreateTable
CREATE TABLE "PlayerGameStat" (
    "id" SERIAL NOT NULL,
    "sportCode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceGameId" TEXT NOT NULL,
    "sourcePlayerId" TEXT NOT NULL,
    "playerName" TEXT NOT NULL,
    "teamCode" TEXT,
    "opponentCode" TEXT,
    "position" TEXT,
    "gameDate" TIMESTAMP(3) NOT NULL,
    "season" INTEGER,
    "week" INTEGER,
    "playerId" INTEGER,
    "gameId" INTEGER,
    "played" BOOLEAN NOT NULL,
    "stats" JSONB NOT NULL,
    "rawStats" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlayerGameStat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlatePlayerResult" (
    "slatePlayerId" INTEGER NOT NULL,
    "slateId" INTEGER NOT NULL,
    "actualPoints" DOUBLE PRECISION NOT NULL,
    "played" BOOLEAN NOT NULL,
    "actualOwnership" DOUBLE PRECISION,
    "pointsSource" TEXT NOT NULL,
    "statLineId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlatePlayerResult_pkey" PRIMARY KEY ("slatePlayerId")
);

-- CreateTable
CREATE TABLE "ContestStanding" (
    "id" SERIAL NOT NULL,
    "slateId" INTEGER NOT NULL,
    "site" TEXT NOT NULL,
    "contestKey" TEXT NOT NULL,
    "fileName" TEXT,
    "entryCount" INTEGER NOT NULL,
    "hasLineups" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContestStanding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestStandingEntry" (
    "id" SERIAL NOT NULL,
    "contestStandingId" INTEGER NOT NULL,
    "entryKey" TEXT NOT NULL,
    "entryId" TEXT,
    "entryName" TEXT,
    "rank" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "lineup" TEXT,
    "slatePlayerIds" INTEGER[] NOT NULL,
    "unmatchedNames" TEXT[] NOT NULL,

    CONSTRAINT "ContestStandingEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultUnmatchedName" (
    "id" SERIAL NOT NULL,
    "slateId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "teamCode" TEXT NOT NULL DEFAULT '',
    "actualPoints" DOUBLE PRECISION,
    "actualOwnership" DOUBLE PRECISION,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResultUnmatchedName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlayerGameStat_source_sourceGameId_sourcePlayerId_key" ON "PlayerGameStat"("source", "sourceGameId", "sourcePlayerId");

-- CreateIndex
CREATE INDEX "PlayerGameStat_playerId_gameDate_idx" ON "PlayerGameStat"("playerId", "gameDate");

-- CreateIndex
CREATE INDEX "PlayerGameStat_sportCode_gameDate_idx" ON "PlayerGameStat"("sportCode", "gameDate");

-- CreateIndex
CREATE INDEX "PlayerGameStat_gameId_idx" ON "PlayerGameStat"("gameId");

-- CreateIndex
CREATE INDEX "SlatePlayerResult_slateId_idx" ON "SlatePlayerResult"("slateId");

-- CreateIndex
CREATE INDEX "SlatePlayerResult_statLineId_idx" ON "SlatePlayerResult"("statLineId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestStanding_slateId_contestKey_key" ON "ContestStanding"("slateId", "contestKey");

-- CreateIndex
CREATE UNIQUE INDEX "ContestStandingEntry_contestStandingId_entryKey_key" ON "ContestStandingEntry"("contestStandingId", "entryKey");

-- CreateIndex
CREATE INDEX "ContestStandingEntry_contestStandingId_points_idx" ON "ContestStandingEntry"("contestStandingId", "points");

-- CreateIndex
CREATE UNIQUE INDEX "ResultUnmatchedName_slateId_source_name_teamCode_key" ON "ResultUnmatchedName"("slateId", "source", "name", "teamCode");

-- AddForeignKey
ALTER TABLE "PlayerGameStat" ADD CONSTRAINT "PlayerGameStat_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlayerGameStat" ADD CONSTRAINT "PlayerGameStat_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayerResult" ADD CONSTRAINT "SlatePlayerResult_slatePlayerId_fkey" FOREIGN KEY ("slatePlayerId") REFERENCES "SlatePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayerResult" ADD CONSTRAINT "SlatePlayerResult_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayerResult" ADD CONSTRAINT "SlatePlayerResult_statLineId_fkey" FOREIGN KEY ("statLineId") REFERENCES "PlayerGameStat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestStanding" ADD CONSTRAINT "ContestStanding_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestStandingEntry" ADD CONSTRAINT "ContestStandingEntry_contestStandingId_fkey" FOREIGN KEY ("contestStandingId") REFERENCES "ContestStanding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultUnmatchedName" ADD CONSTRAINT "ResultUnmatchedName_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
