import { describe, expect, it } from 'vitest';
import { buildPlayerKey, normalizePlayerName } from './normalize-player-name.js';

describe('normalizePlayerName', () => {
  it('folds case, punctuation, accents and suffixes', () => {
    expect(normalizePlayerName('J.J. McCarthy')).toBe('jj mccarthy');
    expect(normalizePlayerName("Ja'Marr Chase")).toBe('jamarr chase');
    expect(normalizePlayerName('James Cook III')).toBe('james cook');
    expect(normalizePlayerName('Todd Gurley II')).toBe('todd gurley');
    expect(normalizePlayerName('Ronald Acuña Jr.')).toBe('ronald acuna');
    expect(normalizePlayerName('César Puello')).toBe('cesar puello');
    expect(normalizePlayerName('Jaxon Smith-Njigba')).toBe('jaxon smith njigba');
    expect(normalizePlayerName('  Ravens  ')).toBe('ravens');
  });

  it('keeps a name that is only a suffix-like word', () => {
    expect(normalizePlayerName('V')).toBe('v');
  });

  it('builds the within-slate key from name and team', () => {
    expect(buildPlayerKey('Josh Allen', 'BUF')).toBe('josh allen|BUF');
  });
});
