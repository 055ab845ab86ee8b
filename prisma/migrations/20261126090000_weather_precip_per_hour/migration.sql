-- WeatherForecast."precipInches" now holds the mean inches PER HOUR over the game window (the sim reads it as a
-- rate); it held the window's total, which overstated rain 3-4x. No column changes: earlier rows are converted
-- with the window's hour count kept beside them in "hourly" (every hour of those windows had an amount).
UPDATE "WeatherForecast"
SET "precipInches" = ROUND(("precipInches" / ("hourly" -> 'window' ->> 'hoursInWindow')::DOUBLE PRECISION)::NUMERIC, 3)::DOUBLE PRECISION
WHERE "precipInches" IS NOT NULL
  -- CASE, not AND: Postgres may evaluate AND operands in any order, and the cast must only see numbers.
  AND CASE WHEN jsonb_typeof("hourly" -> 'window' -> 'hoursInWindow') = 'number'
    THEN ("hourly" -> 'window' ->> 'hoursInWindow')::DOUBLE PRECISION > 0 ELSE false END;
