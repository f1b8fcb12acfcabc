import type { RecommendationKindDefinition } from '../types.js';
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
 */
export const coverageGap: RecommendationKindDefinition = {
  id: 'coverage-gap',
  title: { en: 'Coverage gap in a country', nl: 'Ontbrekende expertise in een land' },
  eligibility: {
    en: 'A country with an own office of a member where no member present covers a focus theme at level coverageLevel (3) or higher.',
    nl: 'Een land met een eigen kantoor van een lid waar geen aanwezig lid een focusthema op niveau coverageLevel (3) of hoger beheerst.',
  },
  formula: 'score = (missing / focus) * (1 - mean over missing themes of bestLevelPresent / 5)',
  weight: 1,
  params: { coverageLevel: 3, helperLevel: 4 },
  rationale: {
    default: {
      en: '{members} {members|has an office|have offices} in {country}, but no member present there covers {themes} at level {coverageLevel} or higher{helpers}.',
      nl: '{members} {members|heeft een kantoor|hebben kantoren} in {country}, maar geen van de daar aanwezige leden heeft niveau {coverageLevel} of hoger op het gebied van {themes}{helpers}.',
    },
  },
  fragments: {
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
    if (focus.length === 0) return;
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const present = view.members.map((m) => m.id).filter((m) => index.isMember(m));
      const offices = view.members
        .filter((m) => m.presence === 'office' && index.isMember(m.id))
        .map((m) => m.id)
        .sort(cmp);
      if (offices.length === 0) continue;
      const best = (t: string): number => present.reduce((b, m) => Math.max(b, index.level(m, t)), 0);
      const missing = focus.filter((t) => best(t) < coverageLevel);
      if (missing.length === 0) continue;
      const here = new Set(present);
      const helpers = index.memberIds.filter(
        (m) => index.isMember(m) && !here.has(m) && missing.some((t) => index.level(m, t) >= helperLevel),
      );
      yield {
        members: offices,
        country,
        themes: missing,
        score: (missing.length / focus.length) * (1 - mean(missing.map((t) => best(t) / 5))),
        evidence: [
          ...offices.flatMap((m) => index.presence(m, country)?.sources ?? []),
          ...present.flatMap((m) => missing.flatMap((t) => index.expertiseSources(m, t))),
          ...helpers.flatMap((m) =>
            missing.flatMap((t) => (index.level(m, t) >= helperLevel ? index.expertiseSources(m, t) : [])),
          ),
        ],
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
