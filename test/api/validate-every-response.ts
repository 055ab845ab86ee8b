/**
 * Every supertest response from a registered API under /api/v1 is checked against the OpenAPI document, whether
 * or not the test asks: supertest's assert step is wrapped once per test process, so a response that breaks the
 * document fails the request (like a failed .expect()) instead of passing unnoticed.
 */
import request from 'supertest';
import type { OpenApiValidator } from './openapi-validator.js';

interface SuperagentResponse { request?: { url?: string } }
type Done = (this: unknown, error: unknown, res: unknown) => void;
type AssertStep = (this: unknown, resError: unknown, res: unknown, fn?: Done) => void;

/** Base URL → that harness's validator. */
const registered = new Map<string, OpenApiValidator>();
let installed = false;

function validatorOf(res: unknown): OpenApiValidator | undefined {
  const url = (res as SuperagentResponse).request?.url ?? '';
  for (const [baseUrl, validator] of registered) {
    if (url.startsWith(`${baseUrl}/api/v1/`)) return validator;
  }
  return undefined;
}

function install(): void {
  if (installed) return;
  installed = true;
  // supertest's Test class is a runtime export its type definitions do not declare.
  const proto = (request as unknown as { Test: { prototype: { assert: AssertStep } } }).Test.prototype;
  const original = proto.assert;
  proto.assert = function assertWithOpenApi(this: unknown, resError, res, fn) {
    original.call(this, resError, res, function done(this: unknown, error, response) {
      let failure = error;
      const validator = failure || !response ? undefined : validatorOf(response);
      if (validator) {
        try {
          validator.assertResponse(response);
        } catch (e) {
          failure = e;
        }
      }
      fn?.call(this, failure, response);
    });
  };
}

/** Validates every later response from `baseUrl`'s API; the returned function stops it (harness stop). */
export function validateEveryResponse(baseUrl: string, validator: OpenApiValidator): () => void {
  install();
  registered.set(baseUrl, validator);
  return () => registered.delete(baseUrl);
}
