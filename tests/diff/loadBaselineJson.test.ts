import { describe, expect, it } from 'vitest';
import { loadBaselineJson } from '../../src/diff/loadBaselineJson.js';
import { PartnerSynergyError } from '../../src/errors.js';
import { YEAR1 } from '../fixtures/diff/years.js';

function codeAndMessage(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    if (e instanceof PartnerSynergyError) return [e.code, e.message];
    throw e;
  }
  throw new Error('did not throw');
}

describe('loadBaselineJson', () => {
  it('round-trips a baseline written as JSON (with or without BOM)', () => {
    const text = JSON.stringify(YEAR1, null, 2);
    expect(loadBaselineJson(text)).toEqual(YEAR1);
    expect(loadBaselineJson(`\uFEFF${text}`)).toEqual(YEAR1);
  });

  it('throws E_SCHEMA for text that is not JSON', () => {
    const [code, message] = codeAndMessage(() => loadBaselineJson('{ not json'));
    expect(code).toBe('E_SCHEMA');
    expect(message).toMatch(/not valid JSON/);
  });

  it('throws E_SCHEMA naming the path of the first problem', () => {
    const broken = structuredClone(YEAR1) as unknown as { matrices: { synergy: { ids: unknown } } };
    broken.matrices.synergy.ids = 'fwc';
    const [code, message] = codeAndMessage(() => loadBaselineJson(JSON.stringify(broken)));
    expect(code).toBe('E_SCHEMA');
    expect(message).toContain('matrices.synergy.ids');
    const [, versionMessage] = codeAndMessage(() =>
      loadBaselineJson(JSON.stringify({ ...YEAR1, schemaVersion: 5 })),
    );
    expect(versionMessage).toContain('schemaVersion');
  });
});
