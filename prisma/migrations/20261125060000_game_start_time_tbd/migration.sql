-- AlterTable
ALTER TABLE "Game" ADD COLUMN     "startTimeTbd" BOOLEAN NOT NULL DEFAULT false;
