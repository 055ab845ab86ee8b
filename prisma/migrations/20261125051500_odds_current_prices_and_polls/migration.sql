-- AlterTable
ALTER TABLE "PlayerPropLine" ADD COLUMN     "vigRemoved" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "OddsPriceCurrent" (
    "eventId" INTEGER NOT NULL,
    "bookmaker" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "outcomeName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceDecimal" DOUBLE PRECISION NOT NULL,
    "priceAmerican" INTEGER,
    "point" DOUBLE PRECISION,
    "bookmakerUpdatedAt" TIMESTAMP(3),
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OddsPriceCurrent_pkey" PRIMARY KEY ("eventId","bookmaker","market","outcomeName","description")
);

-- CreateTable
CREATE TABLE "OddsPoll" (
    "id" SERIAL NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "requestsRemaining" INTEGER,
    "requestsUsed" INTEGER,
    "eventsSeen" INTEGER NOT NULL DEFAULT 0,
    "quotesSeen" INTEGER NOT NULL DEFAULT 0,
    "pricesStored" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "unmatchedEvents" INTEGER NOT NULL DEFAULT 0,
    "unmatchedPlayers" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,

    CONSTRAINT "OddsPoll_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OddsPoll_startedAt_idx" ON "OddsPoll"("startedAt");

-- AddForeignKey
ALTER TABLE "OddsPriceCurrent" ADD CONSTRAINT "OddsPriceCurrent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OddsEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
