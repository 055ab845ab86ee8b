/**
 * Login rate limiting: failed attempts are counted per (email, IP) and per IP in a fixed window. Past the limit,
 * logins are refused with 429 until the window ends, even with the right password, so guessing is bounded.
 * In memory, per process: with several API instances each allows the limit, which still bounds guessing; a
 * restart forgets the counts.
 */
import { AppError } from '../../core/errors.js';

export interface LoginLimits {
  /** Failures allowed per email from one IP within the window. */
  perAccount: number;
  /** Failures allowed from one IP (any email) within the window. */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perIp: 30, windowMs: 15 * 60_000 };

interface Counter { failures: number; windowStart: number }

// Forgetting old windows keeps memory bounded under a spray of distinct emails.
const MAX_KEYS = 50_000;

export class LoginLimiter {
  private readonly counters = new Map<string, Counter>();

  constructor(readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS, private readonly clock: () => number = Date.now) {}

  /** Throws a 429 AppError (details.retryAfterSeconds) when this email or IP is over its limit. */
  check(email: string, ip: string): void {
    const wait = Math.max(this.blockedFor(this.accountKey(email, ip), this.limits.perAccount), this.blockedFor(this.ipKey(ip), this.limits.perIp));
    if (wait > 0) {
      const retryAfterSeconds = Math.ceil(wait / 1000);
      throw new AppError('too_many_attempts', `too many failed logins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  }

  recordFailure(email: string, ip: string): void {
    this.bump(this.accountKey(email, ip));
    this.bump(this.ipKey(ip));
  }

  /** A successful login clears that account's count (not the IP's: a shared NAT may hold an attacker too). */
  recordSuccess(email: string, ip: string): void {
    this.counters.delete(this.accountKey(email, ip));
  }

  private accountKey(email: string, ip: string): string {
    return `a:${email.trim().toLowerCase()}|${ip}`;
  }

  private ipKey(ip: string): string {
    return `i:${ip}`;
  }

  private blockedFor(key: string, limit: number): number {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    const remaining = counter.windowStart + this.limits.windowMs - this.clock();
    if (remaining <= 0) {
      this.counters.delete(key);
      return 0;
    }
    return counter.failures >= limit ? remaining : 0;
  }

  private bump(key: string): void {
    const now = this.clock();
    const counter = this.counters.get(key);
    if (!counter || now - counter.windowStart >= this.limits.windowMs) {
      if (this.counters.size >= MAX_KEYS) this.sweep(now);
      this.counters.set(key, { failures: 1, windowStart: now });
    } else {
      counter.failures += 1;
    }
  }

  private sweep(now: number): void {
    for (const [key, counter] of this.counters) {
      if (now - counter.windowStart >= this.limits.windowMs) this.counters.delete(key);
    }
    // Still full (an active spray): drop the oldest entries (Map keeps insertion order).
    for (const key of this.counters.keys()) {
      if (this.counters.size < MAX_KEYS) break;
      this.counters.delete(key);
    }
  }
}
