import { describe, expect, it } from 'vitest';
import { isRuledOut, normalizeInjuryStatus } from './player-status.js';

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


describe('isRuledOut', () => {
  it.each([
    'O', 'OUT', 'Out', 'IR', 'IL', 'IL7', 'IL10', 'IL15', 'IL60', 'IL-60', '60-Day IL', 'DL', 'PUP', 'PUP-R', 'NFI',
    'LTIR', 'NA', 'SUSP', 'Suspended', 'Inactive', 'Injured Reserve', 'OFS', 'out', 'injured_reserve',
  ])('when the status is %j, then the player is out', (status) => {
    expect(isRuledOut(status)).toBe(true);
  });

  it.each([
    null, '', 'None', 'A', 'Active', 'P', 'Probable', 'Q', 'Questionable', 'DTD', 'Day-To-Day', 'GTD',
    'game_time_decision', 'D', 'Doubtful', 'doubtful', 'Note', 'Limited Participation in Practice',
  ])('when the status is %j, then the player is not out', (status) => {
    expect(isRuledOut(status)).toBe(false);
  });

  it('when every status word is classified, then exactly out and injured reserve are ruled out', () => {
    const statuses = ['active', 'probable', 'questionable', 'doubtful', 'out', 'injured_reserve', 'game_time_decision'] as const;
    expect(statuses.filter((s) => isRuledOut(s))).toEqual(['out', 'injured_reserve']);
  });
});
