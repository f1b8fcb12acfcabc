import type { AreaView, CountryView } from '../../schema/baseline.js';
import { COMMON_SERVICE_THEMES } from '../commonServices.js';
import { type DenseIndex, denseIndex, EVIDENCE_OBSERVED, membersAtLevel } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
import type { Candidate, RecommendationKindDefinition } from '../types.js';
import { cmp, mean, v } from './util.js';

/**
 * coverage-gap: a country where a member has an own office but no member
 * present covers a focus theme at coverageLevel (3) or higher. One
 * recommendation per country; members are the office holders, themes the
 * missing focus themes; members elsewhere at helperLevel (4) or higher on a
 * missing theme are named as possible helpers.
 *
 * score = (missing / focus) * (1 - mean over missing themes of bestLevelPresent / 5),
 * where focus is the number of focus themes.
 *
 * Where the country has areas, also the classic 3W gap: an area where
 * minPresent (3) or more members are present but none works on a theme that
 * members present in at least minShare (half) of the country's areas at the same
 * level work on (rated at coverageLevel or higher, or observed); not a common service
 * (coordination, logistics, emergency telecommunications: COMMON_SERVICE_THEMES). One
 * recommendation per theme and parent area (the areas with that gap under one
 * province, or the top-level areas, together); its members are up to maxHelpers (3)
 * members who work on the theme elsewhere in the country: those present in a
 * neighbouring area (same parent) first, then the highest rated level, then the
 * most activities observed on the theme (volume, not a rating), then id.
 *
 * area score = max over the areas of share * min(1, present / fullPresence), share = the
 * fraction of the country's areas at that level where the theme is covered, fullPresence 10.
 */
export const coverageGap: RecommendationKindDefinition = {
  id: 'coverage-gap',
  title: { en: 'Coverage gap', nl: 'Ontbrekende expertise' },
  eligibility: {
    en: 'A country with an own office of a member where no member present covers a focus theme at level coverageLevel (3) or higher.',
    nl: 'Een land met een eigen kantoor van een lid waar geen aanwezig lid een focusthema op niveau coverageLevel (3) of hoger beheerst.',
  },
  formula:
    'country: score = (missing / focus) * (1 - mean over missing themes of bestLevelPresent / 5); area: score = share * min(1, present / fullPresence)',
  weight: 1,
  category: 'alert',
  params: {
    coverageLevel: 3,
    helperLevel: 4,
    minPresent: 3,
    minShare: 0.5,
    fullPresence: 10,
    maxHelpers: 3,
  },
  rationale: {
    default: {
      en: '{members} {members|has an office|have offices} in {country}, but no member present there covers {themes} at level {coverageLevel} or higher{helpers}.',
      nl: '{members} {members|heeft een kantoor|hebben kantoren} in {country}, maar geen van de daar aanwezige leden heeft niveau {coverageLevel} of hoger op het gebied van {themes}{helpers}.',
    },
    inArea: {
      en: 'In {areas}, {country}, {gap}; {members} {members|works|work} on it {where}: extend the work there or refer people to partners there.',
      nl: 'In {areas}, {country}, {gap}; {members} {members|werkt|werken} er {where} aan: breid het werk daarheen uit of verwijs mensen door naar partners daar.',
    },
  },
  detail: {
    inArea: {
      en: '{present} members present there; members work on it in {covered} of the {total} areas of that level.',
      nl: '{present} leden daar aanwezig; leden werken eraan in {covered} van de {total} gebieden van dat niveau.',
    },
  },
  fragments: {
    none: {
      en: 'none of the members there works on {themes}',
      nl: 'werkt geen van de leden daar aan {themes}',
    },
    belowLevel: {
      en: 'none of the members there covers {themes} at level {coverageLevel} or higher',
      nl: 'heeft geen van de leden daar niveau {coverageLevel} of hoger op het gebied van {themes}',
    },
    nearby: { en: 'nearby in {parent}', nl: 'vlakbij in {parent}' },
    elsewhere: { en: 'elsewhere in {country}', nl: 'elders in {country}' },
    helpers: {
      en: '; {experts} could help fill this gap',
      nl: '; {experts} {experts|kan|kunnen} helpen dit gat te dichten',
    },
  },
  *generate(ctx) {
    const { index, params } = ctx;
    const coverageLevel = params.coverageLevel ?? 3;
    const helperLevel = params.helperLevel ?? 4;
    const focus = [...new Set(ctx.focusThemes)].sort(cmp);
    const d = denseIndex(index);
    const focusOrds = focus.map((t) => d.themeOrd(t) ?? -1);
    const experts = membersAtLevel(d, helperLevel);
    const seen = new Uint8Array(d.members.length);
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      yield* areaGaps(index, view, params);
      if (focus.length === 0) continue;
      const present = view.members.map((m) => m.id).filter((m) => index.isMember(m));
      const offices = view.members
        .filter((m) => m.presence === 'office' && index.isMember(m.id))
        .map((m) => m.id)
        .sort(cmp);
      if (offices.length === 0) continue;
      const gaps = missingThemes(d, present, focusOrds, coverageLevel);
      if (gaps.length === 0) continue;
      const score = (gaps.length / focus.length) * (1 - mean(gaps.map((g) => g.best / 5)));
      // The helpers do not change the score: a gap that cannot make the list is left before them.
      if (ctx.floor?.cannotMake(score)) continue;
      const missing = gaps.map((g) => focus[g.at]!);
      const helpers = helpersOf(
        d,
        experts,
        new Set(present),
        gaps.map((g) => focusOrds[g.at]!),
        helperLevel,
        seen,
      );
      yield {
        members: offices,
        country,
        themes: missing,
        score,
        get evidence() {
          return [
            ...offices.flatMap((m) => placeSources(index, m, country)),
            ...present.flatMap((m) => missing.flatMap((t) => index.expertiseSources(m, t, country))),
            ...helpers.flatMap((m) =>
              missing.flatMap((t) =>
                index.level(m, t) >= helperLevel ? index.expertiseSources(m, t, country) : [],
              ),
            ),
          ];
        },
        vars: {
          members: v.members(offices),
          country: v.country(country),
          themes: v.themes(missing),
          coverageLevel,
          helpers: helpers.length > 0 ? v.fragment('helpers', { experts: v.members(helpers) }) : null,
        },
      };
    }
  },
};

/**
 * The focus themes (positions in `focusOrds`) no member present covers: best level present below
 * coverageLevel and nobody present observed working on it (activity counts, no rating needed).
 */
function missingThemes(
  d: DenseIndex,
  present: readonly string[],
  focusOrds: readonly number[],
  coverageLevel: number,
): { at: number; best: number }[] {
  const T = d.themeCount;
  const rows = present.map((m) => d.memberOrd(m)! * T);
  const out: { at: number; best: number }[] = [];
  focusOrds.forEach((t, at) => {
    let best = 0;
    let observed = false;
    if (t >= 0) {
      // Covered as soon as one member is rated coverageLevel or works on it (observed): stop there.
      for (const row of rows) {
        if (d.level[row + t]! > best) best = d.level[row + t]!;
        if (d.evidence[row + t] === EVIDENCE_OBSERVED) observed = true;
        if (observed || best >= coverageLevel) break;
      }
    }
    if (best < coverageLevel && !observed) out.push({ at, best });
  });
  return out;
}

/**
 * Members not present, rated at helperLevel or higher on a missing theme (ids in id order).
 * `seen` is a scratch mark per member ordinal (all 0 on entry and on return), so no set is built
 * per country.
 */
function helpersOf(
  d: DenseIndex,
  experts: readonly (readonly number[])[],
  here: ReadonlySet<string>,
  missing: readonly number[],
  helperLevel: number,
  seen: Uint8Array,
): string[] {
  const found: number[] = [];
  const add = (m: number) => {
    if (seen[m] === 0) {
      seen[m] = 1;
      found.push(m);
    }
  };
  for (const t of missing) if (t >= 0) for (const m of experts[t]!) add(m);
  // helperLevel <= 0: a member without a record qualifies too (its level, 0, is high enough).
  if (helperLevel <= 0 && missing.length > 0) {
    for (let m = 0; m < d.members.length; m++) if (d.isMember[m] === 1) add(m);
  }
  found.sort((a, b) => a - b);
  const out: string[] = [];
  for (const m of found) {
    seen[m] = 0;
    const id = d.members[m]!;
    if (!here.has(id)) out.push(id);
  }
  return out;
}

/** One area's gap on one theme. */
interface AreaGap {
  readonly area: AreaView;
  readonly present: readonly string[];
  readonly strength: number;
  readonly covered: number;
  readonly total: number;
}

/**
 * The 3W gaps of one country's areas (see coverageGap), one candidate per parent area and theme:
 * the areas under one parent (or the top-level areas) missing the same theme together.
 */
function* areaGaps(
  index: PartnershipIndex,
  view: CountryView,
  params: Readonly<Record<string, number>>,
): Iterable<Candidate> {
  const areas = view.areas ?? [];
  if (areas.length === 0) return;
  const minPresent = params.minPresent ?? 3;
  const minShare = params.minShare ?? 0.5;
  const fullPresence = Math.max(1, params.fullPresence ?? 10);
  const country = view.country;
  const depth = (a: AreaView) => index.areas.info(country, a.area)?.depth ?? 0;
  const groups = new Map<string, { parent: string | null; theme: string; gaps: AreaGap[] }>();
  for (const area of areas) {
    const present = area.members.map((m) => m.id).filter((m) => index.isMember(m));
    if (present.length < minPresent) continue;
    const level = areas.filter((a) => depth(a) === depth(area));
    for (const theme of area.missing) {
      // A district without logistics or telecoms of its own is served by the common services.
      if (COMMON_SERVICE_THEMES.has(theme)) continue;
      const covered = level.filter((a) => !a.missing.includes(theme)).length;
      const share = covered / level.length;
      if (share < minShare - 1e-9) continue;
      const key = `${area.parent ?? ''}\u0000${theme}`;
      const group = groups.get(key) ?? { parent: area.parent, theme, gaps: [] };
      group.gaps.push({
        area,
        present,
        strength: share * Math.min(1, present.length / fullPresence),
        covered,
        total: level.length,
      });
      groups.set(key, group);
    }
  }
  for (const { parent, theme, gaps } of groups.values()) {
    const candidate = gapCandidate(index, view, parent, theme, gaps, params);
    if (candidate !== null) yield candidate;
  }
}

/** The candidate of the gaps on one theme under one parent: helpers nearby first. */
function gapCandidate(
  index: PartnershipIndex,
  view: CountryView,
  parent: string | null,
  theme: string,
  gaps: readonly AreaGap[],
  params: Readonly<Record<string, number>>,
): Candidate | null {
  const country = view.country;
  const maxHelpers = params.maxHelpers ?? 3;
  const coverageLevel = params.coverageLevel ?? 3;
  const here = new Set(gaps.flatMap((g) => g.present));
  const gapIds = new Set(gaps.map((g) => g.area.area));
  const nearAreas = (view.areas ?? []).filter((a) => a.parent === parent && !gapIds.has(a.area));
  const neighbours = new Set(nearAreas.flatMap((a) => a.members.map((m) => m.id)));
  // Members present in the country (index.membersIn), in id order as memberIds.
  const helpers = index
    .membersIn(country)
    .filter(
      (m) =>
        index.isMember(m) &&
        !here.has(m) &&
        (index.level(m, theme) >= coverageLevel || index.evidence(m, theme) === 'observed') &&
        // "works on it elsewhere in {country}": its expertise must count in that country.
        (!index.namesExpertiseCountries || index.worksIn(m, theme, country)),
    )
    .sort(
      (a, b) =>
        (neighbours.has(b) ? 1 : 0) - (neighbours.has(a) ? 1 : 0) ||
        index.level(b, theme) - index.level(a, theme) ||
        index.activities(b, theme) - index.activities(a, theme) ||
        cmp(a, b),
    )
    .slice(0, Math.max(0, maxHelpers))
    .sort(cmp);
  if (helpers.length === 0) return null;
  const sorted = [...gaps].sort((a, b) => b.strength - a.strength || cmp(a.area.area, b.area.area));
  const ids = sorted.map((g) => g.area.area);
  const parentInfo = parent === null ? undefined : index.areas.info(country, parent);
  const near = parentInfo !== undefined && helpers.every((m) => neighbours.has(m));
  return {
    members: helpers,
    country,
    areas: ids,
    themes: [theme],
    score: sorted[0]!.strength,
    key: 'area-gap',
    template: 'inArea',
    // The rows that place the members present in the gap areas, and the helpers' rows on the
    // theme (which name the country when any expertise row does) with the rows that place them
    // nearby, or in the country when their expertise rows do not say where.
    evidence: [
      ...[...here].flatMap((m) => placeSources(index, m, country, { areas: ids })),
      ...helpers.flatMap((m) => [
        ...(near
          ? placeSources(index, m, country, { areas: nearAreas.map((a) => a.area) })
          : index.namesExpertiseCountries
            ? []
            : placeSources(index, m, country)),
        ...index.expertiseSources(m, theme, country),
      ]),
    ],
    vars: {
      present: here.size,
      areas: v.areas(country, ids),
      country: v.country(country),
      // Members present that rate themselves low on the theme do work on it: say what is missing.
      gap: [...here].some((m) => index.evidence(m, theme) === 'rated' && index.level(m, theme) > 0)
        ? v.fragment('belowLevel', { themes: v.themes([theme]), coverageLevel })
        : v.fragment('none', { themes: v.themes([theme]) }),
      covered: sorted[0]!.covered,
      total: sorted[0]!.total,
      members: v.tagged(helpers),
      where: near
        ? v.fragment('nearby', { parent: parentInfo.name })
        : v.fragment('elsewhere', { country: v.country(country) }),
    },
  };
}
