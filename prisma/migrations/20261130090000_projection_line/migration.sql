-- AlterTable
ALTER TABLE "Projection" ADD COLUMN     "line" INTEGER;
