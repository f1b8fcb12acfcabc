/**
 * Read the messy sample (Dutch headers, Windows-1252, semicolons, a survey export, typos and
 * bad rows) and show the ingestion report: every row accepted or rejected with its location.
 * Run: npm run messy
 */
import { resolve } from 'node:path';
import { formatIngestReport } from '../src/cli/summary.js';
import { readPartnershipDir } from '../src/node/buildFromDir.js';

const dir = resolve(process.argv[2] ?? 'data/sample-partnership-messy');
const result = readPartnershipDir(dir);
process.stdout.write(formatIngestReport(result));
const p = result.partnership;
process.stdout.write(
  `\nNormalised: ${p.members.length} members, ${p.expertise.length} expertise, ${p.geography.length} geography and ${p.sectors.length} sector records.\n`,
);
