import type { CountryView } from '../../schema/baseline.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
import type { RecommendationKindDefinition } from '../types.js';
import { meanAreaWeight, mostSpecific } from './areas.js';
import { cmp, mean, presentWeights, v } from './util.js';

/**
 * shared-local-partner: two or more members working with the same local
 * organisation in a country (the country view's shared partners, names matched
 * fuzzily): a strong in-country synergy signal. One recommendation per shared
 * partner; where the members name that partner in the same areas (the area
 * views' shared partners), one per partner and group of members, naming the
 * most specific of those areas (the country-level one with the same members is
 * then left out).
 *
 * score = base + (1 - base) * meanPresenceWeight(members, country or areas), base 0.5.
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
  category: 'fact',
  params: { base: 0.5 },
  rationale: {
    default: {
      en: '{members} each work with the local organisation {partner} in {country}{variants}, so they can align their support to this partner and use it as a bridge between their programmes.',
      nl: '{members} werken in {country} elk samen met de lokale organisatie {partner}{variants}, dus ze kunnen hun steun aan deze partner op elkaar afstemmen en de partner gebruiken als brug tussen hun programma’s.',
    },
    inAreas: {
      en: '{members} each work with the local organisation {partner} in {areas}, {country}{variants}, so they can align their support to this partner there and use it as a bridge between their programmes.',
      nl: '{members} werken in {areas}, {country}, elk samen met de lokale organisatie {partner}{variants}, dus ze kunnen hun steun aan deze partner daar op elkaar afstemmen en de partner gebruiken als brug tussen hun programma’s.',
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
      const weights = presentWeights(index, view);
      const inAreas = areaShares(index, view);
      for (const g of inAreas.values()) {
        const areas = mostSpecific(index, country, g.areas);
        yield {
          members: g.members,
          country,
          areas,
          score: base + (1 - base) * meanAreaWeight(index, country, g.members, areas),
          key: `partner:${g.partner}`,
          get evidence() {
            return g.members.flatMap((m) => placeSources(index, m, country, { areas, partners: g.variants }));
          },
          template: 'inAreas',
          vars: {
            members: v.tagged(g.members),
            partner: g.partner,
            country: v.country(country),
            areas: v.areas(country, areas),
            variants: variantsOf(g.variants),
          },
        };
      }
      for (const shared of view.sharedPartners) {
        const members = [...new Set(shared.members)].filter((m) => index.isMember(m)).sort(cmp);
        if (members.length < 2) continue;
        const score = base + (1 - base) * mean(members.map((m) => weights.get(m) ?? 0));
        // Each partner and set of members is one candidate: one that cannot make the list is left here.
        if (ctx.floor?.cannotMake(score)) continue;
        if (inAreas.size > 0 && inAreas.has(`${shared.partner}\u0000${members.join('\u0000')}`)) continue;
        const variants = [...shared.variants].sort(cmp);
        yield {
          members,
          country,
          score,
          key: `partner:${shared.partner}`,
          get evidence() {
            return members.flatMap((m) => placeSources(index, m, country, { partners: variants }));
          },
          vars: {
            members: v.members(members),
            partner: shared.partner,
            country: v.country(country),
            variants: variantsOf(variants),
          },
        };
      }
    }
  },
};

function variantsOf(variants: readonly string[]) {
  const sorted = [...variants].sort(cmp);
  return sorted.length > 1 ? v.fragment('variants', { names: v.list(sorted.map((x) => `“${x}”`)) }) : null;
}

/** Partners two or more members name in the same areas: per partner and members, the areas and spellings. */
function areaShares(
  index: PartnershipIndex,
  view: CountryView,
): Map<string, { partner: string; members: string[]; variants: string[]; areas: string[] }> {
  const out = new Map<string, { partner: string; members: string[]; variants: string[]; areas: string[] }>();
  for (const area of view.areas ?? []) {
    for (const shared of area.sharedPartners) {
      const members = [...new Set(shared.members)].filter((m) => index.isMember(m)).sort(cmp);
      if (members.length < 2) continue;
      const key = `${shared.partner}\u0000${members.join('\u0000')}`;
      const entry = out.get(key) ?? { partner: shared.partner, members, variants: [], areas: [] };
      entry.variants = [...new Set([...entry.variants, ...shared.variants])];
      entry.areas.push(area.area);
      out.set(key, entry);
    }
  }
  return out;
}
