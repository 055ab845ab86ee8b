import { describe, expect, it } from 'vitest';
import { readLineupReport } from './read-lineup-report.js';

describe('readLineupReport', () => {
  it('when the report has warnings and stack exposure, then both are read', () => {
    expect(readLineupReport({ warnings: ['exposure max 0.5 for A missed: 0.6 (1 lineups)', 3], exposure: { stacks: [{ key: 'KC', name: 'KC QB+2', count: 3, share: 0.6 }, { bad: true }] } }))
      .toEqual({ warnings: ['exposure max 0.5 for A missed: 0.6 (1 lineups)'], stacks: [{ label: 'KC QB+2', share: 0.6 }] });
  });
  it('when there is no report, then there is nothing to show', () => {
    expect(readLineupReport(null)).toEqual({ warnings: [], stacks: [] });
  });
});
