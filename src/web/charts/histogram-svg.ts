/**
 * A histogram of a player's simulated fantasy points as inline SVG: bins, the mean line and the 10th/90th
 * percentile band, so a reader sees floor, ceiling and the zero spike (did not play) at a glance.
 */
import { coord, escapeXml, niceTicks, tickLabel } from './svg-text.js';

export interface HistogramBin { from: number; to: number; count: number }

export interface HistogramOptions {
  title: string;
  width?: number;
  height?: number;
  /** Vertical markers, e.g. the mean or the value target. */
  markers?: { value: number; label: string }[];
}

/** Splits values into `binCount` equal-width bins over their range (a single value gets one bin). */
export function binValues(values: ArrayLike<number>, binCount = 30): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return [];
  if (max === min) return [{ from: min, to: min + 1, count: values.length }];
  const width = (max - min) / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({ from: min + i * width, to: min + (i + 1) * width, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    // The maximum belongs to the last bin, not to a bin past the end.
    const index = Math.min(binCount - 1, Math.floor((v - min) / width));
    (bins[index] as HistogramBin).count++;
  }
  return bins;
}

/** Renders bins as an SVG bar chart with an x axis in points and y as share of simulations. */
export function renderHistogram(bins: readonly HistogramBin[], options: HistogramOptions): string {
  const width = options.width ?? 360;
  const height = options.height ?? 160;
  const pad = { left: 36, right: 8, top: 18, bottom: 22 };
  const title = escapeXml(options.title);
  if (!bins.length) {
    return `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-empty">No simulated draws</text></svg>`;
  }
  const total = bins.reduce((s, b) => s + b.count, 0) || 1;
  const xMin = (bins[0] as HistogramBin).from;
  const xMax = (bins[bins.length - 1] as HistogramBin).to;
  const yMax = Math.max(...bins.map((b) => b.count / total));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (v: number): number => pad.left + ((v - xMin) / (xMax - xMin || 1)) * plotW;
  const y = (share: number): number => pad.top + plotH - (share / (yMax || 1)) * plotH;

  const bars = bins.map((b) => {
    const share = b.count / total;
    const x0 = x(b.from);
    const w = Math.max(0.5, x(b.to) - x0 - 1);
    return `<rect class="bar" x="${coord(x0)}" y="${coord(y(share))}" width="${coord(w)}" height="${coord(pad.top + plotH - y(share))}"><title>${tickLabel(b.from)}–${tickLabel(b.to)} pts: ${(share * 100).toFixed(1)}%</title></rect>`;
  });
  const xTicks = niceTicks(xMin, xMax, 6).map((t) => `<text class="tick" x="${coord(x(t))}" y="${height - 6}" text-anchor="middle">${tickLabel(t)}</text>`);
  const yTicks = niceTicks(0, yMax, 3).map((t) => `<text class="tick" x="${pad.left - 4}" y="${coord(y(t) + 3)}" text-anchor="end">${tickLabel(t * 100)}%</text><line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${coord(y(t))}" y2="${coord(y(t))}"/>`);
  const markers = (options.markers ?? []).filter((m) => m.value >= xMin && m.value <= xMax).map((m) =>
    `<line class="marker" x1="${coord(x(m.value))}" x2="${coord(x(m.value))}" y1="${pad.top}" y2="${pad.top + plotH}"/><text class="marker-label" x="${coord(x(m.value) + 3)}" y="${pad.top - 5}">${escapeXml(m.label)}</text>`);
  return [
    `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title>${title}</title>`,
    ...yTicks, ...bars, ...markers, ...xTicks,
    `<line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${pad.top + plotH}" y2="${pad.top + plotH}"/>`,
    '</svg>',
  ].join('');
}
