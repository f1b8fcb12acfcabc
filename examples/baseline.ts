/**
 * Build the synergy baseline of the bundled sample partnership and write the reports.
 * Run: npm run baseline   (or: npx tsx examples/baseline.ts [dir] [outdir] [--lang nl])
 */
import { resolve } from 'node:path';
import { toBaselineJson } from '../src/baseline/toJson.js';
import { formatBaselineSummary } from '../src/cli/summary.js';
import { buildBaselineFromDir } from '../src/node/buildFromDir.js';
import { writeBaselineOutputs } from '../src/node/writeOutputs.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const lang = process.argv.includes('--lang') && process.argv.includes('nl') ? 'nl' : 'en';
const dir = resolve(args[0] ?? 'data/sample-partnership');
const out = resolve(args[1] ?? 'out/sample-partnership');

const baseline = buildBaselineFromDir(dir, { lang });
writeBaselineOutputs(baseline, out, { lang });
process.stdout.write(formatBaselineSummary(toBaselineJson(baseline), out));
process.stdout.write(`Open ${out}/report.html in a browser, or read ${out}/report.md.\n`);
