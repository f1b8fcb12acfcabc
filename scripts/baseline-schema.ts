/**
 * The JSON Schema of baseline.json, generated from the zod schema that is the single source of
 * the contract (src/schema/baseline.ts), so tools in other languages can validate the file.
 *
 *   npm run schema            # writes schema/baseline.schema.json
 *
 * tests/docs/schema.test.ts fails when the committed file differs from a fresh generation.
 * Generated for zod's "input" side: what `BaselineJsonSchema.parse` (and `loadBaselineJson`)
 * accepts, so unknown extra keys are allowed, as zod allows them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BASELINE_SCHEMA_VERSION, BaselineJsonSchema } from '../src/schema/baseline.js';

/** Where the schema is published (inside the npm package too: package.json `files`). */
export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../schema/baseline.schema.json');

/** The JSON Schema (draft 2020-12) of baseline.json as pretty-printed text with a final newline. */
export function baselineSchemaText(): string {
  const generated = z.toJSONSchema(BaselineJsonSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: `partner-synergy baseline.json (schemaVersion ${BASELINE_SCHEMA_VERSION})`,
    description:
      'A partnership synergy baseline as written by partner-synergy: members, ingest report, ' +
      'overlap/complementarity/synergy/duplication matrices, country views, recommendations, ' +
      'labels and the normalised records. Generated from src/schema/baseline.ts by `npm run schema`; do not edit.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, baselineSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
