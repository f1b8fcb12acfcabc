/**
 * A baseline for the Dutch NGOs in public IATI data: East African health activities.
 *
 * Reads an IATI activity export (default: the sampled East Africa health table in the shared
 * real-data folder beside the repository; that table has no licence file upstream, so it is not
 * copied into this repository), keeps the Dutch member organisations (refs starting with "NL-"),
 * limits geography to the eight East African countries of the query, writes the five long CSVs
 * (members, observed expertise, geography with local partners, sectors, funders) plus
 * merges.json to out/iati-east-africa/, builds the synergy baseline and prints the top
 * recommendations. The organisations table beside the sample (roles and types per activity) is
 * used when it is there.
 *
 * Run: npx tsx examples/iati-east-africa.ts [activities.csv] [outdir]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBaseline } from '../src/baseline/buildBaseline.js';
import { importIati, orgTypesFromCodelist } from '../src/import/importIati.js';
import { kindTitle } from '../src/recommend/catalogue.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared/realdata');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const input = resolve(args[0] ?? join(shared, 'iati-east-africa-health/iati_health_projects.sample.csv'));
const outDir = resolve(args[1] ?? join(repo, 'out/iati-east-africa'));

if (!existsSync(input)) {
  process.stderr.write(
    `IATI activity file not found: ${input}\n` +
      'This example reads an IATI activity export (one row per activity, columns such as\n' +
      'reporting_org_ref, reporting_org_name, country_codes, sector_codes). The default is the\n' +
      'sampled East Africa health table in ../shared/realdata/iati-east-africa-health/, which is\n' +
      'not part of this repository. Pass the path of any IATI activity CSV as the first argument.\n',
  );
  process.exit(1);
}

// Organisation types come from the IATI ReportingOrganisation codelist when it is at hand.
const codelist = join(shared, 'iati-codelists/csv-en/ReportingOrganisation.csv');
const orgTypes = existsSync(codelist) ? orgTypesFromCodelist(new Uint8Array(readFileSync(codelist))) : {};

const organisations = join(dirname(input), 'organisations.sample.csv');
const result = importIati(new Uint8Array(readFileSync(input)), {
  file: input.split(/[\\/]/).pop() ?? 'iati.csv',
  orgPrefix: 'NL-',
  countries: ['KE', 'UG', 'RW', 'ET', 'SS', 'SO', 'TZ', 'CD'],
  orgTypes,
  ...(existsSync(organisations) ? { organisations: new Uint8Array(readFileSync(organisations)) } : {}),
});

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(result.files)) writeFileSync(join(outDir, name), text);
writeFileSync(join(outDir, 'merges.json'), `${JSON.stringify(result.merges, null, 2)}\n`);

const { stats } = result;
process.stdout.write(
  `Read ${stats.rows} activities; ${stats.usedRows} with a Dutch (NL-) member organisation.\n` +
    `Wrote ${stats.members} members, ${stats.expertise} expertise, ${stats.geography} geography, ` +
    `${stats.sectors} sector and ${stats.funderRows} funder rows (${stats.funders} funders, ` +
    `${stats.partners} local partners) to ${outDir}\n`,
);
for (const m of result.merges) {
  process.stdout.write(`  merged as "${m.canonical}" (${m.id}, ${m.reason}): ${m.variants.join(' | ')}\n`);
}
if (Object.keys(orgTypes).length === 0) {
  process.stdout.write('  (IATI ReportingOrganisation codelist not found: organisation types are "other")\n');
}

const baseline = buildBaseline(result.files);
const names = new Map(baseline.partnership.members.map((m) => [m.id, m.name]));
process.stdout.write(`\nTop recommendations (${baseline.recommendations.length} in all):\n`);
baseline.recommendations.slice(0, 8).forEach((r, i) => {
  const who = r.members.map((id) => names.get(id) ?? id).join(', ');
  const where = [r.country, r.sector].filter((x) => x !== null).join(' / ');
  process.stdout.write(
    `${i + 1}. ${kindTitle(r.kind, 'en')}, score ${r.score.toFixed(2)}${where ? ` (${where})` : ''}: ${who}\n`,
  );
  process.stdout.write(`   ${r.rationale}\n`);
});
