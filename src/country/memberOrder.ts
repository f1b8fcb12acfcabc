/**
 * The display order of members in country and area views.
 * @module
 */

import { cmp } from '../normalise/issue.js';

/**
 * Member order: the members list's order, then ids not in it by id.
 *
 * @param members - the partnership's (or baseline.json's) members, in order
 * @example
 * ['c', 'x', 'a'].sort(memberOrder([{ id: 'c' }, { id: 'a' }])); // => ['c', 'a', 'x']
 */
export function memberOrder(members: readonly { readonly id: string }[]): (a: string, b: string) => number {
  const order = new Map<string, number>();
  members.forEach((m, i) => {
    if (!order.has(m.id)) order.set(m.id, i);
  });
  return (a, b) => {
    const oa = order.get(a);
    const ob = order.get(b);
    if (oa !== undefined && ob !== undefined) return oa - ob;
    if (oa !== undefined) return -1;
    if (ob !== undefined) return 1;
    return cmp(a, b);
  };
}
