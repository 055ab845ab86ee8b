import { describe, expect, it } from 'vitest';
import { binValues, renderHistogram } from './histogram-svg.js';
import { renderLineChart } from './line-chart-svg.js';
import { renderBarChart } from './bar-chart-svg.js';
import { niceTicks } from './svg-text.js';

describe('binValues', () => {
  it('when values span a range, then every value lands in exactly one bin and the maximum in the last', () => {
    const bins = binValues([0, 1, 2, 3, 10], 5);
    expect(bins).toHaveLength(5);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(5);
    expect(bins[4]?.count).toBe(1);
    expect(bins[0]?.count).toBe(2);
  });
  it('when all values are equal, then one bin holds them all', () => {
    expect(binValues([4, 4, 4])).toEqual([{ from: 4, to: 5, count: 3 }]);
  });
  it('when there are no finite values, then there are no bins', () => {
    expect(binValues([Number.NaN])).toEqual([]);
  });
});

describe('renderHistogram', () => {
  it('when a title holds markup, then it is escaped', () => {
    const svg = renderHistogram(binValues([1, 2, 3]), { title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
  it('when given bins, then it draws one bar per bin and the markers in range', () => {
    const svg = renderHistogram(binValues([1, 2, 3, 4], 4), { title: 'x', markers: [{ value: 2.5, label: 'mean' }, { value: 99, label: 'out' }] });
    expect(svg.match(/class="bar"/g)).toHaveLength(4);
    expect(svg).toContain('mean');
    expect(svg).not.toContain('>out<');
  });
  it('when there are no bins, then it says so', () => {
    expect(renderHistogram([], { title: 't' })).toContain('No simulated draws');
  });
});

describe('renderLineChart', () => {
  it('when series have points, then each becomes a step path with a legend entry', () => {
    const at = (h: number) => new Date(Date.UTC(2025, 8, 7, h));
    const svg = renderLineChart([
      { name: 'Total', points: [{ at: at(1), value: 47.5 }, { at: at(5), value: 48.5 }] },
      { name: 'Spread', points: [{ at: at(2), value: -3 }] },
    ], { title: 'KC@BAL' });
    expect(svg.match(/<path class="series/g)).toHaveLength(2);
    expect(svg).toContain('Total');
    expect(svg).toContain('09/07 05:00');
  });
  it('when no series has points, then it says there is no history', () => {
    expect(renderLineChart([{ name: 'Total', points: [] }], { title: 't' })).toContain('No line history yet');
  });
});

describe('renderBarChart', () => {
  it('when a stack label is long, then the label column widens so the whole label shows (not "jame GB@NYG")', () => {
    const label = 'game GB@NYG 3 (2+1) bring-back';
    const svg = renderBarChart([{ label, value: 0.4 }], { title: 'stacks', width: 300, max: 1 });
    const x = Number(/class="bar-label" x="(\d+)"/.exec(svg)?.[1]);
    // The right-anchored label needs ~6.2 px per character to its left.
    expect(x).toBeGreaterThanOrEqual(27 * 6.2);
    expect(svg).toContain('game GB@NYG 3 (2+1) bring-b…');
  });

  it('when rows are given, then bars are proportional to the max and the cap is drawn', () => {
    const svg = renderBarChart([{ label: 'A & B', value: 0.5, cap: 0.6 }, { label: 'C', value: 1 }], { title: 'exp', width: 294, max: 1 });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('width="50"');
    expect(svg).toContain('width="100"');
    expect(svg).toContain('class="cap"');
    expect(svg).toContain('50%');
  });
});

describe('niceTicks', () => {
  it('when asked for ticks over 0..47, then they are round numbers inside the range', () => {
    expect(niceTicks(0, 47, 5)).toEqual([0, 10, 20, 30, 40]);
  });
});
