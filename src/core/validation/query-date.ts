/**
 * A date in a query string (`?since=2025-11-01`). JavaScript dates reach years PostgreSQL's timestamp cannot
 * hold (-100000-01-01 parses), which would fail in the database as a 500; the bound keeps them a 400 naming the
 * parameter. No data here is older than 1970 or newer than 2200.
 */
import { z } from 'zod';

const EARLIEST = new Date('1970-01-01T00:00:00Z');
const LATEST = new Date('2200-01-01T00:00:00Z');

export const queryDate = () => z.coerce.date({ error: 'is not a date (use ISO 8601, e.g. 2025-11-01T00:00:00Z)' })
  .min(EARLIEST, 'must be 1970 or later')
  .max(LATEST, 'must be before 2200');
