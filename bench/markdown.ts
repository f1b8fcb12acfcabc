/**
 * A Markdown table with padded, aligned columns (the layout Biome's formatter produces, so the
 * generated bench/RESULTS.md passes `biome check`).
 *
 * @example
 * markdownTable(['a', 'n'], [false, true], [['x', '1']]);
 * // => '| a   |   n |\n| --- | --: |\n| x   |   1 |'
 */
export function markdownTable(
  header: readonly string[],
  right: readonly boolean[],
  rows: readonly string[][],
): string {
  const widths = header.map((h, c) => Math.max(h.length, 3, ...rows.map((r) => r[c]!.length)));
  const pad = (x: string, c: number) => (right[c] ? x.padStart(widths[c]!) : x.padEnd(widths[c]!));
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const sep = `| ${widths.map((w, c) => (right[c] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), sep, ...rows.map(line)].join('\n');
}
