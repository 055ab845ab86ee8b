/** Sorting and filtering of the player pool from the page's query string (pure; the table's single source). */
import { z } from 'zod';
import { formNumber } from '../forms/form-number.js';
import { dbIdText } from '../../core/validation/db-id.js';
import type { PoolRow } from '../data/load-pool.js';
import { injuryBadge } from './injury-badge.js';

export const SORT_KEYS = ['name', 'salary', 'projection', 'sd', 'ceiling', 'boom', 'bust', 'ownership', 'leverage', 'value', 'impliedTotal', 'team'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const blankToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

export const PoolQuerySchema = z.object({
  pos: z.preprocess(blankToUndefined, z.string().max(10).optional()).catch(undefined),
  team: z.preprocess(blankToUndefined, z.string().max(10).optional()).catch(undefined),
  game: z.preprocess(blankToUndefined, z.string().max(20).optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, z.string().max(60).optional()).catch(undefined),
  minSalary: z.preprocess(blankToUndefined, formNumber().int().min(0).optional()).catch(undefined),
  maxSalary: z.preprocess(blankToUndefined, formNumber().int().min(0).optional()).catch(undefined),
  /** "1" hides players ruled out (out / IR). */
  hideOut: z.preprocess(blankToUndefined, z.enum(['1']).optional()).catch(undefined),
  sort: z.enum(SORT_KEYS).default('salary').catch('salary'),
  dir: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  set: z.preprocess(blankToUndefined, dbIdText().optional()).catch(undefined),
});
export type PoolQuery = z.infer<typeof PoolQuerySchema>;

const sortValue = (row: PoolRow, key: SortKey): number | string | null => (key === 'name' || key === 'team' ? row[key].toLowerCase() : row[key]);

/** Rows matching every filter, sorted by the key; missing values always sort last, whatever the direction. */
export function filterPool(rows: readonly PoolRow[], query: PoolQuery): PoolRow[] {
  const needle = query.q?.trim().toLowerCase();
  const kept = rows.filter((r) =>
    (!query.pos || r.positions.includes(query.pos) || r.rosterPositions.includes(query.pos))
    && (!query.team || r.team === query.team)
    && (!query.game || r.gameLabel === query.game)
    && (!needle || r.name.toLowerCase().includes(needle))
    && (query.minSalary === undefined || r.salary >= query.minSalary)
    && (query.maxSalary === undefined || r.salary <= query.maxSalary)
    && (!query.hideOut || !injuryBadge(r.siteStatus, r.injuryStatus)?.ruledOut));
  const sign = query.dir === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    const va = sortValue(a, query.sort);
    const vb = sortValue(b, query.sort);
    if (va === null && vb === null) return a.id - b.id;
    if (va === null) return 1;
    if (vb === null) return -1;
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.id - b.id;
  });
}

/** The query string for a link that changes some parameters and keeps the rest (blank values dropped). */
export function poolQueryString(query: PoolQuery, change: Partial<Record<keyof PoolQuery, string | number | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}
