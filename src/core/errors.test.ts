import { describe, expect, it } from 'vitest';
import { describeError } from './errors.js';

describe('describeError', () => {
  it('when an error has a message, then its first line is the description', () => {
    expect(describeError(new Error('first line\nstack-like detail'))).toBe('first line');
  });

  it('when an AggregateError has no message, then its inner errors describe it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const refused6 = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' });
    expect(describeError(new AggregateError([refused, refused6]))).toBe(
      'AggregateError: connect ECONNREFUSED 127.0.0.1:5432; connect ECONNREFUSED ::1:5432',
    );
  });

  it('when an error has neither message nor inner errors, then its name and code are used, never an empty string', () => {
    expect(describeError(Object.assign(new Error(''), { code: 'ECONNRESET' }))).toBe('Error ECONNRESET');
    expect(describeError(new TypeError())).toBe('TypeError');
    expect(describeError('plain string')).toBe('plain string');
  });
});
