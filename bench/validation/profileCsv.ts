/**
 * The library's input files (members.csv, expertise.csv, geography.csv, sectors.csv) for the
 * peers of a split, written from the EARLIER activities only: what an organisation was observed
 * doing before the split date.
 *
 * Design choices (see docs/validation.md):
 * - expertise: one row per DAC 5-digit purpose code the organisation worked on (a theme);
 * - sectors: one row per DAC 3-digit category (the sector network);
 * - geography: one row per recipient country, presence `programme` (running activities there);
 * - weights are constant (level 5, strength 3, presence programme), so the library's weighted
 *   Jaccard overlap is the plain Jaccard overlap of the sets: activity counts are never turned
 *   into a rating.
 *
 * Hooks for issue 14 (model side): `evidence: 'observed'` writes the contract's
 * `member,theme,level,evidence,activities` with the level EMPTY and evidence `observed`;
 * `areas: true` writes the geography `area` column (`;`-separated areas of the country). The
 * library of today rejects an empty level and ignores `area`, so both are off by default.
 * @module
 */
import { csvCell, foldText } from '../../src/parts.js';
import type { Activity, Organisation } from './readIati.js';
import { activityPeers, DEFAULT_PEER_ROLES, type StudySplit } from './split.js';

/** Options of profileCsvs. */
export interface ProfileCsvOptions {
  /** 'level' (default): expertise level 5 for every observed theme; 'observed': empty level, evidence observed (contract 14). */
  readonly evidence?: 'level' | 'observed';
  /** Write the geography `area` column (contract 14). Default false. */
  readonly areas?: boolean;
}

/** The four CSV texts and the member id of each peer (same order as split.peers). */
export interface ProfileFiles {
  readonly files: Readonly<Record<'members.csv' | 'expertise.csv' | 'geography.csv' | 'sectors.csv', string>>;
  readonly ids: readonly string[];
}

/** Counts of activities per (member index, category), kept in a sorted, deterministic order. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(member: number, category: string): void {
    const key = `${String(member).padStart(6, '0')}\u0000${category}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  rows(): { member: number; category: string; n: number }[] {
    return [...this.counts.keys()].sort().map((key) => {
      const [m, category] = key.split('\u0000') as [string, string];
      return { member: Number(m), category, n: this.counts.get(key)! };
    });
  }
}

const line = (cells: readonly (string | number)[]): string => `${cells.map((c) => csvCell(c)).join(',')}\n`;

/** IATI organisation type code -> the library's member type (today's words; `un` waits for contract 14). */
export function memberType(iatiType: string): string {
  if (iatiType === '10' || iatiType === '11' || iatiType === '15') return 'government';
  if (iatiType === '21' || iatiType === '22' || iatiType === '23' || iatiType === '24') return 'ngo';
  if (iatiType === '70' || iatiType === '71' || iatiType === '72' || iatiType === '73') return 'company';
  if (iatiType === '80') return 'knowledge';
  return 'other';
}

function tallies(earlier: readonly Activity[], split: StudySplit) {
  const index = new Map(split.peers.map((k, i) => [k, i]));
  const funders = new Set(split.funders);
  const themes = new Tally();
  const sectors = new Tally();
  const countries = new Tally();
  const areas = new Map<string, Set<string>>();
  for (const act of earlier) {
    for (const key of activityPeers(act, funders, DEFAULT_PEER_ROLES)) {
      const m = index.get(key);
      if (m === undefined) continue;
      for (const code of act.purposeCodes) themes.add(m, `DAC ${code}`);
      for (const code of act.categories) sectors.add(m, `DAC ${code}`);
      for (const c of act.countries) countries.add(m, c);
      for (const ar of act.areas) {
        const k = `${String(m).padStart(6, '0')}\u0000${ar.country}`;
        areas.set(k, (areas.get(k) ?? new Set()).add(ar.area));
      }
    }
  }
  return { themes, sectors, countries, areas };
}

/**
 * Write the input files for the peers of `split` from `split.earlier` (never from the later
 * activities). Member ids are `o0001`, `o0002`, ... in the order of split.peers.
 */
export function profileCsvs(
  split: StudySplit,
  organisations: ReadonlyMap<string, Organisation>,
  options: ProfileCsvOptions = {},
): ProfileFiles {
  const width = Math.max(4, String(split.peers.length).length);
  const ids = split.peers.map((_, i) => `o${String(i + 1).padStart(width, '0')}`);
  const t = tallies(split.earlier, split);
  // The library merges members of the same name; distinct organisations that share a name
  // (e.g. UNICEF's partners listed as "IP not published" with their own refs) get their id added.
  const names = split.peers.map((key) => organisations.get(key)?.name || key);
  const folded = new Map<string, number>();
  for (const n of names) folded.set(foldText(n), (folded.get(foldText(n)) ?? 0) + 1);
  let members = line(['id', 'name', 'type']);
  split.peers.forEach((key, i) => {
    const name = folded.get(foldText(names[i]!))! > 1 ? `${names[i]} [${ids[i]}]` : names[i]!;
    members += line([ids[i]!, name, memberType(organisations.get(key)?.type ?? '')]);
  });
  const observed = options.evidence === 'observed';
  let expertise = line(
    observed ? ['member', 'theme', 'level', 'evidence', 'activities'] : ['member', 'theme', 'level'],
  );
  for (const r of t.themes.rows()) {
    expertise += line(
      observed ? [ids[r.member]!, r.category, '', 'observed', r.n] : [ids[r.member]!, r.category, 5],
    );
  }
  let geography = line(
    options.areas ? ['member', 'country', 'presence', 'area'] : ['member', 'country', 'presence'],
  );
  for (const r of t.countries.rows()) {
    const cells: (string | number)[] = [ids[r.member]!, r.category, 'programme'];
    if (options.areas) {
      const set = t.areas.get(`${String(r.member).padStart(6, '0')}\u0000${r.category}`);
      cells.push(set ? [...set].sort().join('; ') : '');
    }
    geography += line(cells);
  }
  let sectors = line(['member', 'sector', 'strength']);
  for (const r of t.sectors.rows()) sectors += line([ids[r.member]!, r.category, 3]);
  return {
    files: {
      'members.csv': members,
      'expertise.csv': expertise,
      'geography.csv': geography,
      'sectors.csv': sectors,
    },
    ids,
  };
}
