import type { RecommendationKindDefinition } from '../types.js';
import { cmp, groupBy, mean, presentWeights, v } from './util.js';

/**
 * in-country-coordination: two or more members present in the same country
 * who are all strong (>= minLevel, 4) on the same theme: a duplication risk, so
 * coordinate and divide the work. One recommendation per country and
 * coalition; themes with the same coalition are grouped.
 *
 * score = meanPresenceWeight(members, country) * meanLevel / 5, the mean level
 * taken over members and themes.
 */
export const inCountryCoordination: RecommendationKindDefinition = {
  id: 'in-country-coordination',
  title: { en: 'In-country coordination', nl: 'Afstemming in een land' },
  eligibility: {
    en: 'Two or more members present in the same country, each at level minLevel (4) or higher on the same theme.',
    nl: 'Twee of meer leden die in hetzelfde land actief zijn, elk op niveau minLevel (4) of hoger op hetzelfde thema.',
  },
  formula: 'score = meanPresenceWeight(members, country) * meanLevel / 5',
  weight: 1,
  params: { minLevel: 4 },
  rationale: {
    default: {
      en: '{members} each work on {themes} at a high level in {country} ({levels}), so they should coordinate to avoid duplication and divide the work.',
      nl: '{members} werken in {country} elk op hoog niveau aan {themes} ({levels}); stem het werk af om dubbel werk te voorkomen en verdeel de taken.',
    },
  },
  fragments: {},
  *generate(ctx) {
    const { index, params } = ctx;
    const minLevel = params.minLevel ?? 4;
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(view);
      const ids = [...weights.keys()].filter((m) => index.isMember(m)).sort(cmp);
      const perTheme: { theme: string; members: string[] }[] = [];
      for (const theme of index.themes) {
        const members = ids.filter((m) => index.level(m, theme) >= minLevel);
        if (members.length >= 2) perTheme.push({ theme, members });
      }
      for (const group of groupBy(perTheme, (g) => g.members.join('\u0000')).values()) {
        const members = group[0]?.members ?? [];
        const themes = group.map((g) => g.theme);
        const meanLevel = mean(members.flatMap((m) => themes.map((t) => index.level(m, t))));
        yield {
          members,
          country,
          themes,
          score: (mean(members.map((m) => weights.get(m) ?? 0)) * meanLevel) / 5,
          evidence: [
            ...members.flatMap((m) => index.presence(m, country)?.sources ?? []),
            ...members.flatMap((m) => themes.flatMap((t) => index.expertiseSources(m, t))),
          ],
          vars: {
            members: v.members(members),
            country: v.country(country),
            themes: v.themes(themes),
            levels: {
              kind: 'levels',
              entries: themes.flatMap((t) =>
                members.map((m) => ({ member: m, theme: t, level: index.level(m, t) })),
              ),
            },
          },
        };
      }
    }
  },
};
