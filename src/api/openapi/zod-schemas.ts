/**
 * OpenAPI schemas generated from the zod schemas the API validates with (zod 4's toJSONSchema), so the document
 * cannot drift from what a request is checked against: the optimizer's full rules, the contest payout table
 * (with its required `source`), and the simulation and optimizer request bodies (unknown keys refused there too).
 */
import { z } from 'zod';
import { OptimizerRulesSchema } from '../../optimizer/index.js';
import { PayoutTableSchema } from '../../sim/index.js';
import { payoutByContestIdSchema } from '../runs/resolve-payout.js';
import { startOptimizerSchema } from '../runs/start-optimizer.js';
import { startContestSchema, startProjectionsSchema } from '../runs/start-simulation.js';
import { ref, type JsonSchema } from './helpers.js';

/** The request-side JSON Schema (defaults make a key optional), without the `$schema` line OpenAPI does not want. */
function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return rest;
}

/** The same object schema with some properties replaced (by refs to the components below). */
function withProperties(schema: JsonSchema, properties: Record<string, JsonSchema>): JsonSchema {
  return { ...schema, properties: { ...(schema.properties as Record<string, JsonSchema>), ...properties } };
}

export const zodComponentSchemas: Record<string, JsonSchema> = {
  OptimizerRules: { ...requestSchema(OptimizerRulesSchema), description: 'The optimizer rules: every key optional; an unknown key is a 400 naming it.' },
  PayoutTable: { ...requestSchema(PayoutTableSchema), description: 'A contest payout table as entered: source is "user" for a table typed in.' },
  PayoutByDraftKingsContest: { ...requestSchema(payoutByContestIdSchema), description: "Use that DraftKings contest's entry fee, size and prize tiers." },
};

export const startOptimizerBody: JsonSchema = withProperties(requestSchema(startOptimizerSchema), { rules: ref('OptimizerRules') });

export const startSimulationBody: JsonSchema = {
  oneOf: [
    requestSchema(startProjectionsSchema),
    withProperties(requestSchema(startContestSchema), { payout: { oneOf: [ref('PayoutTable'), ref('PayoutByDraftKingsContest')] } }),
  ],
};
