/** Request-credit quota as The Odds API reports it on every response. */
export interface Quota {
  /** Credits left in the billing period (`x-requests-remaining`). */
  remaining: number | null;
  /** Credits used so far (`x-requests-used`). */
  used: number | null;
  /** Cost of the request that returned these headers (`x-requests-last`). */
  last: number | null;
}

type Headers = Readonly<Record<string, string | string[] | undefined>>;

function readNumber(headers: Headers, name: string): number | null {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  // Whole credits: some plans report fractional usage ("499.5"), the columns hold integers.
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : null;
}

/** Reads the quota headers (node lower-cases header names); absent or garbled values become null. */
export function readQuota(headers: Headers): Quota {
  return {
    remaining: readNumber(headers, 'x-requests-remaining'),
    used: readNumber(headers, 'x-requests-used'),
    last: readNumber(headers, 'x-requests-last'),
  };
}

/**
 * Whether a props pass fits the quota: it must leave `reserve` credits for game lines.
 * Unknown quota (no headers yet) does not block.
 */
export function canAffordProps(quota: Quota | null, estimatedCost: number, reserve: number): boolean {
  if (quota?.remaining === null || quota?.remaining === undefined) return true;
  return quota.remaining - estimatedCost >= reserve;
}
