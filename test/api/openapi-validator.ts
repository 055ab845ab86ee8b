/**
 * Validates real responses against the OpenAPI 3.1 document the API serves: the operation must be documented
 * for the method, path and status, and a JSON body must match its schema (JSON Schema 2020-12, with formats).
 * A path no operation matches may only be the router's "no route" 404, in the common error shape.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import request from 'supertest';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface ResponseLike { status: number; body: unknown; text: string; headers: Record<string, string>; req: { method: string; path: string } }
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>> };

export interface OpenApiValidator {
  doc: Doc;
  /** Throws with the schema errors unless the response is documented and matches. */
  assertResponse(res: unknown): void;
  /** Operations (METHOD path status) seen by assertResponse, to check coverage. */
  seen: Set<string>;
  /** Every documented operation as "METHOD path". */
  operations(): string[];
}

const escapeRef = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

export async function loadOpenApiValidator(baseUrl: string): Promise<OpenApiValidator> {
  const res = await request(baseUrl).get('/api/openapi.json').expect(200);
  const doc = res.body as Doc & { openapi: string };
  if (!doc.openapi?.startsWith('3.1')) throw new Error(`expected an OpenAPI 3.1 document, got ${doc.openapi}`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: 'openapi.json' });
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const compiled = new Map<string, ValidateFunction>();
  const seen = new Set<string>();
  const validatorFor = (ref: string): ValidateFunction => {
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: ref });
      compiled.set(ref, validate);
    }
    return validate;
  };

  return {
    doc, seen,
    operations: () => Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)),
    assertResponse(raw) {
      const r = raw as ResponseLike;
      const method = r.req.method.toLowerCase();
      const path = r.req.path.split('?')[0] ?? '';
      const match = templates.find((t) => t.pattern.test(path) && doc.paths[t.template]?.[method]);
      if (!match) {
        // An unknown path is not an operation, but its answer still has the documented error shape.
        const validate = validatorFor('openapi.json#/components/schemas/Error');
        const body = r.body as { error?: { code?: string } } | undefined;
        if (r.status === 404 && body?.error?.code === 'not_found' && validate(r.body)) return;
        throw new Error(`OpenAPI: no operation for ${method.toUpperCase()} ${path} (status ${r.status})`);
      }
      const operation = doc.paths[match.template]?.[method];
      const status = String(r.status);
      const response = operation?.responses[status] ?? operation?.responses.default;
      if (!response) throw new Error(`OpenAPI: ${method.toUpperCase()} ${match.template} does not document status ${status} (body ${r.text?.slice(0, 300)})`);
      const statusKey = operation?.responses[status] ? status : 'default';
      seen.add(`${method.toUpperCase()} ${match.template} ${statusKey}`);
      const contentType = (r.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      if (!response.content) {
        if (r.text) throw new Error(`OpenAPI: ${method.toUpperCase()} ${match.template} ${status} documents no body but got ${contentType}`);
        return;
      }
      const media = response.content[contentType];
      if (!media) throw new Error(`OpenAPI: ${method.toUpperCase()} ${match.template} ${status} does not document ${contentType}; has ${Object.keys(response.content).join(', ')}`);
      if (contentType !== 'application/json' || !media.schema) return;
      const validate = validatorFor(`openapi.json#/paths/${escapeRef(match.template)}/${method}/responses/${statusKey}/content/${escapeRef(contentType)}/schema`);
      if (!validate(r.body)) {
        throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} ${status} body does not match: ${ajv.errorsText(validate.errors, { separator: '\n' })}\nbody: ${JSON.stringify(r.body).slice(0, 800)}`);
      }
    },
  };
}
