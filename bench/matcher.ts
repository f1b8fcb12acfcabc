/**
 * `npx tsx bench/matcher.ts`: time of the fuzzy label matcher (src/normalise/fuzzy.ts, which
 * scores every key) on vocabularies from 100 to ~2,900 keys (IATI organisation names from
 * ../shared/realdata) and on the country vocabulary, for labels with a typo (a confident match)
 * and labels without a match ("did you mean" searches). The comparison with Fuse.js retrieval in
 * front of the scan ran on commit 458016e (`createMatcher(entries, {}, 'fuse')` there); its
 * numbers are in docs/dependencies.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { createMatcher, type MatcherEntry } from '../src/normalise/fuzzy.js';

const REAL = fileURLToPath(new URL('../../shared/realdata/', import.meta.url));

function organisationNames(): string[] {
  const names = new Set<string>();
  const iati = `${REAL}iati-east-africa-health/organisations.sample.csv`;
  const somalia = `${REAL}somalia-iati3w/org-stubs.derived.csv`;
  if (!existsSync(iati) || !existsSync(somalia)) {
    console.warn('../shared/realdata is absent: no organisation names, skipping.');
    process.exit(0);
  }
  for (const row of parse(readFileSync(iati), { columns: true }) as Record<string, string>[]) {
    if (row.org_name) names.add(row.org_name.trim());
  }
  for (const row of parse(readFileSync(somalia), { columns: true }) as Record<string, string>[]) {
    if (row.name) names.add(row.name.trim());
    if (row.shortname) names.add(row.shortname.trim());
  }
  return [...names].filter((n) => n.length >= 4).sort();
}

/** A deterministic typo: two neighbouring letters swapped in the middle, or one dropped. */
function typo(name: string, k: number): string {
  const i = Math.max(1, Math.floor(name.length / 2) - (k % 3));
  if (k % 2 === 0) return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  return name.slice(0, i) + name.slice(i + 1);
}

const NOISE = Array.from(
  { length: 60 },
  (_, k) => `Unlisted Organisation ${String.fromCharCode(65 + (k % 26))}${k} Trust`,
);

interface Row {
  vocabulary: string;
  keys: number;
  labels: string;
  msPerLabel: number;
  buildMs: number;
}

function time<T>(
  entries: readonly MatcherEntry<T>[],
  labels: readonly string[],
): { ms: number; build: number } {
  const t0 = performance.now();
  const m = createMatcher(entries);
  const t1 = performance.now();
  for (const label of labels) m.match(label);
  const t2 = performance.now();
  return { ms: (t2 - t1) / labels.length, build: t1 - t0 };
}

function run(name: string, entries: readonly MatcherEntry<string>[], typos: string[], rows: Row[]): void {
  for (const [kind, labels] of [
    ['typo', typos],
    ['no match', NOISE],
  ] as const) {
    // best of 3 runs (a fresh matcher each time, so nothing is memoised across runs)
    const runs = [0, 1, 2].map(() => time(entries, labels));
    const best = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
    rows.push({
      vocabulary: name,
      keys: entries.length,
      labels: kind,
      msPerLabel: best.ms,
      buildMs: best.build,
    });
  }
}

const names = organisationNames();
const rows: Row[] = [];
for (const size of [100, 300, 1000, 2000, names.length]) {
  const step = names.length / size;
  const picked = Array.from({ length: size }, (_, k) => names[Math.floor(k * step)]!);
  const entries = picked.map((n) => ({ keys: [n], value: n }));
  const typos = picked.filter((_, k) => k % Math.max(1, Math.floor(size / 80)) === 0).map(typo);
  run(`organisation names (${size})`, entries, typos, rows);
}
countries.registerLocale(en);
countries.registerLocale(nl);
/** Country names (English and Dutch, every listed variant) and alpha-3 codes, as the country resolver has them. */
const COUNTRY_ENTRIES_FOR_BENCH: MatcherEntry<string>[] = Object.keys(countries.getAlpha2Codes()).flatMap(
  (code) => {
    const names = (['en', 'nl'] as const).flatMap(
      (lang) => countries.getName(code, lang, { select: 'all' }) ?? [],
    );
    return [...names, countries.alpha2ToAlpha3(code) ?? code].map((key) => ({ keys: [key], value: code }));
  },
);
const countryTypos = COUNTRY_ENTRIES_FOR_BENCH.filter((_, k) => k % 3 === 0).map((e, k) =>
  typo(e.keys[0]!, k),
);
run('country names and codes', COUNTRY_ENTRIES_FOR_BENCH, countryTypos, rows);

console.log('| vocabulary | entries | labels | ms per label | build ms |');
console.log('| --- | ---: | --- | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.vocabulary} | ${r.keys} | ${r.labels} | ${r.msPerLabel.toFixed(2)} | ${r.buildMs.toFixed(1)} |`,
  );
}
