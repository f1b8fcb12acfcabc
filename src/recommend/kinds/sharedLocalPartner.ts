import type { RecommendationKindDefinition } from '../types.js';
import { cmp, mean, presentWeights, v } from './util.js';

/**
 * shared-local-partner: two or more members working with the same local
 * organisation in a country (the country view's shared partners, names matched
 * fuzzily): a strong in-country synergy signal. One recommendation per shared
 * partner.
 *
 * score = base + (1 - base) * meanPresenceWeight(members, country), base 0.5.
 */
export const sharedLocalPartner: RecommendationKindDefinition = {
  id: 'shared-local-partner',
  title: { en: 'Shared local partner', nl: 'Gedeelde lokale partner' },
  eligibility: {
    en: 'Two or more members naming the same local organisation in the same country.',
    nl: 'Twee of meer leden die in hetzelfde land dezelfde lokale organisatie als partner noemen.',
  },
  formula: 'score = base + (1 - base) * meanPresenceWeight(members, country)',
  weight: 1,
  params: { base: 0.5 },
  rationale: {
    default: {
      en: '{members} each work with the local organisation {partner} in {country}{variants}, so they can align their support to this partner and use it as a bridge between their programmes.',
      nl: '{members} werken in {country} elk samen met de lokale organisatie {partner}{variants}, dus ze kunnen hun steun aan deze partner op elkaar afstemmen en de partner gebruiken als brug tussen hun programma’s.',
    },
  },
  fragments: {
    variants: { en: ' (named as {names})', nl: ' (genoemd als {names})' },
  },
  *generate(ctx) {
    const { index, params } = ctx;
    const base = Math.min(1, Math.max(0, params.base ?? 0.5));
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(view);
      for (const shared of view.sharedPartners) {
        const members = [...new Set(shared.members)].filter((m) => index.isMember(m)).sort(cmp);
        if (members.length < 2) continue;
        const variants = [...shared.variants].sort(cmp);
        yield {
          members,
          country,
          score: base + (1 - base) * mean(members.map((m) => weights.get(m) ?? 0)),
          key: `partner:${shared.partner}`,
          evidence: members.flatMap((m) => index.presence(m, country)?.sources ?? []),
          vars: {
            members: v.members(members),
            partner: shared.partner,
            country: v.country(country),
            variants:
              variants.length > 1
                ? v.fragment('variants', { names: v.list(variants.map((x) => `“${x}”`)) })
                : null,
          },
        };
      }
    }
  },
};
