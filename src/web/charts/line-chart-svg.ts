/**
 * A multi-series line chart over time as inline SVG, for line movement (spread, total, implied team totals).
 * Steps rather than slopes: a betting line holds its value until it moves.
 */
import { coord, escapeXml, niceTicks, tickLabel } from './svg-text.js';

export interface LinePoint { at: Date; value: number }
export interface LineSeries { name: string; points: LinePoint[] }

export interface LineChartOptions { title: string; width?: number; height?: number }

const timeLabel = (d: Date): string =>
  `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

/** Renders series as step lines with a legend; series with no points are left out of the plot but not the legend. */
export function renderLineChart(series: readonly LineSeries[], options: LineChartOptions): string {
  const width = options.width ?? 360;
  const height = options.height ?? 170;
  const pad = { left: 36, right: 8, top: 22, bottom: 22 };
  const title = escapeXml(options.title);
  const points = series.flatMap((s) => s.points);
  if (!points.length) {
    return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-empty">No line history yet</text></svg>`;
  }
  const times = points.map((p) => p.at.getTime());
  const values = points.map((p) => p.value);
  let tMin = Math.min(...times);
  let tMax = Math.max(...times);
  if (tMax === tMin) { tMin -= 3600_000; tMax += 3600_000; }
  let vMin = Math.min(...values);
  let vMax = Math.max(...values);
  const spread = vMax - vMin || Math.max(1, Math.abs(vMax) * 0.05);
  vMin -= spread * 0.15;
  vMax += spread * 0.15;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (t: number): number => pad.left + ((t - tMin) / (tMax - tMin)) * plotW;
  const y = (v: number): number => pad.top + plotH - ((v - vMin) / (vMax - vMin)) * plotH;

  const paths = series.map((s, i) => {
    const sorted = [...s.points].sort((a, b) => a.at.getTime() - b.at.getTime());
    if (!sorted.length) return '';
    let d = `M${coord(x(sorted[0]!.at.getTime()))},${coord(y(sorted[0]!.value))}`;
    for (const p of sorted.slice(1)) d += ` H${coord(x(p.at.getTime()))} V${coord(y(p.value))}`;
    d += ` H${coord(x(tMax))}`;
    const last = sorted[sorted.length - 1]!;
    return `<path class="series s${i}" d="${d}"><title>${escapeXml(s.name)}: ${tickLabel(last.value)}</title></path>`
      + sorted.map((p) => `<circle class="dot s${i}" cx="${coord(x(p.at.getTime()))}" cy="${coord(y(p.value))}" r="2"><title>${escapeXml(s.name)} ${tickLabel(p.value)} at ${timeLabel(p.at)} UTC</title></circle>`).join('');
  });
  const legend = series.map((s, i) => `<text class="legend s${i}" x="${pad.left + i * 110}" y="12">■ ${escapeXml(s.name)}</text>`);
  const yTicks = niceTicks(vMin, vMax, 4).map((t) => `<text class="tick" x="${pad.left - 4}" y="${coord(y(t) + 3)}" text-anchor="end">${tickLabel(t)}</text><line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${coord(y(t))}" y2="${coord(y(t))}"/>`);
  const xTicks = [tMin, tMax].map((t, i) => `<text class="tick" x="${coord(x(t))}" y="${height - 6}" text-anchor="${i ? 'end' : 'start'}">${timeLabel(new Date(t))}</text>`);
  return [
    `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>${title}</title>`, ...legend, ...yTicks, ...paths, ...xTicks,
    `<line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${pad.top + plotH}" y2="${pad.top + plotH}"/>`,
    '</svg>',
  ].join('');
}
