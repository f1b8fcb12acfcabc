/**
 * A 3W table or IATI file read in memory (see fallbackToPublicData) is read through the files its
 * import would write, so every record's source first names a line of a file that is not on disk
 * ("geography.csv:214"). The import says which input rows each written row adds up
 * ({@link ImportOrigins}); this puts those rows in place, so the reports' evidence names lines of
 * the table the coordinator gave ("afg-3w.csv:1180; afg-3w.csv:1181").
 * @module
 */
import type { IngestResult } from '../normalise/parsePartnership.js';
import type { GeographyRecord, Partnership, SourceRef } from '../schema/records.js';
import type { ImportOrigins } from './types.js';

/**
 * The partnership with every source that names a written row replaced by the input lines behind
 * that row (sorted, each once); sources of rows without known lines (funders.csv) stay as they
 * are. Issues of the reading (warnings, rejected rows) keep their lines: they are about the
 * import's files. Never mutates its input.
 *
 * @param ingest - the import's files as the partnership reader read them
 * @param origins - the import's origins (ImportResult.origins)
 * @example
 * const imported = import3w('Organisation,Cluster,Country\nACF,WASH,Mali\nACF,Health,Mali\n', { file: 'mali.csv' });
 * const ingest = parsePartnership(Object.entries(imported.files).map(([name, content]) => ({ name, content })));
 * const placed = sourcesInTable(ingest, imported.origins!);
 * placed.partnership.geography[0]?.sources; // => [{ file: 'mali.csv', line: 2 }, { file: 'mali.csv', line: 3 }]
 */
export function sourcesInTable(ingest: IngestResult, origins: ImportOrigins): IngestResult {
  const rows: ReadonlyMap<string, readonly (readonly number[])[]> = new Map(Object.entries(origins.rows));
  const inTable = (sources: readonly SourceRef[]): SourceRef[] => {
    const lines = new Set<number>();
    const kept: SourceRef[] = [];
    for (const s of sources) {
      const behind = rows.get(s.file)?.[s.line - 2];
      if (behind === undefined || behind.length === 0) kept.push(s);
      else for (const line of behind) lines.add(line);
    }
    const table = [...lines].sort((a, b) => a - b).map((line) => ({ file: origins.file, line }));
    return [...table, ...kept];
  };
  const p = ingest.partnership;
  const partnership: Partnership = {
    ...p,
    members: p.members.map((r) => ({ ...r, sources: inTable(r.sources) })),
    expertise: p.expertise.map((r) => ({ ...r, sources: inTable(r.sources) })),
    geography: p.geography.map((r) => geographyInTable(r, inTable)),
    sectors: p.sectors.map((r) => ({ ...r, sources: inTable(r.sources) })),
  };
  return { ...ingest, partnership };
}

function geographyInTable(
  r: GeographyRecord,
  inTable: (sources: readonly SourceRef[]) => SourceRef[],
): GeographyRecord {
  const areas = r.areas?.map((a) => (a.sources === undefined ? a : { ...a, sources: inTable(a.sources) }));
  return { ...r, ...(areas === undefined ? {} : { areas }), sources: inTable(r.sources) };
}
