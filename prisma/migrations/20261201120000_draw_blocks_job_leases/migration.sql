-- CreateTable
CREATE TABLE "ProjectionDrawBlock" (
    "projectionSetId" INTEGER NOT NULL,
    "rowStart" INTEGER NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "payload" BYTEA NOT NULL,

    CONSTRAINT "ProjectionDrawBlock_pkey" PRIMARY KEY ("projectionSetId","rowStart")
);

-- AddForeignKey
ALTER TABLE "ProjectionDrawBlock" ADD CONSTRAINT "ProjectionDrawBlock_projectionSetId_fkey" FOREIGN KEY ("projectionSetId") REFERENCES "ProjectionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing draws become one block per set (every row).
INSERT INTO "ProjectionDrawBlock" ("projectionSetId", "rowStart", "rowCount", "payload")
SELECT "id", 0, octet_length("draws") / (4 * "drawCount"), "draws"
FROM "ProjectionSet" WHERE "draws" IS NOT NULL AND "drawCount" > 0;
UPDATE "ProjectionSet" SET "drawCount" = NULL WHERE "draws" IS NULL;

-- AlterTable
ALTER TABLE "ProjectionSet" DROP COLUMN "draws";

-- Float draws do not compress; stored uncompressed, substring() reads only the slice it needs.
ALTER TABLE "ProjectionDrawBlock" ALTER COLUMN "payload" SET STORAGE EXTERNAL;
ALTER TABLE "SimulationChunk" ALTER COLUMN "payload" SET STORAGE EXTERNAL;

-- CreateTable
CREATE TABLE "JobLease" (
    "jobId" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "beatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("jobId")
);
