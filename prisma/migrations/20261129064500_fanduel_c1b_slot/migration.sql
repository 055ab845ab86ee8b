-- Data fix: FanDuel's MLB "C/1B" slot was stored split into "C" and "1B" (the import joined arrays by '/').
-- FanDuel has no "C" slot of its own, so an adjacent C, 1B pair in a FanDuel row can only be that slot.
UPDATE "SlatePlayer" sp
SET "rosterPositions" = string_to_array(replace(array_to_string(sp."rosterPositions", '|'), 'C|1B', 'C/1B'), '|')
FROM "Slate" s
WHERE s."id" = sp."slateId" AND s."site" = 'fanduel' AND array_to_string(sp."rosterPositions", '|') LIKE '%C|1B%';
