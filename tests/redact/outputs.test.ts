import { describe, expect, it } from 'vitest';
import type { Baseline, BaselineOptions } from '../../src/baseline/buildBaseline.js';
import { buildBaselineFromDir } from '../../src/node/buildFromDir.js';
import { COUNTRY_VARIANTS, countryName } from '../../src/normalise/countries.js';
import { DEFAULT_THEMES } from '../../src/normalise/taxonomy.js';
import type { RedactionOptions } from '../../src/redact/types.js';
import { repoRoot } from '../helpers.js';
import { findText, findToken, type OutputFile, writeAllOutputs } from './helpers.js';

function build(dir: string, redact?: RedactionOptions, extra: BaselineOptions = {}): Baseline {
  return buildBaselineFromDir(`${repoRoot}/${dir}`, { ...extra, ...(redact ? { redact } : {}) });
}

/** Every string that must disappear: partner and company names as the unredacted baseline holds them. */
function partnerNames(b: Baseline): string[] {
  return [...new Set(b.partnership.geography.flatMap((g) => g.partners))].sort();
}
function companyNames(b: Baseline): string[] {
  return [
    ...new Set([
      ...b.partnership.sectors.flatMap((s) => s.companies),
      ...b.partnership.companies.map((c) => c.company),
    ]),
  ].sort();
}
/** A theme's id, English and Dutch labels and every alias. */
function themeForms(id: string): string[] {
  const entry = DEFAULT_THEMES.find((t) => t.id === id)!;
  return [entry.id, entry.en, entry.nl, ...entry.aliases];
}
/** A country's English and Dutch display names and curated variants (names, not codes). */
function countryForms(code: string): string[] {
  const variants = Object.entries(COUNTRY_VARIANTS)
    .filter(([name, c]) => c === code && name.length > 3)
    .map(([name]) => name);
  return [...new Set([countryName(code, 'en'), countryName(code, 'nl'), ...variants])];
}

function expectAbsent(
  files: readonly OutputFile[],
  texts: readonly string[],
  tokens: readonly string[] = [],
) {
  const leaks = [
    ...texts.flatMap((t) => findText(files, t).map((h) => `"${t}" in ${h}`)),
    ...tokens.flatMap((t) => findToken(files, t).map((h) => `token ${t} in ${h}`)),
  ];
  expect(leaks).toEqual([]);
}

describe('redacted outputs of the sample contain none of the redacted strings', () => {
  const dir = 'data/sample-partnership';
  const plain = build(dir);
  const plainFiles = writeAllOutputs(plain);

  it('partners: no original local partner name in any output; shared partners still found', () => {
    const names = partnerNames(plain);
    expect(names.length).toBeGreaterThan(10);
    // The check can fail: unredacted, the names are in the outputs.
    expect(names.filter((n) => findText(plainFiles, n).length > 0)).toEqual(names);
    const b = build(dir, { partners: true });
    expectAbsent(writeAllOutputs(b), names);
    for (const view of Object.values(b.countries)) {
      for (const m of view.members) for (const p of m.partners) expect(p).toMatch(/^Partner \d+$/);
      expect(view.sharedPartners.length).toBe(plain.countries[view.country]?.sharedPartners.length);
    }
    expect(b.withheld?.partners).toBe(new Set(b.partnership.geography.flatMap((g) => g.partners)).size);
  });

  it('companies: no original company name in any output', () => {
    const names = companyNames(plain);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => findText(plainFiles, n).length > 0).length).toBeGreaterThan(0);
    const b = build(dir, { companies: true });
    expectAbsent(writeAllOutputs(b), names);
    expect(b.partnership.companies.every((c) => /^Company \d+$/.test(c.company))).toBe(true);
  });

  it('themes: no id, English or Dutch label or alias of a removed theme, even with it in focusThemes', () => {
    const removed = ['gbv', 'freedom-of-association'];
    const forms = removed.flatMap(themeForms);
    for (const id of removed)
      expect(findText(plainFiles, DEFAULT_THEMES.find((t) => t.id === id)!.nl)).not.toEqual([]);
    const b = build(dir, { themes: ['GBV', 'vrijheid van vakvereniging'] }, { focusThemes: ['gbv', 'osh'] });
    const files = writeAllOutputs(b);
    expectAbsent(files, forms);
    expect(Object.keys(b.labels.themes)).not.toContain('gbv');
    expect(Object.keys(b.labels.themes)).not.toContain('freedom-of-association');
    expect(b.withheld?.themes).toBe(2);
  });

  it('countries: no name (English, Dutch, variants) or ISO code of a removed country', () => {
    const codes = ['KE', 'MM'];
    const names = codes.flatMap(countryForms);
    expect(names).toEqual(expect.arrayContaining(['Kenya', 'Kenia', 'Myanmar', 'Burma', 'Birma']));
    expect(findText(plainFiles, 'Kenya')).not.toEqual([]);
    expect(findToken(plainFiles, 'KE')).not.toEqual([]);
    const b = build(dir, { countries: ['Kenia', 'MMR'] });
    expectAbsent(writeAllOutputs(b), names, ['KE', 'KEN', 'MM', 'MMR']);
    expect(Object.keys(b.labels.countries)).not.toContain('KE');
    expect(Object.keys(b.countries)).not.toContain('MM');
    expect(b.withheld?.countries).toBe(2);
  });

  it('opt-out: the member id and name appear nowhere; the count of withheld members is reported', () => {
    for (const id of ['VAW', 'UWS']) {
      const member = plain.partnership.members.find((m) => m.id === id)!;
      expect(findToken(plainFiles, id)).not.toEqual([]);
      const b = build(dir, { optOut: [id] });
      expectAbsent(writeAllOutputs(b), [member.name], [id]);
      expect(b.partnership.members.map((m) => m.id)).not.toContain(id);
      expect(b.partnership.members).toHaveLength(plain.partnership.members.length - 1);
      expect(b.metrics.ids).not.toContain(id);
      expect(b.withheld?.members).toBe(1);
    }
  });
});

describe('redacted outputs of the messy sample (raw values in rejected rows and warnings)', () => {
  it('everything at once: no partner, company, removed theme or country, or opted-out member anywhere', () => {
    const dir = 'data/sample-partnership-messy';
    const plain = build(dir);
    const plainFiles = writeAllOutputs(plain);
    // The warnings name the member and the country: "Duplicate of ... (VAW, KE)".
    expect(findText(plainFiles, '(VAW, KE)')).not.toEqual([]);
    const b = build(dir, {
      partners: true,
      companies: true,
      themes: ['gbv', 'freedom of association'],
      countries: ['Myanmar', 'Kenya'],
      optOut: ['VAW'],
    });
    expectAbsent(
      writeAllOutputs(b),
      [
        ...partnerNames(plain),
        ...companyNames(plain),
        ...themeForms('gbv'),
        ...themeForms('freedom-of-association'),
        ...countryForms('MM'),
        ...countryForms('KE'),
        'Vrouwen aan het Werk',
      ],
      ['MM', 'MMR', 'KE', 'KEN', 'VAW'],
    );
    expect(b.withheld?.issues).toBeGreaterThan(0);
  });
});
