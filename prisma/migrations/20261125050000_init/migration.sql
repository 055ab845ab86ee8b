-- CreateTable
CREATE TABLE "Sport" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Sport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "sportId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "homeVenueId" INTEGER,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamAlias" (
    "id" SERIAL NOT NULL,
    "sportId" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "TeamAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "state" TEXT,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "roof" TEXT NOT NULL,
    "surface" TEXT,
    "fieldBearing" DOUBLE PRECISION,
    "timeZone" TEXT,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Game" (
    "id" SERIAL NOT NULL,
    "sportId" INTEGER NOT NULL,
    "homeTeamId" INTEGER NOT NULL,
    "awayTeamId" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "venueId" INTEGER,
    "isNeutralSite" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Game_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GameExternalId" (
    "id" SERIAL NOT NULL,
    "gameId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,

    CONSTRAINT "GameExternalId_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Player" (
    "id" SERIAL NOT NULL,
    "sportId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "position" TEXT,
    "teamId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Player_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlayerExternalId" (
    "id" SERIAL NOT NULL,
    "playerId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,

    CONSTRAINT "PlayerExternalId_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlayerAlias" (
    "id" SERIAL NOT NULL,
    "sportId" INTEGER NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "playerId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlayerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestGameType" (
    "id" SERIAL NOT NULL,
    "site" TEXT NOT NULL,
    "sportCode" TEXT NOT NULL,
    "gameType" TEXT NOT NULL,
    "siteGameTypeId" INTEGER,
    "salaryCap" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContestGameType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slate" (
    "id" SERIAL NOT NULL,
    "site" TEXT NOT NULL,
    "sportId" INTEGER NOT NULL,
    "gameType" TEXT NOT NULL,
    "siteSlateId" TEXT NOT NULL,
    "name" TEXT,
    "source" TEXT NOT NULL,
    "contestGameTypeId" INTEGER,
    "firstStartsAt" TIMESTAMP(3),
    "lastStartsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Slate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlateGame" (
    "slateId" INTEGER NOT NULL,
    "gameId" INTEGER NOT NULL,

    CONSTRAINT "SlateGame_pkey" PRIMARY KEY ("slateId", "gameId")
);

-- CreateTable
CREATE TABLE "SlatePlayer" (
    "id" SERIAL NOT NULL,
    "slateId" INTEGER NOT NULL,
    "playerId" INTEGER NOT NULL,
    "sitePlayerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "positions" TEXT[] NOT NULL,
    "rosterPositions" TEXT[] NOT NULL,
    "salary" INTEGER NOT NULL,
    "teamId" INTEGER NOT NULL,
    "opponentTeamId" INTEGER,
    "gameId" INTEGER,
    "siteStatus" TEXT,
    "injuryNote" TEXT,
    "avgPoints" DOUBLE PRECISION,
    "battingOrder" INTEGER,
    "isProbablePitcher" BOOLEAN,
    "statusChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlatePlayer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlatePlayerStatusChange" (
    "id" SERIAL NOT NULL,
    "slatePlayerId" INTEGER NOT NULL,
    "previousStatus" TEXT,
    "status" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlatePlayerStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OddsEvent" (
    "id" SERIAL NOT NULL,
    "provider" TEXT NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "sportKey" TEXT NOT NULL,
    "homeTeamName" TEXT NOT NULL,
    "awayTeamName" TEXT NOT NULL,
    "commenceTime" TIMESTAMP(3) NOT NULL,
    "gameId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OddsEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OddsPrice" (
    "id" BIGSERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "bookmaker" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "outcomeName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceDecimal" DOUBLE PRECISION NOT NULL,
    "priceAmerican" INTEGER,
    "point" DOUBLE PRECISION,
    "bookmakerUpdatedAt" TIMESTAMP(3),
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OddsPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GameLine" (
    "id" SERIAL NOT NULL,
    "gameId" INTEGER NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bookCount" INTEGER NOT NULL,
    "homeWinProb" DOUBLE PRECISION,
    "awayWinProb" DOUBLE PRECISION,
    "homeSpread" DOUBLE PRECISION,
    "total" DOUBLE PRECISION,
    "homeImpliedTotal" DOUBLE PRECISION,
    "awayImpliedTotal" DOUBLE PRECISION,

    CONSTRAINT "GameLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlayerPropLine" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "playerId" INTEGER,
    "playerName" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "line" DOUBLE PRECISION,
    "overProb" DOUBLE PRECISION,
    "bookCount" INTEGER NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlayerPropLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeatherForecast" (
    "id" SERIAL NOT NULL,
    "gameId" INTEGER NOT NULL,
    "provider" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isIndoor" BOOLEAN NOT NULL,
    "temperatureF" DOUBLE PRECISION,
    "windSpeedMph" DOUBLE PRECISION,
    "windGustMph" DOUBLE PRECISION,
    "windDirectionDeg" DOUBLE PRECISION,
    "windRelative" TEXT,
    "precipProbability" DOUBLE PRECISION,
    "precipInches" DOUBLE PRECISION,
    "hourly" JSONB,

    CONSTRAINT "WeatherForecast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InjuryReport" (
    "id" SERIAL NOT NULL,
    "sportCode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "playerId" INTEGER,
    "playerName" TEXT NOT NULL,
    "teamCode" TEXT,
    "status" TEXT NOT NULL,
    "rawStatus" TEXT,
    "note" TEXT,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InjuryReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectionSet" (
    "id" SERIAL NOT NULL,
    "slateId" INTEGER NOT NULL,
    "userId" INTEGER,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "simulationRunId" INTEGER,
    "draws" BYTEA,
    "drawCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Projection" (
    "id" SERIAL NOT NULL,
    "projectionSetId" INTEGER NOT NULL,
    "slatePlayerId" INTEGER NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "median" DOUBLE PRECISION,
    "sd" DOUBLE PRECISION,
    "floor" DOUBLE PRECISION,
    "ceiling" DOUBLE PRECISION,
    "p10" DOUBLE PRECISION,
    "p25" DOUBLE PRECISION,
    "p75" DOUBLE PRECISION,
    "p90" DOUBLE PRECISION,
    "p99" DOUBLE PRECISION,
    "boomProb" DOUBLE PRECISION,
    "bustProb" DOUBLE PRECISION,
    "ownership" DOUBLE PRECISION,
    "minExposure" DOUBLE PRECISION,
    "maxExposure" DOUBLE PRECISION,

    CONSTRAINT "Projection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulationRun" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "slateId" INTEGER NOT NULL,
    "userId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "seed" BIGINT NOT NULL,
    "sims" INTEGER NOT NULL,
    "chunkCount" INTEGER NOT NULL DEFAULT 1,
    "chunksDone" INTEGER NOT NULL DEFAULT 0,
    "params" JSONB NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SimulationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulationChunk" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "chunkIndex" INTEGER NOT NULL,
    "payload" BYTEA NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulationChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineupSet" (
    "id" SERIAL NOT NULL,
    "slateId" INTEGER NOT NULL,
    "userId" INTEGER,
    "projectionSetId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "requested" INTEGER NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "rules" JSONB NOT NULL,
    "report" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "LineupSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lineup" (
    "id" SERIAL NOT NULL,
    "lineupSetId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "salary" INTEGER NOT NULL,
    "projection" DOUBLE PRECISION NOT NULL,
    "ownership" DOUBLE PRECISION,
    "needsSwap" BOOLEAN NOT NULL DEFAULT false,
    "swapReason" TEXT,

    CONSTRAINT "Lineup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineupPlayer" (
    "lineupId" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "slotName" TEXT NOT NULL,
    "slatePlayerId" INTEGER NOT NULL,

    CONSTRAINT "LineupPlayer_pkey" PRIMARY KEY ("lineupId", "slot")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'user',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "csrfSecret" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "report" JSONB,
    "slateId" INTEGER,
    "projectionSetId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderStatus" (
    "provider" TEXT NOT NULL,
    "lastSuccessAt" TIMESTAMP(3),
    "lastErrorAt" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderStatus_pkey" PRIMARY KEY ("provider")
);

-- CreateIndex
CREATE UNIQUE INDEX "Sport_code_key" ON "Sport"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team_sportId_code_key" ON "Team"("sportId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "TeamAlias_sportId_source_alias_key" ON "TeamAlias"("sportId", "source", "alias");

-- CreateIndex
CREATE INDEX "TeamAlias_teamId_idx" ON "TeamAlias"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_source_sourceId_key" ON "Venue"("source", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Game_sportId_homeTeamId_awayTeamId_startsAt_key" ON "Game"("sportId", "homeTeamId", "awayTeamId", "startsAt");

-- CreateIndex
CREATE INDEX "Game_startsAt_idx" ON "Game"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "GameExternalId_source_externalId_key" ON "GameExternalId"("source", "externalId");

-- CreateIndex
CREATE INDEX "GameExternalId_gameId_idx" ON "GameExternalId"("gameId");

-- CreateIndex
CREATE INDEX "Player_sportId_normalizedName_idx" ON "Player"("sportId", "normalizedName");

-- CreateIndex
CREATE UNIQUE INDEX "PlayerExternalId_source_externalId_key" ON "PlayerExternalId"("source", "externalId");

-- CreateIndex
CREATE INDEX "PlayerExternalId_playerId_idx" ON "PlayerExternalId"("playerId");

-- CreateIndex
CREATE UNIQUE INDEX "PlayerAlias_sportId_normalizedName_playerId_key" ON "PlayerAlias"("sportId", "normalizedName", "playerId");

-- CreateIndex
CREATE INDEX "PlayerAlias_playerId_idx" ON "PlayerAlias"("playerId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestGameType_site_sportCode_gameType_key" ON "ContestGameType"("site", "sportCode", "gameType");

-- CreateIndex
CREATE UNIQUE INDEX "Slate_site_siteSlateId_key" ON "Slate"("site", "siteSlateId");

-- CreateIndex
CREATE INDEX "Slate_sportId_firstStartsAt_idx" ON "Slate"("sportId", "firstStartsAt");

-- CreateIndex
CREATE INDEX "SlateGame_gameId_idx" ON "SlateGame"("gameId");

-- CreateIndex
CREATE UNIQUE INDEX "SlatePlayer_slateId_sitePlayerId_key" ON "SlatePlayer"("slateId", "sitePlayerId");

-- CreateIndex
CREATE INDEX "SlatePlayer_playerId_idx" ON "SlatePlayer"("playerId");

-- CreateIndex
CREATE INDEX "SlatePlayer_gameId_idx" ON "SlatePlayer"("gameId");

-- CreateIndex
CREATE INDEX "SlatePlayerStatusChange_slatePlayerId_changedAt_idx" ON "SlatePlayerStatusChange"("slatePlayerId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OddsEvent_provider_providerEventId_key" ON "OddsEvent"("provider", "providerEventId");

-- CreateIndex
CREATE INDEX "OddsEvent_gameId_idx" ON "OddsEvent"("gameId");

-- CreateIndex
CREATE INDEX "OddsPrice_history_idx" ON "OddsPrice"("eventId", "market", "bookmaker", "outcomeName", "description", "capturedAt");

-- CreateIndex
CREATE INDEX "GameLine_gameId_capturedAt_idx" ON "GameLine"("gameId", "capturedAt");

-- CreateIndex
CREATE INDEX "PlayerPropLine_eventId_market_capturedAt_idx" ON "PlayerPropLine"("eventId", "market", "capturedAt");

-- CreateIndex
CREATE INDEX "PlayerPropLine_playerId_idx" ON "PlayerPropLine"("playerId");

-- CreateIndex
CREATE INDEX "WeatherForecast_gameId_fetchedAt_idx" ON "WeatherForecast"("gameId", "fetchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InjuryReport_source_sourceKey_status_reportedAt_key" ON "InjuryReport"("source", "sourceKey", "status", "reportedAt");

-- CreateIndex
CREATE INDEX "InjuryReport_playerId_reportedAt_idx" ON "InjuryReport"("playerId", "reportedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectionSet_simulationRunId_key" ON "ProjectionSet"("simulationRunId");

-- CreateIndex
CREATE INDEX "ProjectionSet_slateId_createdAt_idx" ON "ProjectionSet"("slateId", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectionSet_userId_idx" ON "ProjectionSet"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Projection_projectionSetId_slatePlayerId_key" ON "Projection"("projectionSetId", "slatePlayerId");

-- CreateIndex
CREATE INDEX "SimulationRun_slateId_createdAt_idx" ON "SimulationRun"("slateId", "createdAt");

-- CreateIndex
CREATE INDEX "SimulationRun_userId_idx" ON "SimulationRun"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SimulationChunk_runId_chunkIndex_key" ON "SimulationChunk"("runId", "chunkIndex");

-- CreateIndex
CREATE INDEX "LineupSet_slateId_createdAt_idx" ON "LineupSet"("slateId", "createdAt");

-- CreateIndex
CREATE INDEX "LineupSet_userId_idx" ON "LineupSet"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Lineup_lineupSetId_index_key" ON "Lineup"("lineupSetId", "index");

-- CreateIndex
CREATE INDEX "LineupPlayer_slatePlayerId_idx" ON "LineupPlayer"("slatePlayerId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Upload_userId_createdAt_idx" ON "Upload"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_sportId_fkey" FOREIGN KEY ("sportId") REFERENCES "Sport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_homeVenueId_fkey" FOREIGN KEY ("homeVenueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAlias" ADD CONSTRAINT "TeamAlias_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_sportId_fkey" FOREIGN KEY ("sportId") REFERENCES "Sport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_homeTeamId_fkey" FOREIGN KEY ("homeTeamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_awayTeamId_fkey" FOREIGN KEY ("awayTeamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Game" ADD CONSTRAINT "Game_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameExternalId" ADD CONSTRAINT "GameExternalId_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Player" ADD CONSTRAINT "Player_sportId_fkey" FOREIGN KEY ("sportId") REFERENCES "Sport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlayerExternalId" ADD CONSTRAINT "PlayerExternalId_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlayerAlias" ADD CONSTRAINT "PlayerAlias_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slate" ADD CONSTRAINT "Slate_sportId_fkey" FOREIGN KEY ("sportId") REFERENCES "Sport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slate" ADD CONSTRAINT "Slate_contestGameTypeId_fkey" FOREIGN KEY ("contestGameTypeId") REFERENCES "ContestGameType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlateGame" ADD CONSTRAINT "SlateGame_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlateGame" ADD CONSTRAINT "SlateGame_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayer" ADD CONSTRAINT "SlatePlayer_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayer" ADD CONSTRAINT "SlatePlayer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayer" ADD CONSTRAINT "SlatePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlatePlayerStatusChange" ADD CONSTRAINT "SlatePlayerStatusChange_slatePlayerId_fkey" FOREIGN KEY ("slatePlayerId") REFERENCES "SlatePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OddsEvent" ADD CONSTRAINT "OddsEvent_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OddsPrice" ADD CONSTRAINT "OddsPrice_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OddsEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GameLine" ADD CONSTRAINT "GameLine_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlayerPropLine" ADD CONSTRAINT "PlayerPropLine_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OddsEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlayerPropLine" ADD CONSTRAINT "PlayerPropLine_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeatherForecast" ADD CONSTRAINT "WeatherForecast_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InjuryReport" ADD CONSTRAINT "InjuryReport_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectionSet" ADD CONSTRAINT "ProjectionSet_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectionSet" ADD CONSTRAINT "ProjectionSet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectionSet" ADD CONSTRAINT "ProjectionSet_simulationRunId_fkey" FOREIGN KEY ("simulationRunId") REFERENCES "SimulationRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Projection" ADD CONSTRAINT "Projection_projectionSetId_fkey" FOREIGN KEY ("projectionSetId") REFERENCES "ProjectionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Projection" ADD CONSTRAINT "Projection_slatePlayerId_fkey" FOREIGN KEY ("slatePlayerId") REFERENCES "SlatePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimulationRun" ADD CONSTRAINT "SimulationRun_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimulationRun" ADD CONSTRAINT "SimulationRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimulationChunk" ADD CONSTRAINT "SimulationChunk_runId_fkey" FOREIGN KEY ("runId") REFERENCES "SimulationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupSet" ADD CONSTRAINT "LineupSet_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupSet" ADD CONSTRAINT "LineupSet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupSet" ADD CONSTRAINT "LineupSet_projectionSetId_fkey" FOREIGN KEY ("projectionSetId") REFERENCES "ProjectionSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lineup" ADD CONSTRAINT "Lineup_lineupSetId_fkey" FOREIGN KEY ("lineupSetId") REFERENCES "LineupSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupPlayer" ADD CONSTRAINT "LineupPlayer_lineupId_fkey" FOREIGN KEY ("lineupId") REFERENCES "Lineup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineupPlayer" ADD CONSTRAINT "LineupPlayer_slatePlayerId_fkey" FOREIGN KEY ("slatePlayerId") REFERENCES "SlatePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_projectionSetId_fkey" FOREIGN KEY ("projectionSetId") REFERENCES "ProjectionSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Seed the four sports every module refers to by code.
INSERT INTO "Sport" ("code", "name") VALUES
    ('NFL', 'Football'), ('NBA', 'Basketball'), ('MLB', 'Baseball'), ('NHL', 'Hockey');
