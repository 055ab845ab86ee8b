/** OpenAPI: authentication, the caller's profile and API tokens. */
import { authErrors, dateTime, errorResponse, integer, json, nullable, object, pathId, ref, security, string } from './helpers.js';

export const authSchemas = {
  User: object({ id: integer, email: { type: 'string', format: 'email' }, role: { enum: ['admin', 'user'] }, createdAt: dateTime }),
  ApiToken: object({ id: integer, name: string, prefix: string, createdAt: dateTime, lastUsedAt: nullable(dateTime), revokedAt: nullable(dateTime) }),
};

export const authPaths = {
  '/api/v1/auth/login': {
    post: {
      tags: ['auth'], summary: 'Sign in (JSON); sets the sd_session cookie',
      requestBody: { required: true, content: { 'application/json': { schema: object({ email: string, password: string }) } } },
      responses: {
        200: json(object({ user: ref('User'), csrfToken: string })),
        400: errorResponse('Missing email or password'),
        401: errorResponse('Email or password is wrong'),
        429: errorResponse('Too many failed logins (Retry-After header, details.retryAfterSeconds)'),
      },
    },
  },
  '/api/v1/auth/logout': {
    post: { tags: ['auth'], summary: 'End the session', security, responses: { 204: { description: 'Signed out' }, ...authErrors } },
  },
  '/api/v1/me': {
    get: {
      tags: ['auth'], summary: 'Who am I', security,
      responses: { 200: json(object({ user: ref('User'), via: { enum: ['session', 'token'] }, csrfToken: nullable(string) })), ...authErrors },
    },
  },
  '/api/v1/tokens': {
    get: { tags: ['auth'], summary: "The caller's API tokens", security, responses: { 200: json(object({ items: { type: 'array', items: ref('ApiToken') } })), ...authErrors } },
    post: {
      tags: ['auth'], summary: 'Create an API token (shown once)', security,
      requestBody: { required: true, content: { 'application/json': { schema: object({ name: string }) } } },
      responses: { 201: json(object({ token: string, apiToken: ref('ApiToken') }), 'Created: the token is shown only now'), ...authErrors },
    },
  },
  '/api/v1/tokens/{id}': {
    delete: { tags: ['auth'], summary: 'Revoke one of your tokens', security, parameters: [pathId()], responses: { 200: json(object({ apiToken: ref('ApiToken') })), ...authErrors } },
  },
};
