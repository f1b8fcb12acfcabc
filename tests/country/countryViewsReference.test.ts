/**
 * The country views are built from indexes (per-member theme maps built once, lists built in
 * member order, the duplication of a pair read only when its synergy can rank it). This file
 * keeps a straightforward computation of the same views (every member's records scanned per
 * country, every list sorted, every pair scored and fully sorted) and checks, over random
 * partnerships with observed themes, country-linked expertise and sector rows, that both agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildCountryViews, compareScoresDesc, roundTo } from '../../src/country/buildCountryViews.js';
import { clampScore, type PairScores } from '../../src/country/pairScores.js';
import { presenceRank } from '../../src/country/presence.js';
import { themeLevelsFromRecords } from '../../src/country/themeLevels.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import type { CountryView } from '../../src/schema/baseline.js';
import type { ExpertiseRecord, Partnership, SectorRecord } from '../../src/schema/records.js';
import { arbPartnership } from '../fixtures/recommend/arbitrary.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Random partnerships with what the recommend arbitrary lacks: observed themes, rows naming a country, linked sectors. */
const arbRich: fc.Arbitrary<Partnership> = arbPartnership.chain((p) => {
  const countries = [...new Set(p.geography.map((g) => g.country))];
  const ids = p.members.map((m) => m.id);
  if (ids.length === 0 || countries.length === 0) return fc.constant(p);
  return fc
    .record({
      observed: fc.array(
        fc.record({ m: fc.constantFrom(...ids), t: fc.constantFrom('gbv', 'osh', 'living-wage') }),
        {
          maxLength: 6,
        },
      ),
      placed: fc.array(
        fc.record({
          m: fc.constantFrom(...ids),
          t: fc.constantFrom('gbv', 'osh', 'child-labour'),
          c: fc.constantFrom(...countries),
          level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      linked: fc.array(
        fc.record({
          m: fc.constantFrom(...ids),
          s: fc.constantFrom('garment-textiles', 'agri-cocoa'),
          c: fc.constantFrom(...countries),
        }),
        { maxLength: 4 },
      ),
      focus: fc.uniqueArray(fc.constantFrom('gbv', 'osh', 'child-labour', 'land-rights'), { maxLength: 3 }),
    })
    .map(({ observed, placed, linked, focus }) => {
      const expertise: ExpertiseRecord[] = [
        ...p.expertise,
        ...observed.map((o) => ({
          member: o.m,
          theme: o.t,
          level: null,
          evidence: 'observed' as const,
          sources: [],
        })),
        ...placed.map((x) =>
          x.level === null
            ? {
                member: x.m,
                theme: x.t,
                level: null,
                evidence: 'observed' as const,
                country: x.c,
                sources: [],
              }
            : { member: x.m, theme: x.t, level: x.level, country: x.c, sources: [] },
        ),
      ];
      const sectors: SectorRecord[] = [
        ...p.sectors,
        ...linked.map((l) => ({
          member: l.m,
          sector: l.s,
          network: 'companies' as const,
          strength: 3,
          companies: [],
          countries: [l.c],
          sources: [],
        })),
      ];
      return {
        ...p,
        expertise,
        sectors,
        focus: focus.map((theme) => ({ theme, country: null, sources: [] })),
      };
    });
});

/** A member's themes in a country, from all its records: max rating (0 drops it), else observed (null). */
function themesOfIn(p: Partnership, member: string, country: string): Map<string, number | null> {
  const rated = new Map<string, number>();
  const observed = new Set<string>();
  for (const r of p.expertise) {
    if (r.member !== member || (r.country !== undefined && r.country !== country)) continue;
    if (r.level === null) observed.add(r.theme);
    else rated.set(r.theme, Math.max(rated.get(r.theme) ?? 0, r.level));
  }
  const out = new Map<string, number | null>();
  for (const t of observed) if (!rated.has(t)) out.set(t, null);
  for (const [t, level] of rated) if (level >= 1) out.set(t, level);
  return out;
}

/** The views' themes, duplicated, missing, sectors and pairs, computed the plain way. */
function referenceView(p: Partnership, country: string, scores: PairScores, maxPairs: number) {
  const order = new Map<string, number>();
  p.members.forEach((m, i) => {
    if (!order.has(m.id)) order.set(m.id, i);
  });
  const memberCmp = (a: string, b: string) =>
    (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || cmp(a, b);
  const presence = new Map<string, number>();
  for (const g of p.geography) {
    if (g.country !== country) continue;
    presence.set(g.member, Math.min(presence.get(g.member) ?? 9, presenceRank(g.presence)));
  }
  const ids = [...presence.keys()].sort(memberCmp);
  const covering = ids.filter((id) => presence.get(id) !== presenceRank('network'));
  const here = new Map(covering.map((m) => [m, themesOfIn(p, m, country)]));
  const allThemes = new Set(covering.flatMap((m) => [...here.get(m)!.keys()]));
  const themes = [...allThemes].map((theme) => {
    const levels = covering
      .map((id) => ({ id, level: here.get(id)!.get(theme) }))
      .filter((x) => x.level !== undefined);
    const rated = levels
      .filter((x): x is { id: string; level: number } => x.level !== null)
      .sort((a, b) => b.level - a.level || memberCmp(a.id, b.id));
    const observed = levels
      .filter((x) => x.level === null)
      .map((x) => x.id)
      .sort(memberCmp);
    const max = Math.max(0, ...rated.map((r) => r.level));
    return {
      theme,
      maxLevel: max > 0 ? max : null,
      members: max > 0 ? rated.filter((r) => r.level === max).map((r) => r.id) : observed,
      evidence: max > 0 ? (observed.length > 0 ? 'both' : 'rated') : 'observed',
      observed,
      rated,
      strong: observed.length + rated.filter((r) => r.level >= 4).length,
      covered: observed.length > 0 || rated.some((r) => r.level >= 3),
    };
  });
  themes.sort(
    (a, b) =>
      (b.maxLevel ?? 0) - (a.maxLevel ?? 0) ||
      (a.maxLevel === null && b.maxLevel === null ? b.members.length - a.members.length : 0) ||
      cmp(a.theme, b.theme),
  );
  const focus = [...new Set((p.focus ?? []).map((f) => f.theme))].sort(cmp);
  const sectorIds = new Set(p.sectors.map((s) => s.sector));
  const sectors = [...sectorIds]
    .map((sector) => {
      const rows = p.sectors.filter((s) => s.sector === sector);
      const linked = [...new Set(rows.filter((s) => s.countries?.includes(country)).map((s) => s.member))];
      const own = rows
        .filter((s) => s.countries === undefined && presence.has(s.member))
        .map((s) => s.member);
      return {
        sector,
        members: [...new Set([...own, ...linked])].sort(memberCmp),
        linked: linked.sort(memberCmp),
      };
    })
    .filter((s) => s.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length || cmp(a.sector, b.sector));
  const safe = (f: (a: string, b: string) => number) => (a: string, b: string) =>
    a === b ? 0 : clampScore(f(a, b));
  const all = ids.flatMap((a, ia) =>
    ids.slice(ia + 1).map((b, k) => ({
      a,
      b,
      ia,
      ib: ia + 1 + k,
      synergy: safe(scores.synergy.bind(scores))(a, b),
      duplication: safe(scores.duplication.bind(scores))(a, b),
    })),
  );
  all.sort(
    (x, y) =>
      compareScoresDesc(x.synergy, y.synergy) ||
      compareScoresDesc(x.duplication, y.duplication) ||
      x.ia - y.ia ||
      x.ib - y.ib,
  );
  return {
    themes: themes.map(({ strong: _s, covered: _c, rated, ...t }) => ({
      ...t,
      count: rated.length + t.observed.length,
    })),
    rated: new Map(themes.map((t) => [t.theme, t.rated])),
    duplicated: themes
      .filter((t) => t.strong >= 2)
      .map((t) => t.theme)
      .sort(cmp),
    missing: focus.filter((t) => !themes.some((x) => x.theme === t && x.covered)),
    sectors,
    pairs: all.slice(0, maxPairs).map((x) => ({
      a: x.a,
      b: x.b,
      synergy: roundTo(x.synergy, 6),
      duplication: roundTo(x.duplication, 6),
    })),
    pairsTotal: (ids.length * (ids.length - 1)) / 2,
  };
}

function pick(view: CountryView) {
  const { themes, duplicated, missing, sectors, pairs, pairsTotal } = view;
  return { themes, duplicated, missing, sectors, pairs, pairsTotal };
}

describe('buildCountryViews equals a straightforward computation', () => {
  it('themes, duplicated, missing, sectors and pairs, over random partnerships and caps', () => {
    fc.assert(
      fc.property(arbRich, fc.integer({ min: 0, max: 12 }), (p, maxPairs) => {
        const scores = pairScoresFromMetrics(computeMetrics(p));
        const views = buildCountryViews(p, scores, { maxPairs });
        const countries = [...new Set(p.geography.map((g) => g.country))].sort(cmp);
        expect(Object.keys(views)).toEqual(countries);
        const levels = themeLevelsFromRecords({
          members: p.members.map((m) => ({ ...m, scope: null })),
          records: { ...p, companies: [] },
          countries: views,
        });
        for (const c of countries) {
          const { rated, ...ref } = referenceView(p, c, scores, maxPairs);
          expect(pick(views[c]!)).toEqual(ref);
          // Every member's level, as version 3 listed it, derived from the records.
          for (const t of views[c]!.themes) expect(levels(c, null, t.theme)).toEqual(rated.get(t.theme));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Scores from a few values (many ties), symmetric, with a row per member as the metrics give. */
function tiedScores(values: readonly number[]): PairScores {
  const at = (a: string, b: string, salt: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    let h = salt;
    for (const ch of `${x}|${y}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return values[h % values.length]!;
  };
  const synergy = (a: string, b: string) => at(a, b, 7);
  const duplication = (a: string, b: string) => at(a, b, 11);
  return {
    synergy,
    duplication,
    expertiseOverlap: () => 0,
    geographyOverlap: () => 0,
    sectorOverlap: () => 0,
    rowOf: (a) => ({ synergy: (b) => synergy(a, b), duplication: (b) => duplication(a, b) }),
  };
}

describe('buildCountryViews ranks tied pairs as the full sort does', () => {
  it('synergy ties broken by duplication, then member order, whatever the cap', () => {
    fc.assert(
      fc.property(
        arbRich,
        fc.array(fc.constantFrom(0, 0.25, 0.5, 1), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 6 }),
        (p, values, maxPairs) => {
          const scores = tiedScores(values);
          const views = buildCountryViews(p, scores, { maxPairs });
          for (const c of Object.keys(views)) {
            expect(views[c]!.pairs).toEqual(referenceView(p, c, scores, maxPairs).pairs);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('buildCountryViews on a synthetic partnership large enough to read duplication rows', () => {
  it('equals the straightforward computation in every country', () => {
    // 120 members over 12 countries: ~10 per country and each member in ~10 countries, so a
    // member reads more duplications than the cells it reads before switching to its row.
    const p = generatePartnership({ n: 120, themes: 40, countries: 12, sectors: 10, perMember: 10, seed: 3 });
    const scores = pairScoresFromMetrics(computeMetrics(p));
    for (const maxPairs of [3, 10, Number.POSITIVE_INFINITY]) {
      const views = buildCountryViews(p, scores, { maxPairs });
      expect(Object.keys(views).length).toBe(12);
      for (const c of Object.keys(views)) {
        const { rated: _rated, ...ref } = referenceView(p, c, scores, maxPairs);
        expect(pick(views[c]!)).toEqual(ref);
      }
    }
  });
});
