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
