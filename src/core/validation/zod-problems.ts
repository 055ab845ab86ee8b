/**
 * zod issues as the `{ field, message }` problems every 400 lists. An unknown key is reported at the key itself
 * (`rules.bogus`: "is not a known field") rather than at its parent object, so the answer names what to remove.
 */
import type { z } from 'zod';

export interface Problem { field: string; message: string }

const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: joinPath([...issue.path, key]), message: 'is not a known field' }));
    }
    return [{ field: joinPath(issue.path) || '(root)', message: issue.message }];
  });
}

/** "field message; field message" for an error's message line. */
export const describeProblems = (problems: readonly Problem[]): string => problems.map((p) => `${p.field} ${p.message}`).join('; ');

export interface DescribeOptions {
  /** At most this many problems, then "and N more" (a large payload's message stays short). */
  max?: number;
  /** false: the messages alone, for forms whose messages already say which field ("choose a slate"). */
  fields?: boolean;
  /** Between field and message: ' ' (the API's 400 wording, the default) or ': ' (forms, logs, provider errors). */
  separator?: ' ' | ': ';
}

/**
 * The one way a zod failure becomes words: a line per problem, "field message", naming its field by path (a row
 * index is a path segment: `3.lat`; the whole value is `(root)`).
 */
export function zodProblemLines(error: z.ZodError, options: DescribeOptions = {}): string[] {
  const problems = problemsOf(error);
  const shown = options.max === undefined ? problems : problems.slice(0, options.max);
  const lines = shown.map((p) => (options.fields === false ? p.message : `${p.field}${options.separator ?? ' '}${p.message}`));
  const more = problems.length - shown.length;
  return more > 0 ? [...lines, `and ${more} more`] : lines;
}

/** The problem lines as one sentence: "field message; field message". */
export const describeZodError = (error: z.ZodError, options: DescribeOptions = {}): string => zodProblemLines(error, options).join('; ');
