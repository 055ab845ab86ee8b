import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { LoginLimiter } from './login-limiter.js';

describe('LoginLimiter', () => {
  const make = () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ perAccount: 3, perIp: 5, windowMs: 60_000 }, () => now);
    return { limiter, advance: (ms: number) => { now += ms; } };
  };

  it('when an account reaches its failure limit, then it is refused until the window ends, with the wait in details', () => {
    const { limiter, advance } = make();
    for (let i = 0; i < 3; i++) limiter.recordFailure('A@example.com', '1.1.1.1');
    let error: unknown;
    try { limiter.check('a@example.com', '1.1.1.1'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).details).toEqual({ retryAfterSeconds: 60 });
    expect(() => limiter.check('a@example.com', '2.2.2.2')).not.toThrow(); // another IP is another account key
    advance(60_000);
    expect(() => limiter.check('a@example.com', '1.1.1.1')).not.toThrow();
  });

  it('when one IP sprays many emails, then the per-IP limit stops it', () => {
    const { limiter } = make();
    for (let i = 0; i < 5; i++) limiter.recordFailure(`user${i}@example.com`, '9.9.9.9');
    expect(() => limiter.check('fresh@example.com', '9.9.9.9')).toThrow(/too many failed logins/);
  });

  it('when a login succeeds, then that account count is cleared but not the IP count', () => {
    const { limiter } = make();
    for (let i = 0; i < 2; i++) limiter.recordFailure('a@example.com', '1.1.1.1');
    limiter.recordSuccess('a@example.com', '1.1.1.1');
    limiter.recordFailure('a@example.com', '1.1.1.1');
    limiter.recordFailure('a@example.com', '1.1.1.1');
    expect(() => limiter.check('a@example.com', '1.1.1.1')).not.toThrow();
  });
});
