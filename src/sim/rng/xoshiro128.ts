/**
 * xoshiro128** (Blackman & Vigna): a small, fast 32-bit generator with a 2^128 period.
 * State lives in plain int32 fields so V8 keeps every operation in small-integer registers.
 */
export class Xoshiro128 {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /**
   * Puts the generator at the start of stream `stream` of run seed `seed`. Every simulation index gets its
   * own stream, so a run split into chunks draws exactly the numbers the unsplit run draws.
   */
  reseed(seed: number, stream: number): void {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 4294967296) >>> 0;
    let x = mix32(lo ^ mix32(hi ^ 0x6a09e667) ^ mix32((stream >>> 0) + 0x9e3779b9));
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      return mix32(x) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    // The all-zero state is the one fixed point of the generator.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next 32 random bits as a signed int32. */
  nextInt32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  nextFloat(): number {
    return (this.nextInt32() >>> 0) * 2.3283064365386963e-10;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** murmur3 finalizer: spreads every input bit over the whole word (seed expansion only). */
export function mix32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
