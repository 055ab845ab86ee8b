-- A user-given name for a lineup set (rename on the optimizer page).
ALTER TABLE "LineupSet" ADD COLUMN "name" TEXT;
