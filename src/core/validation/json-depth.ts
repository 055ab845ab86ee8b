/**
 * A bound on how deeply a JSON body may nest. No request of this API needs more than a handful of levels (the
 * optimizer rules go 4 deep); a body thousands of levels deep costs recursion in every schema and serializer that
 * touches it, so it is refused right after parsing with a 400 that says where it went too deep.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

/** The deepest nesting of objects and arrays a JSON body may have (the top-level object is depth 1). */
export const MAX_JSON_DEPTH = 16;

/** The path (e.g. `rules.a.b`) at which `value` nests deeper than `max`, or null when it does not. */
export function findTooDeep(value: unknown, max: number, path: string[] = [], depth = 0): string[] | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth + 1 > max) return path;
  for (const [key, inner] of Object.entries(value)) {
    const found = findTooDeep(inner, max, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses a parsed JSON body nested deeper than MAX_JSON_DEPTH. */
export const limitJsonDepth: RequestHandler = (req, _res, next) => {
  const path = findTooDeep(req.body as unknown, MAX_JSON_DEPTH);
  if (!path) return next();
  const field = path.join('.') || '(root)';
  const message = `nests deeper than ${MAX_JSON_DEPTH} levels`;
  next(new AppError('invalid_request', `invalid body: ${field} ${message}`, { problems: [{ field, message }] }));
};
