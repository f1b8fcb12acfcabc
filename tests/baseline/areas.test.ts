/**
 * baseline.json version 2 on the area fixture (golden JSON and reports in English and Dutch), and
 * version 1 files still read: the sample's baseline.json as written before version 2 loads,
 * renders the same report and diffs against today's baseline without a single change.
 *
 * Regenerate the goldens after an intended change with
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/baseline/areas.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { loadBaselineJson } from '../../src/diff/loadBaselineJson.js';
import { toCsvExports } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { readDataDir, repoRoot } from '../helpers.js';

function golden(name: string, actual: string): void {
  const path = resolve(repoRoot, 'tests/golden/areas', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const json = toBaselineJson(buildBaseline(readDataDir('tests/fixtures/areas')));

describe('the area fixture (observed and rated themes, areas, funders)', () => {
  it('matches the golden baseline.json and Markdown reports', () => {
    golden('baseline.json', stringifyBaseline(json));
    golden('report.en.md', renderMarkdown(json, { lang: 'en', top: 20 }));
    golden('report.nl.md', renderMarkdown(json, { lang: 'nl', top: 20 }));
  });

  it('shows areas, evidence kinds and funders in the HTML report, in both languages', () => {
    const en = renderHtml(json, { lang: 'en' });
    expect(en).toContain('<h3>Areas in Afghanistan</h3>');
    expect(en).toContain('<section id="funders" class="page">');
    expect(en).toContain('<th scope="col">Evidence</th>');
    const nl = renderHtml(json, { lang: 'nl' });
    expect(nl).toContain('<h3>Gebieden in Afghanistan</h3>');
    expect(nl).toContain('Financiers');
  });

  it('exports areas, area themes and funders as CSV', () => {
    const files = toCsvExports(json);
    expect(files['areas.csv'].split('\n')[1]).toBe('AF,AF24,Kandahar,,NRC,office,Aina Welfare');
    expect(files['area-themes.csv']).toContain('AF,AF2405,shelter,duplicated,,DRC; NRC,observed');
    expect(files['area-themes.csv']).toContain('AF,AF2405,health,missing,,,');
    expect(files['funding.csv'].split('\n')[2]).toBe(
      'European Civil Protection and Humanitarian Aid,XI-IATI-EC_ECHO,government,funding,DRC; NRC,AF,7',
    );
  });
});

describe('redaction with areas and funders', () => {
  it('hides local partner names in the areas too, and drops an opted-out member’s funder rows', () => {
    const redacted = toBaselineJson(
      buildBaseline(readDataDir('tests/fixtures/areas'), { redact: { partners: true, optOut: ['NRC'] } }),
    );
    const text = stringifyBaseline(redacted);
    expect(text).not.toMatch(/aina/i);
    expect(text).not.toContain('Norwegian Refugee Council');
    expect(redacted.funders?.find((f) => f.funder.startsWith('European'))?.members).toEqual(['DRC']);
  });
});

describe('version 1 baselines still read', () => {
  const oldText = readFileSync(resolve(repoRoot, 'tests/fixtures/baseline-v1/sample-baseline.json'), 'utf8');
  const old = loadBaselineJson(oldText);
  const now = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));

  it('loads the sample baseline.json written before version 2', () => {
    expect(old.schemaVersion).toBe(1);
    expect(old.funders).toBeUndefined();
    expect(old.records?.expertise[0]).toEqual({
      member: 'AER',
      theme: 'due-diligence',
      level: 4,
      sources: [{ file: 'expertise.csv', line: 47 }],
    });
  });

  it('renders with the same sections as today’s baseline; outside the country views (whose rules changed in issue 21) the same text', () => {
    // recommendations[].countries is newer than these files: without it a card's "Where" and the
    // map's counts come from `country` alone, as they do for today's baseline without the field.
    const withoutCountries: BaselineJson = {
      ...now,
      recommendations: now.recommendations.map(({ countries: _, ...r }) => r),
    };
    const sections = (text: string) => text.split('\n## ');
    const before = sections(renderMarkdown(old, { lang: 'en', top: 20 }));
    const today = sections(
      renderMarkdown(withoutCountries, { lang: 'en', top: 20 }).replace(
        '(schema version 4)',
        '(schema version 1)',
      ),
    );
    expect(before.map((x) => x.split('\n')[0])).toEqual(today.map((x) => x.split('\n')[0]));
    before.forEach((section, i) => {
      // Recommendations (and the map's counts of them) were reworked in issue 21 too.
      if (!/^(Coverage|Countries|Recommended joint activities|Where the partnership works)/.test(section))
        expect(section).toBe(today[i]);
    });
  });

  it('diffs against today’s baseline: the same numbers; themes change only as the issue 21 rules say', () => {
    const diff = diffBaselines(old, now);
    expect(diff.members).toMatchObject({ joined: [], left: [], changed: [] });
    expect(diff.expertise).toEqual([]);
    const contactsOnly = new Set(
      Object.values(now.countries)
        .filter((v) => v.members.some((m) => m.presence === 'network'))
        .map((v) => v.country),
    );
    expect(diff.themes.length).toBeGreaterThan(0);
    for (const change of diff.themes) {
      // Nothing is gained; missing themes are gone (no focus themes declared); the rest of the
      // changes are where members present with contacts only were counted before.
      expect([change.coveredGained, change.duplicatedGained, change.missingGained]).toEqual([[], [], []]);
      expect(now.countries[change.country]?.missing).toEqual([]);
      if (!contactsOnly.has(change.country)) {
        expect([change.coveredLost, change.duplicatedLost, change.levels, change.themeMembers]).toEqual([
          [],
          [],
          [],
          [],
        ]);
      }
    }
    for (const changes of [
      diff.overlap.expertise,
      diff.overlap.geography,
      diff.overlap.sectors,
      diff.synergy,
    ]) {
      expect(changes).toEqual({ rises: [], falls: [] });
    }
    // Issue 21 reworked the recommendations (one lobby per agreement, company door openers,
    // merged items): the diff reads them as new and dropped, and lists each once.
    const ids = [...diff.recommendations.new, ...diff.recommendations.dropped].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
