import { describe, expect, it } from 'vitest';
import { AppError, ERROR_STATUS, type AppErrorCode } from './errors.js';

const codes = Object.keys(ERROR_STATUS) as AppErrorCode[];

describe('AppErrorCode -> HTTP status', () => {
  it('when any code is thrown, then its status is an HTTP error status from the one table', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      const error = new AppError(code, `a ${code} message`);
      expect(error.status, code).toBe(ERROR_STATUS[code]);
      expect(Number.isInteger(error.status) && error.status >= 400 && error.status <= 599, `${code} -> ${error.status}`).toBe(true);
    }
  });

  it('when the wire codes clients match on are looked up, then they keep their statuses', () => {
    expect(ERROR_STATUS).toMatchObject({
      invalid_request: 400, invalid_json: 400, unauthorized: 401, forbidden: 403, csrf_failed: 403, not_found: 404,
      email_taken: 409, payload_too_large: 413, file_too_large: 413, invalid_salary_file: 422, no_draws: 422,
      infeasible_rules: 422, too_many_attempts: 429, internal: 500, provider_unavailable: 502,
    });
  });

  it('when a code is not in the union or a status is passed, then the typecheck refuses it', () => {
    // @ts-expect-error a typo is not an AppErrorCode
    const typo = new AppError('not_fund', 'x');
    // @ts-expect-error the status comes from the table, not from the caller
    const stale = new AppError('not_found', 'x', 404);
    expect(typo.status).toBeUndefined();
    expect(stale.status).toBe(404);
  });

  it('when an error carries details, then they stay as given next to the message', () => {
    const error = new AppError('invalid_request', 'invalid body: slateId must be a number', { problems: [{ field: 'slateId', message: 'must be a number' }] });
    expect(error).toMatchObject({ code: 'invalid_request', status: 400, message: 'invalid body: slateId must be a number' });
    expect(error.details).toEqual({ problems: [{ field: 'slateId', message: 'must be a number' }] });
  });
});
