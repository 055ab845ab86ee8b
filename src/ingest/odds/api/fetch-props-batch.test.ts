import { describe, expect, it } from 'vitest';
import type { OddsFetch } from './create-odds-client.js';
import { mergeFetches } from './fetch-props-batch.js';

const event = { id: 'e1', sportKey: 'americanfootball_nfl', commenceTime: new Date('2026-10-04T17:00:00Z'), homeTeam: 'A', awayTeam: 'B' };
const fetchOf = (remaining: number | null, at: string, events = [event]): OddsFetch => ({
  parsed: { events, quotes: [], skipped: 1, skipReasons: [`r${at}`] },
  quota: { remaining, used: null, last: null },
  fetchedAt: new Date(at),
});

describe('mergeFetches', () => {
  it('when a props response repeats its event, then the merged event list has it once', () => {
    const merged = mergeFetches([fetchOf(400, '2026-10-03T10:00:00Z'), fetchOf(394, '2026-10-03T10:00:01Z')]);
    expect(merged.parsed.events).toEqual([event]);
    expect(merged.parsed.skipped).toBe(2);
  });

  it('when responses report different quotas, then the lowest and the latest capture time win', () => {
    const merged = mergeFetches([fetchOf(400, '2026-10-03T10:00:00Z'), fetchOf(null, '2026-10-03T10:00:02Z'), fetchOf(388, '2026-10-03T10:00:01Z')]);
    expect(merged.quota.remaining).toBe(388);
    expect(merged.fetchedAt.toISOString()).toBe('2026-10-03T10:00:02.000Z');
  });
});
