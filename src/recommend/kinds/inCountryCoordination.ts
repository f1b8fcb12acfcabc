import type { CountryView } from '../../schema/baseline.js';
import { COMMON_SERVICE_THEMES } from '../commonServices.js';
import { type DenseIndex, denseIndex, EVIDENCE_OBSERVED } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
import type { Candidate, GenerateContext, RationaleValue, RecommendationKindDefinition } from '../types.js';
import { type AreaGroup, areaGroups, meanAreaWeight, sizeFactor } from './areas.js';
import { cmp, groupBy, mean, presentWeights, v } from './util.js';

/**
 * in-country-coordination: two or more members present in the same place who
 * all work on the same theme: a duplication risk, so coordinate and divide the
 * work. A member works on a theme when it is rated at minLevel (4) or higher,
 * or observed working on it (evidence `observed`: activity seen, no rating),
 * in that country: an expertise row names the country, or names none.
 *
 * - Per country: one recommendation per coalition of 2 to maxMembers (5)
 *   members; themes with the same coalition are grouped.
 *   score = meanPresenceWeight(members, country) * meanLevel / 5, the mean level
 *   taken over members and themes (an observed theme counts as observedLevel, 5:
 *   activity seen in the same place is the surest sign of duplication there);
 *   in a country with areas halved (less concrete than an area), and left out
 *   when every member names areas there (they meet in an area, or not at all).
 * - Per area (countries whose geography names areas): the members present in an
 *   area who all work on the same themes, 2 to maxMembers of them, grouped over
 *   the areas where the same members share the same themes (most specific areas
 *   only); score = meanPresenceWeight(members, areas) * meanLevel / 5 * sqrt(2 / n)
 *   * (0.5 + 0.5 * meanPairDuplication(members)): fewer members and a larger
 *   overall duplication risk of the group rank higher. A country-level
 *   recommendation with the same members and themes as an area one is left out.
 *   Larger groups are left out: forty organisations in one province are a
 *   cluster meeting, not a joint activity.
 */
export const inCountryCoordination: RecommendationKindDefinition = {
  id: 'in-country-coordination',
  title: { en: 'In-country coordination', nl: 'Afstemming in een land' },
  eligibility: {
    en: 'Two to maxMembers (5) members present in the same country, or in the same area of a country, each rated at level minLevel (4) or higher on the same theme or observed working on it, there (an expertise row that names that country, or names none) (not the common services: humanitarian coordination, logistics, emergency telecommunications).',
    nl: 'Twee tot maxMembers (5) leden die in hetzelfde land of in hetzelfde gebied van een land actief zijn, elk met niveau minLevel (4) of hoger op hetzelfde thema of waargenomen als actief op dat thema, daar (een expertiseregel die dat land noemt, of geen land) (niet de gemeenschappelijke diensten: humanitaire coördinatie, logistiek, noodtelecommunicatie).',
  },
  formula:
    'country: score = meanPresenceWeight(members, country) * meanLevel / 5 (observed = observedLevel; halved in a country with areas); area: score = meanPresenceWeight(members, areas) * meanLevel / 5 * sqrt(2 / n) * (0.5 + 0.5 * meanPairDuplication(members))',
  weight: 1,
  category: 'alert',
  params: { minLevel: 4, maxMembers: 5, observedLevel: 5 },
  rationale: {
    default: {
      en: '{members} each work on {themes} at a high level in {country}: coordinate to avoid duplication and divide the work.',
      nl: '{members} werken in {country} elk op hoog niveau aan {themes}: stem het werk af om dubbel werk te voorkomen en verdeel de taken.',
    },
    observed: {
      en: '{members} each work on {themes} in {country}: coordinate to avoid duplication and divide the work.',
      nl: '{members} werken in {country} elk aan {themes}: stem het werk af om dubbel werk te voorkomen en verdeel de taken.',
    },
    inAreas: {
      en: '{members} are present in {areas}, {country}, and each works on {themes}: coordinate the work there to avoid duplication and divide the tasks.',
      nl: '{members} zijn actief in {areas}, {country}, en werken elk aan {themes}: stem het werk daar af om dubbel werk te voorkomen en verdeel de taken.',
    },
  },
  detail: {
    default: { en: 'Levels: {levels}.', nl: 'Niveaus: {levels}.' },
    observed: { en: 'Evidence: {levels}.', nl: 'Onderbouwing: {levels}.' },
    inAreas: {
      en: 'Duplication risk {duplication}{levels}.',
      nl: 'Risico op dubbel werk {duplication}{levels}.',
    },
  },
  fragments: {
    levels: { en: '; levels: {levels}', nl: '; niveaus: {levels}' },
  },
  *generate(ctx) {
    const { index, params } = ctx;
    const minLevel = params.minLevel ?? 4;
    const maxMembers = Math.max(2, params.maxMembers ?? 5);
    const observedLevel = params.observedLevel ?? 5;
    const eligible = (m: string, t: string): boolean =>
      !COMMON_SERVICE_THEMES.has(t) && (index.level(m, t) >= minLevel || index.evidence(m, t) === 'observed');
    const levelOf = (m: string, t: string): number | null =>
      index.evidence(m, t) === 'observed' ? null : index.level(m, t);
    const levels = (members: readonly string[], themes: readonly string[]): RationaleValue => ({
      kind: 'levels',
      entries: themes.flatMap((t) => members.map((m) => ({ member: m, theme: t, level: levelOf(m, t) }))),
    });
    const d = denseIndex(index);
    // Per member ordinal: the themes it is eligible on (ordinals, ascending).
    // Coordination itself, logistics and telecoms are services to everyone: no reason to coordinate.
    const service = d.themes.map((t) => COMMON_SERVICE_THEMES.has(t));
    const eligibleThemes = d.members.map((_, m) => {
      const out: number[] = [];
      for (let t = 0; t < d.themeCount; t++) {
        if (service[t]) continue;
        const at = m * d.themeCount + t;
        if (d.level[at]! >= minLevel || d.evidence[at] === EVIDENCE_OBSERVED) {
          out.push(t);
        }
      }
      return out;
    });
    let topLevel = observedLevel;
    for (let i = 0; i < d.level.length; i++) topLevel = Math.max(topLevel, d.level[i]!);
    const scratch = themeScratch(d.themeCount);
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      // A theme counts in a country when a record names it or names no country (DOMAIN.md).
      const eligibleHere = index.namesExpertiseCountries
        ? (m: string, t: string) => eligible(m, t) && index.worksIn(m, t, country)
        : eligible;
      const inAreas = areaGroups(index, country, eligibleHere, 2, maxMembers);
      yield* countryCandidates(ctx, d, eligibleThemes, country, view, inAreas, {
        maxMembers,
        observedLevel,
        topLevel,
        levels,
        scratch,
      });
      for (const g of inAreas) {
        const strength =
          mean(g.members.flatMap((m) => g.themes.map((t) => levelOf(m, t) ?? observedLevel))) / 5;
        yield areaCandidate(ctx.scores.duplication, index, country, g, strength, levels);
      }
    }
  },
};

/**
 * The country-level candidates of one country: per set of present members, the themes all of
 * them work on (2 to maxMembers members), unless an area group already says it or every member
 * names areas there.
 */
function* countryCandidates(
  ctx: GenerateContext,
  d: DenseIndex,
  eligibleThemes: readonly (readonly number[])[],
  country: string,
  view: CountryView,
  inAreas: readonly AreaGroup[],
  p: {
    maxMembers: number;
    observedLevel: number;
    /** The highest level of any member on any theme, or observedLevel when higher. */
    topLevel: number;
    levels: (members: readonly string[], themes: readonly string[]) => RationaleValue;
    scratch: ThemeScratch;
  },
): Iterable<Candidate> {
  const { index } = ctx;
  const covered = new Set(inAreas.map((g) => `${g.members.join('\u0000')}|${g.themes.join('\u0000')}`));
  const weights = presentWeights(index, view);
  const hasAreas = index.areas.list(country).length > 0;
  // Every group here scores at most the strongest presence x the highest level / 5 (x 0.5 with areas).
  const bound = ((Math.max(0, ...weights.values()) * p.topLevel) / 5) * (hasAreas ? 0.5 : 1) + 1e-12;
  if (ctx.floor?.cannotMake(bound)) return;
  const ids = [...weights.keys()].filter((m) => index.isMember(m)).sort(cmp);
  const themesHere = index.namesExpertiseCountries
    ? inCountry(index, d, eligibleThemes, ids, country)
    : eligibleThemes;
  const perTheme = themeGroups(d, themesHere, ids, p.maxMembers, p.scratch);
  for (const group of groupBy(perTheme, (g) => g.members.join('\u0000')).values()) {
    const members = group[0]?.members ?? [];
    const themes = group.map((g) => g.theme);
    if (covered.size > 0 && covered.has(`${members.join('\u0000')}|${themes.join('\u0000')}`)) continue;
    // Members who all name areas meet in an area (above) or not at all.
    if (hasAreas && members.every((m) => index.areas.areasOf(m, country).length > 0)) continue;
    const { meanLevel, anyObserved } = groupLevels(d, members, group, p.observedLevel);
    const score = ((mean(members.map((m) => weights.get(m) ?? 0)) * meanLevel) / 5) * (hasAreas ? 0.5 : 1);
    if (ctx.floor?.cannotMake(score)) continue;
    yield {
      members,
      country,
      themes,
      score,
      get evidence() {
        return evidenceOf(index, country, members, themes);
      },
      get vars() {
        return {
          members: v.members(members),
          country: v.country(country),
          themes: v.themes(themes),
          levels: p.levels(members, themes),
        };
      },
      ...(anyObserved ? { template: 'observed' } : {}),
    };
  }
}

/**
 * Each present member's eligible themes that count in the country (see `worksIn`): expertise
 * in Somalia is no reason to coordinate in the United Kingdom. Indexed by member ordinal.
 */
function inCountry(
  index: PartnershipIndex,
  d: DenseIndex,
  eligibleThemes: readonly (readonly number[])[],
  ids: readonly string[],
  country: string,
): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  for (const m of ids) {
    const ord = d.memberOrd(m)!;
    out[ord] = (eligibleThemes[ord] ?? []).filter((t) => index.worksIn(m, d.themes[t]!, country));
  }
  return out;
}

/**
 * Mean level of the members over the themes (member by member, theme by theme; an observed theme
 * counts as observedLevel) and whether any of them is observed rather than rated.
 */
function groupLevels(
  d: DenseIndex,
  members: readonly string[],
  themes: readonly { readonly ord: number }[],
  observedLevel: number,
): { meanLevel: number; anyObserved: boolean } {
  const T = d.themeCount;
  let sum = 0;
  let anyObserved = false;
  for (const m of members) {
    const row = d.memberOrd(m)! * T;
    for (const { ord } of themes) {
      const observed = d.evidence[row + ord] === EVIDENCE_OBSERVED;
      anyObserved ||= observed;
      sum += observed ? observedLevel : d.level[row + ord]!;
    }
  }
  const n = members.length * themes.length;
  return { meanLevel: n === 0 ? 0 : sum / n, anyObserved };
}

/** Scratch of {@link themeGroups} per theme ordinal (all 0 and -1 between calls). */
interface ThemeScratch {
  readonly count: Int32Array;
  readonly slot: Int32Array;
}

function themeScratch(themeCount: number): ThemeScratch {
  return { count: new Int32Array(themeCount), slot: new Int32Array(themeCount).fill(-1) };
}

/**
 * Per theme (in theme order), the members of `ids` (sorted) eligible on it, when 2 to maxMembers
 * are: from each member's eligible themes, so the cost is the members' eligible themes, not
 * members x themes. Counted first, so a list is made only for a theme that qualifies.
 */
function themeGroups(
  d: DenseIndex,
  eligibleThemes: readonly (readonly number[])[],
  ids: readonly string[],
  maxMembers: number,
  scratch: ThemeScratch,
): { theme: string; ord: number; members: string[] }[] {
  const { count, slot } = scratch;
  const ords = ids.map((m) => d.memberOrd(m)!);
  const touched: number[] = [];
  for (const m of ords) {
    const themes = eligibleThemes[m] ?? [];
    for (let i = 0; i < themes.length; i++) if (count[themes[i]!]!++ === 0) touched.push(themes[i]!);
  }
  touched.sort((a, b) => a - b);
  const out: { theme: string; ord: number; members: string[] }[] = [];
  for (const t of touched) {
    if (count[t]! >= 2 && count[t]! <= maxMembers) {
      slot[t] = out.length;
      out.push({ theme: d.themes[t]!, ord: t, members: [] });
    }
  }
  ords.forEach((m, i) => {
    const themes = eligibleThemes[m] ?? [];
    for (let k = 0; k < themes.length; k++) {
      const at = slot[themes[k]!]!;
      if (at >= 0) out[at]!.members.push(ids[i]!);
    }
  });
  for (const t of touched) {
    count[t] = 0;
    slot[t] = -1;
  }
  return out;
}

/** The candidate of one area group. */
function areaCandidate(
  duplication: (a: string, b: string) => number,
  index: PartnershipIndex,
  country: string,
  g: { members: readonly string[]; themes: readonly string[]; areas: readonly string[] },
  strength: number,
  levels: (members: readonly string[], themes: readonly string[]) => RationaleValue,
): Candidate {
  const pairs: number[] = [];
  for (let i = 0; i < g.members.length; i++) {
    for (let j = i + 1; j < g.members.length; j++) pairs.push(duplication(g.members[i]!, g.members[j]!));
  }
  const risk = mean(pairs);
  const rated = g.members.some((m) => g.themes.some((t) => index.evidence(m, t) === 'rated'));
  return {
    members: g.members,
    country,
    areas: g.areas,
    themes: g.themes,
    score:
      meanAreaWeight(index, country, g.members, g.areas) *
      strength *
      sizeFactor(g.members.length) *
      (0.5 + 0.5 * risk),
    get evidence() {
      return evidenceOf(index, country, g.members, g.themes, g.areas);
    },
    template: 'inAreas',
    vars: {
      members: v.tagged(g.members),
      country: v.country(country),
      areas: v.areas(country, g.areas),
      themes: v.themes(g.themes),
      levels: rated ? v.fragment('levels', { levels: levels(g.members, g.themes) }) : null,
      duplication: risk,
    },
  };
}

function evidenceOf(
  index: PartnershipIndex,
  country: string,
  members: readonly string[],
  themes: readonly string[],
  areas: readonly string[] = [],
): Candidate['evidence'] {
  return [
    ...members.flatMap((m) => placeSources(index, m, country, { areas })),
    ...members.flatMap((m) => themes.flatMap((t) => index.expertiseSources(m, t, country))),
  ];
}
