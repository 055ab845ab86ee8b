-- NHL defensemen (position D) were keyed as a team defense ("bos defense") by the name matcher: key each by his
-- own name again, the way normalizePlayerName does (lower case, common accents folded, periods and apostrophes
-- dropped, other punctuation as spaces, a trailing Jr/Sr/II/III/IV/V removed). Canonical players duplicated by the
-- old keys are not merged here: `sportsdata players alias` settles them.
UPDATE "Player" p
SET "normalizedName" = k.key, "updatedAt" = now()
FROM (
  SELECT id, regexp_replace(
      btrim(regexp_replace(regexp_replace(
        translate(lower("fullName"), 'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿšžčćřěůłń', 'aaaaaaceeeeiiiinoooooouuuuyyszccreulnn'),
        '[.''’`]', '', 'g'), '[^a-z0-9]+', ' ', 'g')),
      '(.) (jr|sr|ii|iii|iv|v)$', '\1') AS key
  FROM "Player"
) k
WHERE p."id" = k.id
  AND p."position" = 'D'
  AND p."normalizedName" LIKE '% defense'
  AND p."sportId" IN (SELECT "id" FROM "Sport" WHERE "code" = 'NHL')
  AND k.key <> '';
