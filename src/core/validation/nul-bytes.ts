/**
 * NUL bytes in request text. PostgreSQL `text` cannot hold U+0000, so a filter or name carrying one fails in the
 * database (a 500) unless it is refused first. One middleware checks the query string and the decoded path of
 * every request, and the parsed body wherever a router parses one, naming the field.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

/** The dotted path of the first string under `value` that holds a NUL byte, or null. */
export function findNulByte(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = `${path}.${key}`;
    if (key.includes('\u0000')) return innerPath;
    const found = findNulByte(inner, innerPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A 400 `invalid_request` naming the field (e.g. `query.market`), in the shape parseInput uses. */
export function nulByteError(field: string): AppError {
  const name = field.replace(/^(query|body|path)\./, '');
  return new AppError('invalid_request', `invalid ${field.split('.')[0]}: ${name} must not contain NUL bytes`, {
    problems: [{ field: name, message: 'must not contain NUL bytes' }],
  });
}

/** Refuses a request whose query string, path or (already parsed) body holds a NUL byte. */
export const rejectNulBytes: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    path = req.path;
  }
  const field = (path.includes('\u0000') ? 'path' : null)
    ?? findNulByte(req.query, 'query')
    ?? findNulByte(req.body as unknown, 'body');
  next(field ? nulByteError(field) : undefined);
};
