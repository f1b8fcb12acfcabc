/**
 * The funders list of a baseline: who funds which members, where and in which roles (from
 * funders.csv). Funders are kept apart from the members: they never enter the metrics or the
 * recommendations.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { cmp } from '../normalise/issue.js';
import type { FunderSummary } from '../schema/baseline.js';
import type { FunderRecord } from '../schema/records.js';

/**
 * Group funder rows by funder (its IATI reference when given, else its folded name): the roles it
 * has, the members it funds, the countries, and the activity count (per member and country the
 * highest count over its roles, summed; null when no row counts activities). The display name is
 * the most frequent spelling (ties by code-unit order). Sorted by name, then reference.
 *
 * @example
 * summariseFunders([
 *   { funder: 'Dutch MFA', ref: 'XM-DAC-7', type: 'government', member: 'A', country: 'BD', role: 'funding', activities: 2, sources: [] },
 *   { funder: 'Dutch MFA', ref: 'XM-DAC-7', type: 'government', member: 'B', country: null, role: 'funding', activities: 1, sources: [] },
 * ]);
 * // => [{ funder: 'Dutch MFA', ref: 'XM-DAC-7', type: 'government', roles: ['funding'], members: ['A', 'B'], countries: ['BD'], activities: 3 }]
 */
export function summariseFunders(records: readonly FunderRecord[]): FunderSummary[] {
  const groups = new Map<string, FunderRecord[]>();
  for (const r of records) {
    const key = r.ref !== null ? `ref:${r.ref.toUpperCase()}` : `name:${foldText(r.funder)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: FunderSummary[] = [];
  for (const rows of groups.values()) {
    const names = new Map<string, number>();
    for (const r of rows) names.set(r.funder, (names.get(r.funder) ?? 0) + 1);
    const name = [...names.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
    const counted = new Map<string, number>();
    for (const r of rows) {
      if (r.activities === null) continue;
      const key = `${r.member}\u0000${r.country ?? ''}`;
      counted.set(key, Math.max(counted.get(key) ?? 0, r.activities));
    }
    out.push({
      funder: name,
      ref: rows.find((r) => r.ref !== null)?.ref ?? null,
      type: rows.find((r) => r.type !== null)?.type ?? null,
      roles: [...new Set(rows.map((r) => r.role))].sort(cmp),
      members: [...new Set(rows.map((r) => r.member))].sort(cmp),
      countries: [...new Set(rows.flatMap((r) => (r.country === null ? [] : [r.country])))].sort(cmp),
      activities: counted.size === 0 ? null : [...counted.values()].reduce((s, n) => s + n, 0),
    });
  }
  return out.sort((a, b) => cmp(a.funder, b.funder) || cmp(a.ref ?? '', b.ref ?? ''));
}
