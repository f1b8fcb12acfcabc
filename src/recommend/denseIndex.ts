/**
 * Dense per-member lookups for the recommendation kinds that read many (member, theme) pairs:
 * levels and evidence in typed arrays indexed by member and theme ordinals. Built once per {@link PartnershipIndex} (cached), so a kind's
 * inner loops are array reads instead of map lookups.
 * @module
 */
import { forEachExpertise, type PartnershipIndex } from './partnershipIndex.js';

/** What a member's record on a theme rests on, as a byte: none, a rating, or observed activity only. */
export const EVIDENCE_NONE = 0;
/** A rated record (see {@link PartnershipIndex.evidence}). */
export const EVIDENCE_RATED = 1;
/** Observed activity without a rating. */
export const EVIDENCE_OBSERVED = 2;

/**
 * Typed-array views of a {@link PartnershipIndex}. Member ordinals follow `index.memberIds` and
 * theme ordinals `index.themes` (both sorted by id), so ordinal order is id order.
 */
export interface DenseIndex {
  /** = index.memberIds. */
  readonly members: readonly string[];
  /** = index.themes. */
  readonly themes: readonly string[];
  /** Number of themes (the row length of `level` and `evidence`). */
  readonly themeCount: number;
  /** Member id -> ordinal (undefined when not in memberIds). */
  memberOrd(id: string): number | undefined;
  /** Theme id -> ordinal (undefined when no member has a record on it). */
  themeOrd(id: string): number | undefined;
  /** 1 when the member at this ordinal is a partnership member. */
  readonly isMember: Uint8Array;
  /** level[m * themeCount + t]: rated level 0-5 (0 without a rating), as `index.level`. */
  readonly level: Uint8Array;
  /** evidence[m * themeCount + t]: EVIDENCE_NONE, EVIDENCE_RATED or EVIDENCE_OBSERVED, as `index.evidence`. */
  readonly evidence: Uint8Array;
}

const cache = new WeakMap<PartnershipIndex, DenseIndex>();

/**
 * The dense lookups of a partnership index, built on first use and cached for the index's
 * lifetime. Cost O(members * themes), memory two bytes per
 * (member, theme).
 *
 * @example
 * const d = denseIndex(indexPartnership(partnership));
 * const m = d.memberOrd('flu')!;
 * d.level[m * d.themeCount + d.themeOrd('living-wage')!]; // => 5
 */
export function denseIndex(index: PartnershipIndex): DenseIndex {
  const hit = cache.get(index);
  if (hit !== undefined) return hit;
  const members = index.memberIds;
  const themes = index.themes;
  const T = themes.length;
  const ord = new Map(members.map((m, i) => [m, i]));
  const tOrd = new Map(themes.map((t, i) => [t, i]));
  const isMember = new Uint8Array(members.length);
  const level = new Uint8Array(members.length * T);
  const evidence = new Uint8Array(members.length * T);
  for (let m = 0; m < members.length; m++) isMember[m] = index.isMember(members[m]!) ? 1 : 0;
  // From the index's merged records when it has them (one pass over the records), else a lookup
  // per (member, theme).
  const fromRecords = forEachExpertise(index, (member, theme, lv, rated) => {
    const at = ord.get(member)! * T + tOrd.get(theme)!;
    evidence[at] = rated ? EVIDENCE_RATED : EVIDENCE_OBSERVED;
    level[at] = lv;
  });
  if (!fromRecords) fillFromLookups(index, level, evidence);
  const dense: DenseIndex = {
    members,
    themes,
    themeCount: T,
    memberOrd: (id) => ord.get(id),
    themeOrd: (id) => tOrd.get(id),
    isMember,
    level,
    evidence,
  };
  cache.set(index, dense);
  return dense;
}

/** Levels and evidence of every (member, theme) asked of the index one by one. */
function fillFromLookups(index: PartnershipIndex, level: Uint8Array, evidence: Uint8Array): void {
  const { memberIds: members, themes } = index;
  const T = themes.length;
  for (let m = 0; m < members.length; m++) {
    const id = members[m]!;
    for (let t = 0; t < T; t++) {
      const e = index.evidence(id, themes[t]!);
      if (e === null) continue;
      evidence[m * T + t] = e === 'rated' ? EVIDENCE_RATED : EVIDENCE_OBSERVED;
      level[m * T + t] = index.level(id, themes[t]!);
    }
  }
}

/**
 * Per theme ordinal: the ordinals of the partnership members rated at `level` or higher on it,
 * ascending (so in id order). Cost O(members * themes).
 *
 * @example
 * const d = denseIndex(indexPartnership(partnership));
 * membersAtLevel(d, 4)[d.themeOrd('living-wage')!]!.map((m) => d.members[m]).includes('flu'); // => true
 */
export function membersAtLevel(d: DenseIndex, level: number): number[][] {
  const T = d.themeCount;
  const out: number[][] = Array.from({ length: T }, () => []);
  for (let m = 0; m < d.members.length; m++) {
    if (d.isMember[m] === 0) continue;
    for (let t = 0; t < T; t++) if (d.level[m * T + t]! >= level) out[t]!.push(m);
  }
  return out;
}

/** Network strengths by member and sector ordinal (see {@link sectorStrengths}). */
export interface SectorStrengths {
  /** Number of sectors (the row length of `strength`). */
  readonly sectorCount: number;
  /** Sector id -> ordinal (undefined when no member has a network in it). */
  sectorOrd(id: string): number | undefined;
  /** strength[m * sectorCount + s]: `index.network(member, sector)?.strength ?? 0`, m a {@link DenseIndex} ordinal. */
  readonly strength: Uint8Array;
}

const strengthCache = new WeakMap<PartnershipIndex, SectorStrengths>();

/**
 * The network strengths of a partnership index in one typed array, built from each member's own
 * sectors on first use and cached. Memory one byte per (member, sector).
 *
 * @example
 * const index = indexPartnership(partnership);
 * const s = sectorStrengths(index);
 * s.strength[denseIndex(index).memberOrd('SJH')! * s.sectorCount + s.sectorOrd('cocoa')!]; // => 3
 */
export function sectorStrengths(index: PartnershipIndex): SectorStrengths {
  const hit = strengthCache.get(index);
  if (hit !== undefined) return hit;
  const members = index.memberIds;
  const S = index.sectors.length;
  const sOrd = new Map(index.sectors.map((s, i) => [s, i]));
  const strength = new Uint8Array(members.length * S);
  for (let m = 0; m < members.length; m++) {
    const id = members[m]!;
    for (const sector of index.sectorsOf(id)) {
      strength[m * S + sOrd.get(sector)!] = index.network(id, sector)?.strength ?? 0;
    }
  }
  const out: SectorStrengths = { sectorCount: S, sectorOrd: (id) => sOrd.get(id), strength };
  strengthCache.set(index, out);
  return out;
}
