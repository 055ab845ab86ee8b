import { describe, expect, it } from 'vitest';
import { compareSeverity, normalizeInjuryStatus } from './player-status.js';

describe('normalizeInjuryStatus', () => {
  it('maps DraftKings CSV Status and draftables status values', () => {
    expect(normalizeInjuryStatus('')).toBe('active');
    expect(normalizeInjuryStatus(null)).toBe('active');
    expect(normalizeInjuryStatus('None')).toBe('active');
    expect(normalizeInjuryStatus('Q')).toBe('questionable');
    expect(normalizeInjuryStatus('D')).toBe('doubtful');
    expect(normalizeInjuryStatus('OUT')).toBe('out');
    expect(normalizeInjuryStatus('O')).toBe('out');
    expect(normalizeInjuryStatus('IR')).toBe('injured_reserve');
    expect(normalizeInjuryStatus('DL')).toBe('injured_reserve');
  });

  it('maps FanDuel Injury Indicator values (NFL and MLB files)', () => {
    expect(normalizeInjuryStatus('IL')).toBe('injured_reserve');
    expect(normalizeInjuryStatus('DTD')).toBe('questionable');
    expect(normalizeInjuryStatus('NA')).toBe('out');
    expect(normalizeInjuryStatus('GTD')).toBe('game_time_decision');
  });

  it('maps ESPN words and type names and nflverse report_status', () => {
    expect(normalizeInjuryStatus('Injured Reserve')).toBe('injured_reserve');
    expect(normalizeInjuryStatus('Day-To-Day')).toBe('questionable');
    expect(normalizeInjuryStatus('INJURY_STATUS_QUESTIONABLE')).toBe('questionable');
    expect(normalizeInjuryStatus('Game-Time Decision')).toBe('game_time_decision');
    expect(normalizeInjuryStatus('10-Day IL')).toBe('injured_reserve');
    expect(normalizeInjuryStatus('IL-60')).toBe('injured_reserve');
    expect(normalizeInjuryStatus('Probable')).toBe('probable');
  });

  it('returns undefined for a word it does not know', () => {
    expect(normalizeInjuryStatus('Note')).toBeUndefined();
    expect(normalizeInjuryStatus('Limited Participation in Practice')).toBeUndefined();
  });
});

describe('compareSeverity', () => {
  it('says questionable → out is a downgrade and out → active an upgrade', () => {
    expect(compareSeverity('questionable', 'out')).toBeGreaterThan(0);
    expect(compareSeverity('out', 'active')).toBeLessThan(0);
  });
});
