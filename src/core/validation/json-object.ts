/**
 * Every JSON body of the API is an object. The JSON parser runs non-strict, so `null`, `42` or `"x"` parse (they
 * are valid JSON) and are refused here with a message that says what was sent, instead of "not valid JSON".
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

export const requireJsonObject: RequestHandler = (req, _res, next) => {
  const body = req.body as unknown;
  if (body === undefined || !req.is('application/json')) return next();
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return next();
  const message = `must be a JSON object, not ${kindOf(body)}`;
  next(new AppError('invalid_request', `invalid body: the request body ${message}`, { problems: [{ field: '(root)', message }] }));
};
