/**
 * Shared helpers of the report tests: a hostile variant of the fixture, a deep
 * freeze, a small HTML well-formedness checker and Markdown table readers.
 */
import type { BaselineJson } from '../../src/schema/baseline.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';

/** Member names an attacker or a messy spreadsheet could put in members.csv. */
export const HOSTILE_NAMES: Readonly<Record<string, string>> = {
  fwc: '=HYPERLINK("http://x","y")',
  mvn: '<script>alert(1)</script>',
  sgw: '"quotes" & \'apostrophes\'',
  kia: 'a|b',
  tpb: 'Textiel 🧵 Partners — شركاء النسيج',
};

/** A deep copy of a JSON-like value. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes a value and everything inside it, so any mutation by a renderer throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * The fixture with hostile text everywhere users can put text: member names,
 * a partner name, a theme label, a sector label, a rationale, a file name and
 * rejected values (formula-like, with newline, with tab, with HTML).
 */
export function hostileBaseline(): BaselineJson {
  const b = clone(FIXTURE_BASELINE);
  for (const m of b.members) m.name = HOSTILE_NAMES[m.id] ?? m.name;
  const bd = b.countries.BD!;
  bd.members[0]!.partners = ["@SUM(1+1)*cmd|' /C calc'!A0", 'BILS'];
  bd.sharedPartners[0]!.partner = '<b>Awaj</b> "Foundation"';
  b.labels.themes.gbv = {
    en: '<img src=x onerror="window.__pwned=1">',
    nl: '<img src=x onerror="window.__pwned=1">',
  };
  b.labels.sectors.tea = { en: '# Tea | *bold* [link](javascript:alert(1))', nl: '`thee`' };
  b.recommendations[0]!.rationale = 'Close </style><script>window.__pwned=1</script> and\nnew line';
  b.recommendations[0]!.evidence = [{ file: '-2+3.csv', line: 4 }];
  b.recommendations[1]!.kind = '"><script>window.__pwned=1</script>';
  b.ingest.rejected[0]!.value = '=1+1';
  b.ingest.rejected[1]!.value = 'line one\nline two';
  b.ingest.rejected[2]!.value = '\t@tab';
  b.ingest.rejected[2]!.file = '<i>sectors</i>.csv';
  return b;
}

const VOID_ELEMENTS = new Set([
  'meta',
  'br',
  'hr',
  'img',
  'input',
  'link',
  'wbr',
  'col',
  'area',
  'base',
  'source',
]);
const ENTITY = /^&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;

/** Result of {@link checkHtml}. */
export interface HtmlCheck {
  readonly errors: string[];
  /** Every element name that occurs, lower case. */
  readonly tags: Set<string>;
  /** Every attribute name that occurs, lower case. */
  readonly attributes: Set<string>;
}

/**
 * A strict, small well-formedness check for the pages we generate (a subset of
 * HTML5 in XML-like style): every non-void element is closed in order, text
 * holds no raw `<` or `>`, every `&` starts an entity, attribute values are
 * quoted and contain no raw `<`, `>` or `"`. `<style>` content is skipped
 * but must not contain `</style`.
 */
export function checkHtml(html: string): HtmlCheck {
  const errors: string[] = [];
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const stack: string[] = [];
  let rest = html.replace(/^<!DOCTYPE html>\n?/, '');
  let pos = 0;
  const tagRe = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*)\s*(\/?)>/;
  const attrRe = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text.includes('>')) errors.push(`raw '>' in text at ${pos}`);
    let amp = text.indexOf('&');
    while (amp !== -1) {
      if (!ENTITY.test(text.slice(amp)))
        errors.push(`bare '&' at ${pos + amp}: ${text.slice(amp, amp + 12)}`);
      amp = text.indexOf('&', amp + 1);
    }
    if (lt === -1) break;
    pos += lt;
    rest = rest.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1) {
        errors.push('unterminated comment');
        break;
      }
      pos += end + 3;
      rest = rest.slice(end + 3);
      continue;
    }
    const m = tagRe.exec(rest);
    if (m === null) {
      errors.push(`raw '<' or malformed tag at ${pos}: ${rest.slice(0, 40)}`);
      pos += 1;
      rest = rest.slice(1);
      continue;
    }
    const [whole, slash, rawName, attrs, selfClose] = m;
    const name = rawName!.toLowerCase();
    tags.add(name);
    for (const a of attrs!.matchAll(attrRe)) attributes.add(a[1]!.toLowerCase());
    if (slash) {
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open ?? 'nothing'}> at ${pos}`);
    } else if (!selfClose && !VOID_ELEMENTS.has(name)) {
      stack.push(name);
    }
    pos += whole.length;
    rest = rest.slice(whole.length);
    if (name === 'style' && !slash) {
      const end = rest.indexOf('</style>');
      if (end === -1) {
        errors.push('unterminated <style>');
        break;
      }
      pos += end;
      rest = rest.slice(end);
    }
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(' > ')}`);
  return { errors, tags, attributes };
}

/** The tables of a Markdown document: each a list of rows, each row its raw line. */
export function markdownTables(md: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      if (current === null) {
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else {
      current = null;
    }
  }
  return tables;
}

/** Number of cells of a GFM table row: pipes not escaped with a backslash, minus one. */
export function markdownCellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      i++;
      continue;
    }
    if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** A small baseline of n synthetic members (ids m0..m{n-1}), deterministic values, no countries. */
export function syntheticBaseline(n: number): BaselineJson {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  const value = (i: number, j: number, salt: number) =>
    i === j ? 0 : Math.round((((i * 7 + j * 7 + salt * 13) % 17) / 17) * 1e4) / 1e4;
  const sym = (salt: number) =>
    ids.map((_, i) => ids.map((__, j) => value(Math.min(i, j), Math.max(i, j), salt)));
  const dim = (salt: number) => ({ ids, overlap: sym(salt), complementarity: sym(salt + 1) });
  return {
    schemaVersion: 1,
    members: ids.map((id) => ({
      id,
      name: `Member ${id}`,
      type: 'ngo',
      country: null,
      role: 'member',
      extras: {},
    })),
    ingest: { files: [], rejected: [], warnings: [] },
    matrices: {
      expertise: dim(1),
      geography: dim(2),
      sectors: dim(3),
      synergy: { ids, values: sym(4) },
      duplication: { ids, values: sym(5) },
    },
    countries: {},
    recommendations: [],
    labels: { themes: {}, sectors: {}, countries: {} },
    emptyProfiles: { expertise: [], geography: [], sectors: [] },
  };
}

/** Elements a report page may contain (the world map's SVG included); anything else (script, img, iframe, link, object...) is a failure. */
export const REPORT_ALLOWED_TAGS: ReadonlySet<string> = new Set(
  (
    'html head meta title style body header nav ol ul li a main section aside h1 h2 h3 p div span ' +
    'table caption thead tbody tr th td code strong dl dt dd article figure figcaption details summary ' +
    'svg g defs pattern path circle rect text tspan desc bdi footer'
  ).split(' '),
);

/** Attributes a report page may use: no event handlers, no src, no style, no external href. */
export const REPORT_ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(
  (
    'id lang charset http-equiv content name href class scope aria-label aria-labelledby aria-hidden role ' +
    'xmlns width height viewbox x y dy rx cx cy r d fill fill-opacity stroke stroke-width stroke-opacity ' +
    'stroke-linejoin patternunits transform text-anchor font-family font-size font-weight font-style ' +
    'title pointer-events data-country data-members data-presence data-recommendations data-marker data-marker-only'
  ).split(' '),
);
