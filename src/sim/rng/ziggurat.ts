import type { Xoshiro128 } from './xoshiro128.js';

/**
 * Standard normal sampler: Marsaglia & Tsang's 128-layer Ziggurat over 32-bit integers. About 99% of draws
 * cost one random word, a compare and a multiply; the rest fall back to the exact wedge/tail rejection.
 */
const R = 3.442619855899;
const kn = new Int32Array(128);
const wn = new Float64Array(128);
const fn = new Float64Array(128);

(function setup(): void {
  const m1 = 2147483648.0;
  const vn = 9.91256303526217e-3;
  let dn = R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * m1);
  kn[1] = 0;
  wn[0] = q / m1;
  wn[127] = dn / m1;
  fn[0] = 1.0;
  fn[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / m1;
  }
})();

/** One N(0,1) draw from `rng`. */
export function nextNormal(rng: Xoshiro128): number {
  const hz = rng.nextInt32();
  const iz = hz & 127;
  if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
  return normalSlowPath(rng, hz, iz);
}

function normalSlowPath(rng: Xoshiro128, hzIn: number, izIn: number): number {
  let hz = hzIn;
  let iz = izIn;
  for (;;) {
    if (iz === 0) {
      // Base strip: sample the tail beyond R exactly (Marsaglia 1964).
      let x: number;
      let y: number;
      do {
        x = -Math.log(1 - rng.nextFloat()) / R;
        y = -Math.log(1 - rng.nextFloat());
      } while (y + y < x * x);
      return hz > 0 ? R + x : -R - x;
    }
    const x = hz * wn[iz]!;
    if (fn[iz]! + rng.nextFloat() * (fn[iz - 1]! - fn[iz]!) < Math.exp(-0.5 * x * x)) return x;
    hz = rng.nextInt32();
    iz = hz & 127;
    if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
  }
}
