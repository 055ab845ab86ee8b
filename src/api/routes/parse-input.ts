/** Route helpers: zod-checked query/body/params that fail as 400s naming the field. */
import type { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { problemsOf, describeProblems } from '../../core/validation/zod-problems.js';

/** Parses a request part with a schema; failures become 400 `invalid_request` listing each field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = problemsOf(result.error);
  throw new AppError('invalid_request', `invalid ${where}: ${describeProblems(problems)}`, { problems });
}
