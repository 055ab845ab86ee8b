-- A user's contests on a slate (from a DKEntries / FanDuel entries file) and their entries.
-- Natural keys: Contest (userId, site, siteContestId); ContestEntry (contestId, siteEntryId).

-- CreateTable
CREATE TABLE "Contest" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "slateId" INTEGER NOT NULL,
    "site" TEXT NOT NULL,
    "siteContestId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "entryFee" DOUBLE PRECISION NOT NULL,
    "fieldSize" INTEGER,
    "payout" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestEntry" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "siteEntryId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortfolioRun" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "slateId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "params" JSONB NOT NULL,
    "report" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PortfolioRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PortfolioRun_slateId_userId_idx" ON "PortfolioRun"("slateId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Contest_userId_site_siteContestId_key" ON "Contest"("userId", "site", "siteContestId");

-- CreateIndex
CREATE INDEX "Contest_slateId_idx" ON "Contest"("slateId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_contestId_siteEntryId_key" ON "ContestEntry"("contestId", "siteEntryId");

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contest" ADD CONSTRAINT "Contest_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioRun" ADD CONSTRAINT "PortfolioRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioRun" ADD CONSTRAINT "PortfolioRun_slateId_fkey" FOREIGN KEY ("slateId") REFERENCES "Slate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
