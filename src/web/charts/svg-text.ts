/** Escaping and number formatting shared by the SVG chart builders (charts are strings inserted with `<%-`). */

/** Escapes text for SVG/HTML content and attribute values: every label that reaches a chart passes here. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A coordinate with at most one decimal: keeps the markup short and stable for tests. */
export function coord(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

/** "Nice" tick values covering [min, max]: steps of 1, 2 or 5 x 10^k, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max <= min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** A tick label without float noise: 0.30000000000000004 → "0.3". */
export function tickLabel(value: number): string {
  return String(Number(value.toPrecision(6)));
}
