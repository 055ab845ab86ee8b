import { describe, expect, it } from 'vitest';
import { CorrelationOverridesSchema } from './correlation-overrides.js';

describe('CorrelationOverridesSchema', () => {
  it('when keys name a teammate or opponent pair in alphabetical order (or a wildcard), then they are accepted', () => {
    expect(CorrelationOverridesSchema.parse({ 'same:QB-WR': 0.35, 'opp:DST-QB': -0.3, 'same:*': 0 })).toEqual({ 'same:QB-WR': 0.35, 'opp:DST-QB': -0.3, 'same:*': 0 });
  });

  it('when a key is misspelt, out of order or a value out of range, then each problem is named', () => {
    const result = CorrelationOverridesSchema.safeParse({ 'team:QB-WR': 0.3, 'same:WR-QB': 0.3, 'opp:QB-QB': 1.2 });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.join('\n')).toMatch(/team:QB-WR: keys look like same:QB-WR/);
    expect(messages.join('\n')).toMatch(/opp:QB-QB: .*0\.95/);
  });

  it('when the keys are well formed but out of order, then the fix is named', () => {
    const result = CorrelationOverridesSchema.safeParse({ 'same:WR-QB': 0.3 });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(['write same:QB-WR (groups in alphabetical order)']);
  });
});
