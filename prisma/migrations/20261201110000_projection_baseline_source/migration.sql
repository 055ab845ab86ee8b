-- AlterTable
ALTER TABLE "Projection" ADD COLUMN     "baselineSource" TEXT,
ADD COLUMN     "playProbability" DOUBLE PRECISION;
