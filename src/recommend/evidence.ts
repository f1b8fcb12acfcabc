import type { SourceRef } from '../schema/records.js';

/**
 * Merge source references: de-duplicated (same file and line) and sorted by
 * file, then line. Returns new objects; inputs are not mutated.
 *
 * @example
 * mergeEvidence([{ file: 'b.csv', line: 2 }], [{ file: 'a.csv', line: 9 }, { file: 'b.csv', line: 2 }]);
 * // => [{ file: 'a.csv', line: 9 }, { file: 'b.csv', line: 2 }]
 */
export function mergeEvidence(...groups: readonly (readonly SourceRef[])[]): SourceRef[] {
  // One source or none (most records): nothing to merge or sort.
  let count = 0;
  for (const group of groups) count += group.length;
  if (count <= 1) return groups.flatMap((group) => group.map((s) => ({ file: s.file, line: s.line })));
  const seen = new Map<string, SourceRef>();
  for (const group of groups) {
    for (const s of group) {
      const key = `${s.file}\u0000${s.line}`;
      if (!seen.has(key)) seen.set(key, { file: s.file, line: s.line });
    }
  }
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
