/**
 * An x-y scatter as inline SVG with the y = x diagonal drawn (a perfect forecast lies on it): projected vs actual
 * points, and nominal vs observed percentile coverage (with `connect`, the points joined in order).
 */
import { coord, escapeXml, niceTicks, tickLabel } from './svg-text.js';

export interface ScatterPoint { x: number; y: number; label?: string }

export interface ScatterOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
  /** Fixed axis range (both axes); else from the data. */
  range?: [number, number];
  /** Join the points with a line (a calibration curve). */
  connect?: boolean;
  /** Format tick values (e.g. as percent). */
  tick?: (value: number) => string;
}

export function renderScatter(points: readonly ScatterPoint[], options: ScatterOptions): string {
  const width = options.width ?? 360;
  const height = options.height ?? 260;
  const pad = { left: 40, right: 10, top: 18, bottom: 34 };
  const title = escapeXml(options.title);
  if (!points.length) {
    return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-empty">No graded players</text></svg>`;
  }
  const values = points.flatMap((p) => [p.x, p.y]);
  const [lo, hi] = options.range ?? [Math.min(0, ...values), Math.max(...values) * 1.05 || 1];
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (v: number): number => pad.left + ((v - lo) / (hi - lo || 1)) * plotW;
  const y = (v: number): number => pad.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const fmt = options.tick ?? tickLabel;
  const ticks = niceTicks(lo, hi, 5).filter((t) => t >= lo && t <= hi);
  const grid = ticks.map((t) => `<text class="tick" x="${pad.left - 4}" y="${coord(y(t) + 3)}" text-anchor="end">${fmt(t)}</text>` +
    `<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${coord(y(t))}" y2="${coord(y(t))}"/>` +
    `<text class="tick" x="${coord(x(t))}" y="${pad.top + plotH + 12}" text-anchor="middle">${fmt(t)}</text>`);
  const diagonal = `<line class="diagonal" x1="${coord(x(lo))}" y1="${coord(y(lo))}" x2="${coord(x(hi))}" y2="${coord(y(hi))}" stroke-dasharray="4 3"><title>y = x</title></line>`;
  const line = options.connect ? `<path class="series s0" fill="none" d="${points.map((p, i) => `${i ? 'L' : 'M'}${coord(x(p.x))},${coord(y(p.y))}`).join(' ')}"/>` : '';
  const dots = points.map((p) => `<circle class="dot s0" cx="${coord(x(p.x))}" cy="${coord(y(p.y))}" r="${options.connect ? 3 : 2}"><title>${escapeXml(p.label ?? '')} ${fmt(p.x)} → ${fmt(p.y)}</title></circle>`);
  return [
    `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>${title}</title>`, ...grid, diagonal, line, ...dots,
    `<line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${pad.top + plotH}" y2="${pad.top + plotH}"/>`,
    `<text class="tick" x="${pad.left + plotW / 2}" y="${height - 4}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text class="tick" x="10" y="${pad.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 10 ${coord(pad.top + plotH / 2)})">${escapeXml(options.yLabel)}</text>`,
    '</svg>',
  ].join('');
}
