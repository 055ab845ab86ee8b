import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES, normalizePosition, profileFor } from './outcome-profiles.js';
import { buildQuantileTable, TABLE_STRIDE } from './quantile-table.js';

describe('buildQuantileTable', () => {
  it('when built for every default profile, then the table moments hit the target mean and sd', () => {
    for (const [sport, table] of Object.entries(DEFAULT_PROFILES)) {
      for (const [group, profile] of Object.entries(table)) {
        const mean = sport === 'NBA' ? 40 : sport === 'NFL' ? 14 : 9;
        const sd = mean * profile.cv;
        const out = new Float64Array(TABLE_STRIDE);
        const m = buildQuantileTable({ mean, sd }, profile, out, 0);
        expect(Math.abs(m.mean - mean) / mean, `${sport} ${group} mean`).toBeLessThan(0.002);
        expect(Math.abs(m.sd - sd) / sd, `${sport} ${group} sd`).toBeLessThan(0.01);
      }
    }
  });

  it('when built for a receiver, then it is monotone, floored, right-skewed (median < mean) and capped', () => {
    const out = new Float64Array(TABLE_STRIDE);
    const profile = profileFor('NFL', 'WR');
    buildQuantileTable({ mean: 15, sd: 11 }, profile, out, 0);
    for (let i = 1; i < TABLE_STRIDE; i++) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]!);
    expect(out[0]).toBeCloseTo(profile.floor, 3);
    expect(out[(TABLE_STRIDE - 1) / 2]).toBeLessThan(15);
    expect(out[TABLE_STRIDE - 1]).toBeLessThanOrEqual(15 + profile.capSd * 11 + 1e-9);
  });

  it('when the mean is zero, then every outcome is zero', () => {
    const out = new Float64Array(TABLE_STRIDE);
    expect(buildQuantileTable({ mean: 0, sd: 0 }, profileFor('NFL', 'QB'), out, 0)).toEqual({ mean: 0, sd: 0 });
    expect(out.every((v) => v === 0)).toBe(true);
  });

  it('when positions come from different sites, then they map onto the same groups', () => {
    expect(['D', 'DEF', 'DST'].map((p) => normalizePosition('NFL', p))).toEqual(['DST', 'DST', 'DST']);
    expect(['SP', 'RP', 'P', 'OF'].map((p) => normalizePosition('MLB', p))).toEqual(['P', 'P', 'P', 'H']);
    expect(['LW', 'RW', 'W', 'C'].map((p) => normalizePosition('NHL', p))).toEqual(['W', 'W', 'W', 'C']);
  });
});
