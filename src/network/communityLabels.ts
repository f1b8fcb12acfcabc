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
 * const { label } = communityNamer(themes, countries, display)(ids, names); // 'Living wage · Bangladesh'
 */
export interface CommunityName {
  readonly theme: string | null;
  readonly country: string | null;
  readonly label: string;
}

/** Sum of weights per category over the given members; the top one (ties: smallest id), or null. */
/** The edges of each member in edge order; null when the list is not sorted by member. */
function edgesByMember(edges: readonly BipartiteEdge[]): Map<string, BipartiteEdge[]> | null {
  const index = new Map<string, BipartiteEdge[]>();
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (i > 0 && compareStrings(edges[i - 1]!.member, e.member) > 0) return null;
    const list = index.get(e.member);
    if (list === undefined) index.set(e.member, [e]);
    else list.push(e);
  }
  return index;
}

/**
 * The category with the largest weight summed over `members` (ties: the first by id). With the
 * edges sorted by member (`index`), summing member by member in that order adds in the order of
 * the edge list, without a pass over every edge per community.
 */
function dominant(
  edges: readonly BipartiteEdge[],
  index: ReadonlyMap<string, readonly BipartiteEdge[]> | null,
  members: ReadonlySet<string>,
): string | null {
  const sums = new Map<string, number>();
  const add = (e: BipartiteEdge) => sums.set(e.category, (sums.get(e.category) ?? 0) + e.weight);
  if (index !== null) {
    for (const m of [...members].sort(compareStrings)) for (const e of index.get(m) ?? []) add(e);
  } else {
    for (const e of edges) if (members.has(e.member)) add(e);
  }
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
 * Names communities: the theme with the most member listings in the country
 * views (sum of the member-theme weights), and the country with the highest
 * summed presence weight of its members; ties go to the smallest id. The label
 * joins their display names with " · " ("Living wage · Bangladesh"); without
 * either, it is the first member's name plus "+N" for the others. The edges
 * are indexed once for all communities.
 *
 * @example
 * communityNamer(themes, countries, (k, id) => id)(['cwc', 'flu'], ['Clean Wear', 'Fair Labour']);
 * // => { theme: 'living-wage', country: 'BD', label: 'living-wage · BD' }
 */
export function communityNamer(
  themes: readonly BipartiteEdge[],
  countries: readonly BipartiteEdge[],
  display: (kind: 'theme' | 'country', id: string) => string,
): (members: readonly string[], memberNames: readonly string[]) => CommunityName {
  const themeIndex = edgesByMember(themes);
  const countryIndex = edgesByMember(countries);
  return (members, memberNames) => {
    const set = new Set(members);
    const theme = dominant(themes, themeIndex, set);
    const country = dominant(countries, countryIndex, set);
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
  };
}
