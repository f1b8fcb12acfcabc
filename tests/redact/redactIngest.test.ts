import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { readPartnershipDir } from '../../src/node/buildFromDir.js';
import { redactIngestResult } from '../../src/redact/redactIngest.js';
import { repoRoot } from '../helpers.js';

const messy = `${repoRoot}/data/sample-partnership-messy`;

describe('redacting the ingestion report (rejected rows and warnings carry raw values)', () => {
  const result = readPartnershipDir(messy);

  it('a warning whose value is a typo of a removed country is redacted, location kept', () => {
    const before = result.warnings.filter((w) => w.value === 'Bangaldesh');
    expect(before.length).toBeGreaterThan(0);
    const { ingest, withheld } = redactIngestResult(result, { countries: ['Bangladesh'] }, {});
    for (const w of before) {
      const after = ingest.warnings.find((x) => x.file === w.file && x.line === w.line && x.code === w.code);
      expect(after).toEqual({
        ...w,
        value: '[redacted]',
        suggestion: w.suggestion === null ? null : '[redacted]',
        message: '[redacted]',
      });
    }
    // "Duplicate of enquete-export.csv line 12 (UWS, BD)" names the country by code.
    expect(ingest.warnings.some((w) => /\bBD\b/.test(w.message))).toBe(false);
    expect(JSON.stringify(ingest.warnings)).not.toMatch(/Bangladesh|Bangaldesh/i);
    expect(withheld.issues).toBeGreaterThanOrEqual(before.length);
    expect(ingest.warnings).toHaveLength(result.warnings.length);
  });

  it('a fuzzy theme warning ("leefbaar loonn" read as living wage) is redacted when living wage is removed', () => {
    const { ingest } = redactIngestResult(result, { themes: ['living wage'] }, {});
    expect(JSON.stringify(ingest)).not.toMatch(/leefbaar loon|living.wage/i);
  });

  it('warnings about an opted-out member are redacted; other warnings are untouched', () => {
    const { ingest } = redactIngestResult(result, { optOut: ['HDN'] }, {});
    const text = JSON.stringify([ingest.warnings, ingest.rejected]);
    expect(text).not.toMatch(/Horizon Denim|\bHDN\b/);
    const untouched = result.warnings.filter((w) => !/Horizon Denim|\bHDN\b/.test(JSON.stringify(w)));
    for (const w of untouched) expect(ingest.warnings).toContainEqual(w);
  });

  it('drops removed themes and countries from focusThemes and focusCountries, labels or ids', () => {
    const { options } = redactIngestResult(
      result,
      { themes: ['gbv'], countries: ['KE'] },
      { focusThemes: ['gbv', 'osh', 'gendergerelateerd geweld'], focusCountries: ['KE', 'BD', 'Kenia'] },
    );
    expect(options.focusThemes).toEqual(['osh']);
    expect(options.focusCountries).toEqual(['BD']);
  });

  it('buildBaseline applies the redaction before metrics and reports what was withheld', () => {
    const b = buildBaseline(result, { redact: { optOut: ['VAW'], partners: true } });
    expect(b.metrics.ids).not.toContain('VAW');
    expect(b.withheld?.members).toBe(1);
    expect(b.recommendations.every((r) => !r.members.includes('VAW'))).toBe(true);
    expect(buildBaseline(result).withheld).toBeUndefined();
  });

  it('opting every member out leaves no baseline (E_NO_MEMBERS), never an empty report that looks valid', () => {
    const all = result.partnership.members.map((m) => m.id);
    expect(() => buildBaseline(result, { redact: { optOut: all } })).toThrow(/No members/);
  });
});
