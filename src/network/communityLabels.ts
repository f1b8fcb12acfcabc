/**
 * Names communities by what their members share: the dominant theme and country.
 * @module
 */
import { compareStrings } from './format.js';
import type { BipartiteEdge } from './types.js';

/**
 * The dominant theme and country of a community and the label built from them.
 *
 * @example
 * const { label } = nameCommunity(ids, names, themes, countries, display); // 'Living wage · Bangladesh'
 */
export interface CommunityName {
  readonly theme: string | null;
  readonly country: string | null;
  readonly label: string;
}

/** Sum of weights per category over the given members; the top one (ties: smallest id), or null. */
function dominant(edges: readonly BipartiteEdge[], members: ReadonlySet<string>): string | null {
  const sums = new Map<string, number>();
  for (const e of edges)
    if (members.has(e.member)) sums.set(e.category, (sums.get(e.category) ?? 0) + e.weight);
  let best: string | null = null;
  let bestSum = 0;
  for (const [category, sum] of [...sums.entries()].sort((a, b) => compareStrings(a[0], b[0]))) {
    if (sum > bestSum + 1e-12) {
      best = category;
      bestSum = sum;
    }
  }
  return best;
}

/**
 * Names a community: the theme with the most member listings in the country
 * views (sum of the member-theme weights), and the country with the highest
 * summed presence weight of its members; ties go to the smallest id. The label
 * joins their display names with " · " ("Living wage · Bangladesh"); without
 * either, it is the first member's name plus "+N" for the others.
 *
 * @example
 * nameCommunity(['cwc', 'flu'], ['Clean Wear', 'Fair Labour'], themes, countries, (k, id) => id);
 * // => { theme: 'living-wage', country: 'BD', label: 'living-wage · BD' }
 */
export function nameCommunity(
  members: readonly string[],
  memberNames: readonly string[],
  themes: readonly BipartiteEdge[],
  countries: readonly BipartiteEdge[],
  display: (kind: 'theme' | 'country', id: string) => string,
): CommunityName {
  const set = new Set(members);
  const theme = dominant(themes, set);
  const country = dominant(countries, set);
  const parts = [
    theme === null ? null : display('theme', theme),
    country === null ? null : display('country', country),
  ];
  let label = parts.filter((p): p is string => p !== null).join(' · ');
  if (label === '') {
    const first = memberNames[0] ?? members[0] ?? '';
    label = members.length > 1 ? `${first} +${members.length - 1}` : first;
  }
  return { theme, country, label };
}
