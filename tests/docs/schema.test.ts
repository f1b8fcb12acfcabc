/**
 * schema/baseline.schema.json is what non-TypeScript tools validate baseline.json with: it must
 * be the fresh generation from the zod schema (`npm run schema`), accept what the library
 * writes, and reject what the zod schema rejects.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { baselineSchemaText, SCHEMA_PATH } from '../../scripts/baseline-schema.js';
import { BaselineJsonSchema, buildBaseline, toBaselineJson } from '../../src/index.js';
import { fullMatrices, readDataDir } from '../helpers.js';

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(committed));

const sampleJson = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));
const messyJson = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership-messy')));

/** A deep copy of the sample's JSON, changed by `edit`. */
function mutated(edit: (j: Record<string, unknown> & typeof sampleJson) => void): unknown {
  const copy = structuredClone(sampleJson) as Record<string, unknown> & typeof sampleJson;
  edit(copy);
  return copy;
}

describe('schema/baseline.schema.json', () => {
  it('is the fresh generation from the zod schema (run `npm run schema` after changing src/schema)', () => {
    expect(committed).toBe(baselineSchemaText());
  });

  it('accepts the baseline.json of the clean and the messy sample', () => {
    for (const json of [sampleJson, messyJson]) {
      // a round trip through text, as another tool would read the file
      const ok = validate(JSON.parse(JSON.stringify(json)));
      expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('accepts a version 1 baseline.json (the sample as written before version 2), as zod does', () => {
    const old = JSON.parse(readFileSync('tests/fixtures/baseline-v1/sample-baseline.json', 'utf8'));
    expect(old.schemaVersion).toBe(1);
    expect(BaselineJsonSchema.safeParse(old).success).toBe(true);
    expect(validate(old), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts a baseline without the optional records, as zod does', () => {
    const copy = mutated((j) => {
      delete j.records;
    });
    expect(BaselineJsonSchema.safeParse(copy).success).toBe(true);
    expect(validate(copy)).toBe(true);
  });

  const broken: [string, unknown][] = [
    ['another schemaVersion', mutated((j) => Object.assign(j, { schemaVersion: 5 }))],
    [
      'an observed expertise record without evidence',
      mutated((j) => Object.assign(j.records!.expertise[0]!, { level: null, evidence: undefined })),
    ],
    [
      'a recommendation area that is not text',
      mutated((j) => Object.assign(j.recommendations[0]!, { areas: [7] })),
    ],
    ['no members', mutated((j) => Object.assign(j, { members: undefined }))],
    ['a score above 1', mutated((j) => Object.assign(j.recommendations[0]!, { score: 1.5 }))],
    ['an unknown member type', mutated((j) => Object.assign(j.members[0]!, { type: 'club' }))],
    [
      'a matrix cell that is text',
      mutated((j) => fullMatrices(j).synergy.values[0]!.splice(0, 1, 'x' as never)),
    ],
    [
      'a country label without Dutch',
      mutated((j) => Object.assign(j.labels.countries, { BD: { en: 'Bangladesh' } })),
    ],
    ['an expertise level of 6', mutated((j) => Object.assign(j.records!.expertise[0]!, { level: 6 }))],
  ];
  it.each(broken)('rejects %s, like the zod schema', (_name, json) => {
    expect(BaselineJsonSchema.safeParse(json).success).toBe(false);
    expect(validate(JSON.parse(JSON.stringify(json)))).toBe(false);
  });
});
