/**
 * The reports read well for a coordinator (issue 19): kind titles instead of kind ids, countries
 * in the order of their names in the report language, one "where" per recommendation card that
 * agrees with its rationale, plain text in Markdown, and a baseline with missing dimensions that
 * says which files to add instead of drawing empty heatmaps.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { BUILTIN_CATALOGUE, kindTitle } from '../../src/recommend/catalogue.js';
import { renderHtml } from '../../src/report/html.js';
import type { Lang } from '../../src/report/i18n.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel, missingDimensions } from '../../src/report/model.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { readDataDir } from '../helpers.js';
import { clone } from './helpers.js';

const LANGS: readonly Lang[] = ['en', 'nl'];
const KIND_IDS = BUILTIN_CATALOGUE.map((k) => k.id);
const sampleFiles = readDataDir('data/sample-partnership');
const sample = (lang: Lang) => toBaselineJson(buildBaseline(sampleFiles, { lang }));

/** Report text without the lines that show a recommendation's reference id (a code, like a file name). */
function withoutIdLines(md: string): string {
  return md
    .split('\n')
    .filter((l) => !/^- \*\*ID:\*\*/.test(l))
    .join('\n');
}

/** The visible text of an HTML report without <code> (ids, file names) and <style>. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, ' ');
}

describe('kind titles everywhere, never kind ids', () => {
  it.each(LANGS)('the sample reports in %s name every kind by its title', (lang) => {
    const json = sample(lang);
    const kinds = [...new Set(json.recommendations.map((r) => r.kind))];
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    const md = renderMarkdown(json, { lang, top: Number.POSITIVE_INFINITY });
    const html = renderHtml(json, { lang, top: Number.POSITIVE_INFINITY });
    for (const kind of kinds) {
      expect(md).toContain(kindTitle(kind, lang));
      expect(html).toContain(kindTitle(kind, lang));
    }
    for (const id of KIND_IDS) {
      expect(withoutIdLines(md)).not.toContain(id);
      expect(visibleText(html)).not.toContain(id);
    }
  });

  it('a kind of your own reads as words', () => {
    expect(kindTitle('peer-review_visit', 'nl')).toBe('Peer review visit');
  });
});

/** The fixture with Cambodia and Côte d'Ivoire added (code order KE < KH, CI < IN; name order differs by language). */
function withMoreCountries(): BaselineJson {
  const b = clone(FIXTURE_BASELINE) as BaselineJson & { countries: Record<string, unknown> };
  const bd = b.countries.BD!;
  (b.countries as Record<string, unknown>).KH = { ...clone(bd), country: 'KH', name: 'Cambodia' };
  (b.countries as Record<string, unknown>).CI = { ...clone(bd), country: 'CI', name: "Côte d'Ivoire" };
  (b.labels.countries as Record<string, { en: string; nl: string }>).KH = { en: 'Cambodia', nl: 'Cambodja' };
  (b.labels.countries as Record<string, { en: string; nl: string }>).CI = {
    en: "Côte d'Ivoire",
    nl: 'Ivoorkust',
  };
  return b;
}

describe('countries in the order of their names in the report language', () => {
  const b = withMoreCountries();
  it.each([
    ['en', ['Bangladesh', 'Cambodia', "Côte d'Ivoire", 'India', 'Kenya']],
    ['nl', ['Bangladesh', 'Cambodja', 'India', 'Ivoorkust', 'Kenia']],
  ] as const)('%s: country sections, map rows and coverage lists', (lang, names) => {
    const model = buildReportModel(b, { lang });
    expect(model.countries.map((c) => c.name)).toEqual(names);
    expect(model.map.map((c) => c.name)).toEqual(names);
    for (const row of model.themeCoverage) {
      const listed = row.countries.map((c) => c.name);
      expect(listed).toEqual(names.filter((n) => listed.includes(n)));
    }
    const md = renderMarkdown(b, { lang });
    const sections = [...md.matchAll(/^### (.+) \([A-Z]{2}\)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(names);
  });
});

describe('one "where" per recommendation card', () => {
  it('a card names the countries its rationale names, not "all countries"', () => {
    const b = clone(FIXTURE_BASELINE);
    b.recommendations[0] = { ...b.recommendations[0]!, country: null, countries: ['KE', 'BD'] };
    b.recommendations[6] = { ...b.recommendations[6]!, country: null, countries: [] };
    for (const lang of LANGS) {
      const model = buildReportModel(b, { lang });
      expect(model.recommendations[0]!.where.map((c) => c.id)).toEqual(['BD', 'KE']);
      expect(model.recommendations[1]!.where.map((c) => c.id)).toEqual(['BD']);
      expect(model.recommendations[6]!.where).toEqual([]);
    }
    const md = renderMarkdown(b);
    expect(md).toContain('- **Where:** Bangladesh, Kenya');
    expect(md).toContain('- **Where:** no particular country');
    expect(renderMarkdown(b, { lang: 'nl' })).toContain('- **Waar:** Bangladesh, Kenia');
    expect(renderHtml(b)).toContain('<dt>Where</dt><dd>Bangladesh, Kenya</dd>');
    expect(md).not.toMatch(/all countries/);
  });

  it.each(LANGS)(
    'in the sample (%s) a card says where in one place: every country its rationale names',
    (lang) => {
      const json = sample(lang);
      const model = buildReportModel(json, { lang, top: Number.POSITIVE_INFINITY });
      let multi = 0;
      for (const [i, r] of json.recommendations.entries()) {
        expect(r.countries).toBeDefined();
        if (r.country !== null) expect(r.countries).toContain(r.country);
        const where = model.recommendations[i]!.where;
        expect(where.map((c) => c.id).sort()).toEqual([...(r.countries ?? [])].sort());
        // The rationale never names a country the card does not list (the card is the one "where").
        // (member names such as "Mwangaza Workers Rights Kenya" are not places)
        const text = json.members.reduce((t, m) => t.split(m.name).join(''), r.rationale);
        for (const name of Object.values(json.labels.countries).map((l) => l[lang])) {
          if (text.includes(name)) expect(where.map((c) => c.name)).toContain(name);
        }
        if (where.length > 1) multi++;
      }
      // The sample has company engagements in two countries: their cards used to say "all countries".
      expect(multi).toBeGreaterThan(0);
    },
  );
});

describe('plain text in Markdown', () => {
  it('writes names with & as they are, without HTML entities', () => {
    const md = renderMarkdown(FIXTURE_BASELINE);
    expect(md).toContain('Stichting Gender & Werk');
    expect(md).not.toMatch(/&amp;|&lt;|&gt;|&#\d+;/);
  });
});

describe('a baseline with missing dimensions says which files to add', () => {
  const membersOnly = (lang: Lang) =>
    toBaselineJson(buildBaseline({ 'members.csv': sampleFiles['members.csv']! }, { lang }));

  it('finds the dimensions without any data', () => {
    expect(missingDimensions(membersOnly('en'))).toEqual(['expertise', 'geography', 'sectors']);
    expect(missingDimensions(sample('en'))).toEqual([]);
    const noSectors = toBaselineJson(
      buildBaseline({
        'members.csv': sampleFiles['members.csv']!,
        'expertise.csv': sampleFiles['expertise.csv']!,
        'geography.csv': sampleFiles['geography.csv']!,
      }),
    );
    expect(missingDimensions(noSectors)).toEqual(['sectors']);
    // Only the sector heatmap needs sectors.csv: synergy has geography for its context.
    const html = renderHtml(noSectors);
    expect(html.match(/<figure class="needs">/g)).toHaveLength(1);
    expect(html).toContain('No data yet: add sectors.csv.');
  });

  it('says plainly which files to add and what each adds, instead of six all-zero heatmaps', () => {
    const md = renderMarkdown(membersOnly('en'));
    expect(md).toContain('## Add these files for a complete baseline');
    expect(md).toContain('- expertise.csv (member, theme, level): what each member knows.');
    expect(md).toContain('- geography.csv (member, country, presence, partners): where each member works');
    expect(md).toContain('- sectors.csv (member, sector, network, strength)');
    const html = renderHtml(membersOnly('en'));
    expect(html).toContain('<aside class="missing" aria-labelledby="missing-heading">');
    expect(html.match(/<figure class="needs">/g)).toHaveLength(6);
    expect(html).not.toContain('<svg');
    expect(html).toContain('No data yet: add geography.csv or sectors.csv.');
    expect(html).toContain('No data yet: add expertise.csv, geography.csv or sectors.csv.');
  });

  it('says it in Dutch in a Dutch report', () => {
    const md = renderMarkdown(membersOnly('nl'), { lang: 'nl' });
    expect(md).toContain('## Voeg deze bestanden toe voor een volledige nulmeting');
    expect(md).toContain('geography.csv of geografie.csv (lid, land, aanwezigheid, partners)');
    expect(renderHtml(membersOnly('nl'), { lang: 'nl' })).toContain(
      'Nog geen gegevens: voeg geography.csv of sectors.csv toe.',
    );
  });
});
