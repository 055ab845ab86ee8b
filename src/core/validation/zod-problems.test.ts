import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodError, zodProblemLines } from './zod-problems.js';

const Rows = z.array(z.strictObject({ id: z.number(), name: z.string().min(1, 'enter a name') }));
const failure = (value: unknown): z.ZodError => {
  const parsed = Rows.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error;
};

describe('the one zod-issue formatter', () => {
  it('when rows are bad, then each problem names its row and field, an unknown key at the key itself', () => {
    const error = failure([{ id: 1, name: 'a' }, { id: 'x', name: '' }, { id: 3, name: 'c', extra: 1 }]);
    expect(zodProblemLines(error)).toEqual([
      '1.id Invalid input: expected number, received string',
      '1.name enter a name',
      '2.extra is not a known field',
    ]);
    expect(describeZodError(error, { separator: ': ', max: 2 })).toBe('1.id: Invalid input: expected number, received string; 1.name: enter a name; and 1 more');
  });

  it('when a form wants its own messages only, or the whole value is wrong, then it says so', () => {
    expect(describeZodError(failure([{ id: 1, name: '' }]), { fields: false })).toBe('enter a name');
    expect(describeZodError(failure('not rows'))).toBe('(root) Invalid input: expected array, received string');
  });
});
