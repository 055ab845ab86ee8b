import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from './xoshiro128.js';
import { nextNormal } from './ziggurat.js';

describe('Xoshiro128', () => {
  it('when reseeded with the same seed and stream, then it repeats the same sequence', () => {
    const a = new Xoshiro128(42, 7);
    const first = Array.from({ length: 5 }, () => a.nextInt32());
    a.reseed(42, 7);
    expect(Array.from({ length: 5 }, () => a.nextInt32())).toEqual(first);
  });

  it('when the stream or the seed differs, then the sequence differs', () => {
    const base = new Xoshiro128(42, 7).nextInt32();
    expect(new Xoshiro128(42, 8).nextInt32()).not.toBe(base);
    expect(new Xoshiro128(43, 7).nextInt32()).not.toBe(base);
    expect(new Xoshiro128(42 + 2 ** 32, 7).nextInt32()).not.toBe(base);
  });

  it('when drawing uniforms, then they are in [0,1) with mean 1/2 and variance 1/12', () => {
    const rng = new Xoshiro128(1, 0);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sq += u * u;
    }
    const mean = sum / n;
    expect(outside).toBe(0);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });
});

describe('nextNormal (Ziggurat)', () => {
  it('when drawing many normals, then mean, sd, tails and skew match N(0,1)', () => {
    const rng = new Xoshiro128(2024, 0);
    const n = 400_000;
    let sum = 0;
    let sq = 0;
    let cube = 0;
    let beyond2 = 0;
    let beyond35 = 0;
    for (let i = 0; i < n; i++) {
      const z = nextNormal(rng);
      sum += z;
      sq += z * z;
      cube += z * z * z;
      if (Math.abs(z) > 2) beyond2++;
      if (Math.abs(z) > 3.5) beyond35++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.sqrt(sq / n)).toBeCloseTo(1, 2);
    expect(Math.abs(cube / n)).toBeLessThan(0.03);
    expect(beyond2 / n).toBeCloseTo(0.0455, 2);
    // P(|Z| > 3.5) = 4.65e-4: exercises the tail algorithm beyond R = 3.44.
    expect(beyond35 / n).toBeGreaterThan(3e-4);
    expect(beyond35 / n).toBeLessThan(6.5e-4);
  });
});
