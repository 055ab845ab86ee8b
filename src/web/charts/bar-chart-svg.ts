/**
 * Horizontal bars as inline SVG, for the exposure report: one row per player, the bar is the share of lineups,
 * with an optional cap tick (max exposure) so a reader sees who hit their limit.
 */
import { coord, escapeXml } from './svg-text.js';

export interface BarRow { label: string; value: number; /** 0..1 */ cap?: number | null; note?: string }

export interface BarChartOptions { title: string; width?: number; rowHeight?: number; /** The value of a full bar (1 for shares). */ max?: number }

/** Renders rows top to bottom in the order given, value labels as percentages of `max`. */
export function renderBarChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const rowHeight = options.rowHeight ?? 16;
  // The label column fits the longest label (at ~6.2 px per 10 px character, up to 28 characters), so a stack
  // label like "game GB@NYG" is never cut at the chart's left edge; the chart widens rather than squeezing bars.
  const longest = Math.min(28, Math.max(4, ...rows.map((r) => r.label.length)));
  const labelW = Math.max(150, Math.ceil(longest * 6.2) + 12);
  const valueW = 44;
  const width = Math.max(options.width ?? 420, labelW + valueW + 100);
  const title = escapeXml(options.title);
  if (!rows.length) {
    return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} 40" width="${width}" height="40"><text x="${width / 2}" y="24" text-anchor="middle" class="chart-empty">Nothing to show</text></svg>`;
  }
  const max = options.max ?? Math.max(...rows.map((r) => r.value), 1e-9);
  const plotW = width - labelW - valueW;
  const height = rows.length * rowHeight + 4;
  const body = rows.map((r, i) => {
    const top = 2 + i * rowHeight;
    const w = Math.max(0, Math.min(1, r.value / max)) * plotW;
    const cap = r.cap !== undefined && r.cap !== null
      ? `<line class="cap" x1="${coord(labelW + (r.cap / max) * plotW)}" x2="${coord(labelW + (r.cap / max) * plotW)}" y1="${top}" y2="${top + rowHeight - 3}"/>`
      : '';
    const label = escapeXml(r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label);
    return `<g><title>${escapeXml(r.label)}: ${(r.value / max * 100).toFixed(1)}%${r.note ? ` (${escapeXml(r.note)})` : ''}</title>`
      + `<text class="bar-label" x="${labelW - 6}" y="${top + rowHeight - 5}" text-anchor="end">${label}</text>`
      + `<rect class="bar" x="${labelW}" y="${top}" width="${coord(w)}" height="${rowHeight - 3}"/>${cap}`
      + `<text class="bar-value" x="${width - 2}" y="${top + rowHeight - 5}" text-anchor="end">${(r.value / max * 100).toFixed(0)}%</text></g>`;
  });
  return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${title}</title>${body.join('')}</svg>`;
}
