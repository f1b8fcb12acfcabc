/**
 * npm run validate-method: the validation study on the IATI East Africa health sample in
 * ../shared/realdata, written to docs/validation.md and docs/validation/*.svg.
 *
 * Options: --split YYYY-MM-DD (default: the 1 January nearest the median start date), --reps N
 * (bootstrap replicates, default 1000), --seed N (default 20), --areas and --observed (contract-14
 * columns in the profile files), --check (compare with the committed files instead of writing;
 * exit 1 when they differ), --data DIR (the realdata folder), --lang en|nl (messages).
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headline } from './format.js';
import { renderOutputs } from './outputs.js';
import { readIatiSample } from './readIati.js';
import { defaultSplitDate, runStudy, type StudyOptions } from './study.js';

const MESSAGES = {
  en: {
    missing: (dir: string) =>
      `Skipped: the real-data folder ${dir} is not there. The validation reads the IATI East Africa health sample from ../shared/realdata beside the repository; nothing was written.`,
    badOption: (m: string) => `Invalid option: ${m}`,
    running: (split: string, reps: number) =>
      `Running the validation study (split ${split}, ${reps} bootstrap replicates)...`,
    wrote: (files: string) => `Wrote ${files}`,
    upToDate: 'docs/validation.md and its plots are up to date.',
    outdated: (files: string) => `Out of date (rerun npm run validate-method): ${files}`,
  },
  nl: {
    missing: (dir: string) =>
      `Overgeslagen: de map met echte data ${dir} ontbreekt. De validatie leest de IATI-steekproef (gezondheid, Oost-Afrika) uit ../shared/realdata naast de repository; er is niets geschreven.`,
    badOption: (m: string) => `Ongeldige optie: ${m}`,
    running: (split: string, reps: number) =>
      `Validatiestudie loopt (splitsdatum ${split}, ${reps} bootstrap-herhalingen)...`,
    wrote: (files: string) => `Geschreven: ${files}`,
    upToDate: 'docs/validation.md en de grafieken zijn actueel.',
    outdated: (files: string) => `Verouderd (draai npm run validate-method opnieuw): ${files}`,
  },
} as const;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function options() {
  // The message language before the options are parsed (a parse error is reported in it too).
  const at = process.argv.indexOf('--lang');
  const lang = process.argv.includes('--lang=nl') || (at >= 0 && process.argv[at + 1] === 'nl') ? 'nl' : 'en';
  const parse = () =>
    parseArgs({
      options: {
        split: { type: 'string' },
        reps: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '20' },
        areas: { type: 'boolean', default: false },
        observed: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        data: { type: 'string', default: resolve(repo, '../shared/realdata') },
        lang: { type: 'string', default: 'en' },
      },
    }).values;
  let values: ReturnType<typeof parse>;
  try {
    values = parse();
  } catch (error) {
    throw new Error(MESSAGES[lang].badOption(error instanceof Error ? error.message : String(error)));
  }
  const whole = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min)
      throw new Error(MESSAGES[lang].badOption(`--${name} ${v} (a whole number >= ${min})`));
    return n;
  };
  if (values.split !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.split)) {
    throw new Error(MESSAGES[lang].badOption(`--split ${values.split} (YYYY-MM-DD)`));
  }
  return {
    ...values,
    lang,
    reps: whole('reps', values.reps, 0),
    seed: whole('seed', values.seed, 0),
  } as const;
}

function main(): number {
  const opts = options();
  const t = MESSAGES[opts.lang];
  const folder = join(opts.data, 'iati-east-africa-health');
  if (!existsSync(folder)) {
    process.stderr.write(`${t.missing(folder)}\n`);
    return 0;
  }
  const read = (name: string) => new Uint8Array(readFileSync(join(folder, name)));
  const codelist = join(opts.data, 'iati-codelists/csv-en/ReportingOrganisation.csv');
  const names = {
    projects: 'iati_health_projects.sample.csv',
    organisations: 'organisations.sample.csv',
    countries: 'activity_countries.sample.csv',
  };
  const sample = readIatiSample({
    projects: read(names.projects),
    organisations: read(names.organisations),
    countries: read(names.countries),
    names,
    ...(existsSync(codelist) ? { reportingOrgCodelist: new Uint8Array(readFileSync(codelist)) } : {}),
  });
  const splitDate = opts.split ?? defaultSplitDate(sample.activities);
  process.stderr.write(`${t.running(splitDate, opts.reps)}\n`);
  const base: StudyOptions = {
    splitDate,
    seed: opts.seed,
    reps: opts.reps,
    ks: [10, 50, 100],
    weightGrid: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    profile: { evidence: opts.observed ? 'observed' : 'level', areas: opts.areas },
  };
  const study = runStudy(sample, base);
  const year = Number(splitDate.slice(0, 4));
  const sensitivity = [-2, -1, 1].map((d) =>
    runStudy(sample, { ...base, splitDate: `${year + d}${splitDate.slice(4)}`, reps: 0, weightGrid: [] }),
  );
  const docs = join(repo, 'docs');
  const outputs = renderOutputs(study, sensitivity, sample.files, {
    description:
      `the IATI East Africa health sample in \`${relative(repo, folder).split('\\').join('/')}\` (IATI Datastore ` +
      'activities with health sector codes in KE, UG, RW, ET, SS, SO, TZ and CD, sampled; see PROVENANCE.md there)',
    limitations: [
      'One sample: 1,187 of 3,272 East African health activities, chosen partly for Dutch participation, so\n' +
        '  the organisations are not a random draw. Health only: the sector dimension (DAC categories) barely\n' +
        '  varies, which handicaps it against geography.',
    ],
  });
  if (opts.check) {
    const stale = Object.entries(outputs)
      .filter(
        ([name, text]) => !existsSync(join(docs, name)) || readFileSync(join(docs, name), 'utf8') !== text,
      )
      .map(([name]) => `docs/${name}`);
    process.stdout.write(`${stale.length === 0 ? t.upToDate : t.outdated(stale.join(', '))}\n`);
    return stale.length === 0 ? 0 : 1;
  }
  mkdirSync(join(docs, 'validation'), { recursive: true });
  for (const [name, text] of Object.entries(outputs)) writeFileSync(join(docs, name), text);
  process.stdout.write(
    `${headline(study)}\n${t.wrote(
      Object.keys(outputs)
        .map((n) => `docs/${n}`)
        .join(', '),
    )}\n`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
