-- AlterTable
ALTER TABLE "Projection" ADD COLUMN     "boom4xProb" DOUBLE PRECISION;
