/** Small builders that keep the OpenAPI document readable: refs, JSON bodies, error responses, pagination. */
export type JsonSchema = Record<string, unknown>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
export const integer: JsonSchema = { type: 'integer' };
export const number: JsonSchema = { type: 'number' };
export const string: JsonSchema = { type: 'string' };
export const boolean: JsonSchema = { type: 'boolean' };

/** A closed object: every listed property required unless named in `optional`. */
export function object(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}

export const json = (schema: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

/** The errors every authenticated operation can return. */
export const authErrors = {
  400: errorResponse('Invalid request (details.problems lists each field)'),
  401: errorResponse('Not signed in, or the API token is unknown or revoked'),
  403: errorResponse('CSRF token missing or wrong (cookie sessions), or admin only'),
  404: errorResponse('Not found, or owned by another user'),
};

export const page = (item: string): JsonSchema => object({ items: { type: 'array', items: ref(item) }, total: integer, limit: integer, offset: integer });

export const pathId = (name = 'id', description = 'numeric id') => ({ name, in: 'path', required: true, description, schema: { type: 'integer', minimum: 1 } });
export const query = (name: string, schema: JsonSchema, description: string) => ({ name, in: 'query', required: false, description, schema });
export const paginationParams = [
  query('limit', { type: 'integer', minimum: 1, maximum: 500, default: 50 }, 'page size'),
  query('offset', { type: 'integer', minimum: 0, default: 0 }, 'rows to skip'),
];
export const security = [{ bearer: [] }, { session: [] }];
