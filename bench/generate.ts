/**
 * Seeded synthetic partnerships for benchmarks and for feeding other tools the same data.
 *
 * Library use: `generatePartnership({ n: 1000 })` returns a normalised Partnership;
 * `partnershipToCsv(p)` returns the four CSV texts (members, expertise, geography, sectors) with
 * the columns of DOMAIN.md. CLI: `tsx bench/generate.ts --n 1000 --out out/synthetic [--seed 1]
 * [--themes 300] [--countries 250] [--sectors 60] [--per-member 20]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import countries from 'i18n-iso-countries';
import type {
  ExpertiseRecord,
  GeographyRecord,
  Member,
  MemberRole,
  MemberType,
  NetworkKind,
  Partnership,
  PresenceKind,
  SectorRecord,
} from '../src/schema/records.js';

/** Options of {@link generatePartnership}. */
export interface SyntheticOptions {
  /** Number of members. */
  readonly n: number;
  /** Number of themes T. Default 300. */
  readonly themes?: number;
  /** Number of countries K (real ISO alpha-2 codes first, then user-assigned codes). Default 250. */
  readonly countries?: number;
  /** Number of sectors S. Default 60. */
  readonly sectors?: number;
  /** Mean categories per member per dimension (each member draws uniformly from 0.5x..1.5x). Default 20. */
  readonly perMember?: number;
  /** PRNG seed. Default 1. */
  readonly seed?: number;
  /** Theme ids to use first (e.g. a taxonomy); 'theme-001'... fill the rest. */
  readonly themeIds?: readonly string[];
  /** Sector ids to use first; 'sector-001'... fill the rest. */
  readonly sectorIds?: readonly string[];
}

/**
 * mulberry32: a small, fast, seeded 32-bit PRNG returning numbers in [0, 1).
 *
 * @example
 * const rnd = mulberry32(1); rnd(); // => 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ISO 3166 user-assigned alpha-2 codes, used after the real codes when K exceeds them. */
const USER_ASSIGNED = [
  'AA',
  ...Array.from({ length: 14 }, (_, i) => `Q${String.fromCharCode(77 + i)}`),
  ...Array.from({ length: 26 }, (_, i) => `X${String.fromCharCode(65 + i)}`),
  'ZZ',
];

/**
 * K country codes: real ISO alpha-2 codes (sorted, from i18n-iso-countries) first, then the
 * user-assigned codes AA, QM-QZ, XA-XZ, ZZ.
 *
 * @example
 * countryCodes(2); // => ['AD', 'AE']
 */
export function countryCodes(k: number): string[] {
  const real = Object.keys(countries.getAlpha2Codes()).sort();
  const all = [...real, ...USER_ASSIGNED];
  if (k > all.length) throw new Error(`At most ${all.length} distinct two-letter country codes, asked ${k}.`);
  return all.slice(0, k);
}

function ids(prefix: string, count: number, first: readonly string[] = []): string[] {
  const out = first.slice(0, count);
  for (let i = out.length + 1; out.length < count; i++) out.push(`${prefix}-${String(i).padStart(3, '0')}`);
  return out;
}

const TYPES: readonly MemberType[] = [
  'ngo',
  'ngo',
  'ngo',
  'union',
  'company',
  'knowledge',
  'government',
  'other',
];
const PRESENCE: readonly PresenceKind[] = [
  'office',
  'local_partner',
  'local_partner',
  'programme',
  'programme',
  'network',
];
const NETWORKS: readonly NetworkKind[] = [
  'irbc_agreement',
  'companies',
  'association',
  'producers',
  'unions',
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

/** Draw `count` distinct indices from [0, size), ascending. */
function sample(rnd: () => number, size: number, count: number, mark: Uint8Array): number[] {
  const want = Math.min(count, size);
  const out: number[] = [];
  while (out.length < want) {
    const k = Math.floor(rnd() * size);
    if (mark[k] === 0) {
      mark[k] = 1;
      out.push(k);
    }
  }
  for (const k of out) mark[k] = 0;
  return out.sort((a, b) => a - b);
}

/**
 * Generate a seeded synthetic partnership: N members (about 80% headquartered in NL), and per
 * member and dimension about `perMember` distinct categories with random levels, presence kinds
 * and network strengths. Same options, same partnership. Records are sorted by member, then category.
 *
 * @example
 * const p = generatePartnership({ n: 100, seed: 7 });
 * p.members.length; // => 100
 */
export function generatePartnership(options: SyntheticOptions): Partnership {
  const { n, themes = 300, countries: nCountries = 250, sectors = 60, perMember = 20, seed = 1 } = options;
  const rnd = mulberry32(seed);
  const themeIds = ids('theme', themes, options.themeIds);
  const sectorIds = ids('sector', sectors, options.sectorIds);
  const countryIds = countryCodes(nCountries);
  const mark = new Uint8Array(Math.max(themes, nCountries, sectors));
  const count = () => Math.max(1, Math.round(perMember * (0.5 + rnd())));
  const members: Member[] = [];
  const expertise: ExpertiseRecord[] = [];
  const geography: GeographyRecord[] = [];
  const sectorRecords: SectorRecord[] = [];
  const width = String(n).length;
  for (let i = 0; i < n; i++) {
    const id = `m${String(i + 1).padStart(width, '0')}`;
    const role: MemberRole = i === 0 ? 'lead' : rnd() < 0.1 ? 'local_partner' : 'member';
    members.push({
      id,
      name: `Member ${i + 1}`,
      type: pick(rnd, TYPES),
      country: rnd() < 0.8 ? 'NL' : pick(rnd, countryIds),
      role,
      extras: {},
      sources: [],
    });
    for (const k of sample(rnd, themes, count(), mark)) {
      expertise.push({ member: id, theme: themeIds[k]!, level: 1 + Math.floor(rnd() * 5), sources: [] });
    }
    for (const k of sample(rnd, nCountries, count(), mark)) {
      const presence = pick(rnd, PRESENCE);
      const country = countryIds[k]!;
      const partners =
        presence === 'local_partner' ? [`Partner ${country} ${1 + Math.floor(rnd() * 5)}`] : [];
      geography.push({
        member: id,
        country,
        presence,
        partners,
        since: 2000 + Math.floor(rnd() * 24),
        sources: [],
      });
    }
    for (const k of sample(rnd, sectors, count(), mark)) {
      const sector = sectorIds[k]!;
      const companies = rnd() < 0.3 ? [`Company ${sector} ${1 + Math.floor(rnd() * 9)}`] : [];
      sectorRecords.push({
        member: id,
        sector,
        network: pick(rnd, NETWORKS),
        strength: 1 + Math.floor(rnd() * 5),
        companies,
        sources: [],
      });
    }
  }
  return { members, expertise, geography, sectors: sectorRecords, companies: [] };
}

function cell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(r.map(cell).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * The four CSV files of a partnership (columns per DOMAIN.md; multi-value cells joined with "; ").
 *
 * @example
 * partnershipToCsv(p)['members.csv'].split('\n')[0]; // => 'id,name,type,country,role'
 */
export function partnershipToCsv(
  p: Partnership,
): Record<'members.csv' | 'expertise.csv' | 'geography.csv' | 'sectors.csv', string> {
  return {
    'members.csv': table(
      ['id', 'name', 'type', 'country', 'role'],
      p.members.map((m) => [m.id, m.name, m.type, m.country, m.role]),
    ),
    'expertise.csv': table(
      ['member', 'theme', 'level'],
      p.expertise.map((r) => [r.member, r.theme, r.level]),
    ),
    'geography.csv': table(
      ['member', 'country', 'presence', 'partners', 'since'],
      p.geography.map((r) => [r.member, r.country, r.presence, r.partners.join('; '), r.since]),
    ),
    'sectors.csv': table(
      ['member', 'sector', 'network', 'strength', 'companies'],
      p.sectors.map((r) => [r.member, r.sector, r.network, r.strength, r.companies.join('; ')]),
    ),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'out/synthetic' },
      seed: { type: 'string', default: '1' },
      themes: { type: 'string', default: '300' },
      countries: { type: 'string', default: '250' },
      sectors: { type: 'string', default: '60' },
      'per-member': { type: 'string', default: '20' },
    },
  });
  const num = (name: string, raw: string | undefined): number => {
    const x = Number(raw);
    if (!Number.isInteger(x) || x < 0) throw new Error(`--${name} must be a whole number, got ${raw}`);
    return x;
  };
  const p = generatePartnership({
    n: num('n', values.n),
    seed: num('seed', values.seed),
    themes: num('themes', values.themes),
    countries: num('countries', values.countries),
    sectors: num('sectors', values.sectors),
    perMember: num('per-member', values['per-member']),
  });
  const dir = resolve(values.out ?? 'out/synthetic');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(partnershipToCsv(p))) writeFileSync(join(dir, name), text);
  console.log(
    `Wrote ${p.members.length} members, ${p.expertise.length} expertise, ${p.geography.length} geography and ${p.sectors.length} sector rows to ${dir}`,
  );
}

// Run as a CLI only when this file itself is the entry point (not when imported or bundled).
const entry = process.argv[1];
if (
  entry !== undefined &&
  /generate\.[cm]?[jt]s$/.test(entry) &&
  import.meta.url === pathToFileURL(resolve(entry)).href
) {
  main();
}
