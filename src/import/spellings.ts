/**
 * The table of distinct organisation spellings an importer meets (members, partners, funders),
 * each with how often it was met and the type labels and countries seen with it.
 * @module
 */
import { mostUsed } from '../normalise/orgNames.js';
import type { SpellingInfo } from './assemble.js';
import type { OrgKind } from './orgTypes.js';

/** One distinct spelling while an import is read. */
export interface SpellingEntry {
  readonly name: string;
  readonly acronym: string | null;
  readonly ref: string | null;
  count: number;
  /** Type labels or codes as written -> how often. */
  readonly types: Map<string, number>;
  /** Headquarters countries implied by rows -> how often. */
  readonly countries: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Distinct spellings keyed by name and acronym or ref, in first-seen order.
 *
 * @example
 * const table = new SpellingTable();
 * table.add('Oxfam Novib', { ref: 'NL-KVK-27108436', type: '21' }); // => 0
 * table.add('Oxfam Novib', { ref: 'NL-KVK-27108436' }); // => 0
 * table.entries[0]?.count; // => 2
 */
export class SpellingTable {
  private readonly index = new Map<string, number>();
  readonly entries: SpellingEntry[] = [];

  /** Count one occurrence of a spelling (with its type label and implied country, if any); returns its index. */
  add(
    name: string,
    extra: {
      readonly acronym?: string | null;
      readonly ref?: string | null;
      readonly type?: string;
      readonly country?: string | null;
    } = {},
  ): number {
    const acronym = extra.acronym || null;
    const ref = extra.ref || null;
    const key = `${name}\u0000${acronym ?? ''}\u0000${ref ?? ''}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.entries.length;
      this.index.set(key, i);
      this.entries.push({ name, acronym, ref, count: 0, types: new Map(), countries: new Map() });
    }
    const entry = this.entries[i]!;
    entry.count++;
    if (extra.type) bump(entry.types, extra.type);
    if (extra.country) bump(entry.countries, extra.country);
    return i;
  }

  /**
   * The spellings for assembleImport: the most used type label of each, read by `kindOf`
   * (null: unknown), and the headquarters country `countryOf` gives (default: the most used
   * implied country).
   */
  infos(
    kindOf: (typeText: string, entry: SpellingEntry) => OrgKind | null,
    countryOf: (entry: SpellingEntry, kind: OrgKind | null) => string | null = (e) => mostUsed(e.countries),
  ): SpellingInfo[] {
    return this.entries.map((e) => {
      const typeText = mostUsed(e.types) ?? '';
      const kind = kindOf(typeText, e);
      return {
        name: e.name,
        acronym: e.acronym,
        ref: e.ref,
        count: e.count,
        type: kind?.type ?? null,
        scope: kind?.scope ?? null,
        sourceType: typeText,
        country: countryOf(e, kind),
      };
    });
  }
}

/**
 * The most used country of a spelling when its scope says it is based there (national or local),
 * else null: the headquarters country of a 3W organisation.
 *
 * @example
 * const table = new SpellingTable();
 * table.add('Grassroots Initiative', { country: 'NG' });
 * homeCountry(table.entries[0]!, { type: 'ngo', scope: 'national' }); // => 'NG'
 * homeCountry(table.entries[0]!, { type: 'ngo', scope: 'international' }); // => null
 */
export function homeCountry(entry: SpellingEntry, kind: OrgKind | null): string | null {
  return kind?.scope === 'national' || kind?.scope === 'local' ? mostUsed(entry.countries) : null;
}
