import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

/**
 * Errors a coordinator meets through a user mistake, in both languages: each case runs the same
 * command with --lang en and --lang nl and checks the sentence in each (found by an audit of
 * every command with --lang nl; these came out English before).
 */
const tmp = mkdtempSync(join(tmpdir(), 'ps-lang-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = join(repoRoot, 'data/sample-partnership');
const threeW = join(repoRoot, 'tests/fixtures/import/3w-admin2.csv');
const missing = join(tmp, 'does-not-exist.csv');
const aFile = join(tmp, 'a-file.txt');
writeFileSync(aFile, 'x');

async function both(...args: string[]) {
  const en = await runCaptured(...args, '--lang', 'en');
  const nl = await runCaptured(...args, '--lang', 'nl');
  return { en, nl };
}

describe('file errors of import and template follow --lang', () => {
  it('import: a file that does not exist', async () => {
    const { en, nl } = await both('import', '3w', missing, '--out', join(tmp, 'i1'));
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`error [E_IO]: Cannot read "${missing}": no such file or folder.`);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(
      `fout [E_IO]: Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`,
    );
  });

  it('import: a folder given as the file', async () => {
    const { en, nl } = await both('import', '3w', sample, '--out', join(tmp, 'i2'));
    expect(en.stderr).toContain('it is a folder, not a regular file.');
    expect(nl.stderr).toContain('niet lezen: het is een map, geen gewoon bestand.');
  });

  it('import: a file above --max-bytes', async () => {
    const { en, nl } = await both('import', '3w', threeW, '--out', join(tmp, 'i3'), '--max-bytes', '10');
    expect(en.stderr).toMatch(/E_LIMIT\]: 3w-admin2\.csv is larger than the limit of 10 bytes/);
    expect(nl.stderr).toMatch(/E_LIMIT\]: 3w-admin2\.csv is groter dan de limiet van 10 bytes/);
  });

  it('import: --out names a file', async () => {
    const { en, nl } = await both('import', '3w', threeW, '--out', aFile);
    expect(en.stderr).toContain(`--out "${aFile}" is a file, not a folder.`);
    expect(nl.stderr).toContain(`--out "${aFile}" is een bestand, geen map.`);
  });

  it('import iati: an --organisations table that does not exist', async () => {
    const iati = join(repoRoot, 'tests/fixtures/import/iati-activities.csv');
    const { en, nl } = await both(
      'import',
      'iati',
      iati,
      '--out',
      join(tmp, 'i4'),
      '--organisations',
      missing,
    );
    expect(en.stderr).toContain(`Cannot read "${missing}": no such file or folder.`);
    expect(nl.stderr).toContain(`Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`);
  });

  it('template: a --themes file that does not exist', async () => {
    mkdirSync(join(tmp, 't'), { recursive: true });
    const { en, nl } = await both('template', '--out', join(tmp, 't', 'x.xlsx'), '--themes', missing);
    expect(en.stderr).toContain(`Cannot read "${missing}": no such file or folder.`);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(`Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`);
  });
});

describe('options that name a theme, sector, country or member follow --lang', () => {
  it('coalition: an unknown country', async () => {
    const { en, nl } = await both('coalition', sample, '--country', 'Atlantis', '--themes', 'gbv');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--country: unknown country "Atlantis".');
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('--country: Het land "Atlantis" is onbekend.');
  });

  it('coalition: an unknown theme, with the suggestion in the language of the output', async () => {
    const { en, nl } = await both('coalition', sample, '--country', 'BD', '--themes', 'vakbondsvrijheid');
    expect(en.stderr).toContain(
      '--themes: unknown theme "vakbondsvrijheid". Did you mean "Freedom of association and social dialogue" (freedom-of-association)?',
    );
    expect(nl.stderr).toContain(
      '--themes: Het thema "vakbondsvrijheid" is onbekend. Bedoelde je "Vrijheid van vakvereniging en sociale dialoog" (freedom-of-association)?',
    );
  });

  it('coalition: an unknown sector', async () => {
    const { en, nl } = await both('coalition', sample, '--themes', 'gbv', '--sector', 'kaas');
    expect(en.stderr).toContain('--sector: unknown sector "kaas".');
    expect(nl.stderr).toContain('--sector: De sector "kaas" is onbekend.');
  });

  it('baseline: a theme, country or member to redact that does not exist', async () => {
    const out = join(tmp, 'redact');
    const theme = await both('baseline', sample, '--out', out, '--redact-themes', 'onbekend thema');
    expect(theme.en.stderr).toContain('error [E_OPTIONS]: cannot redact unknown theme "onbekend thema".');
    expect(theme.nl.stderr).toContain(
      'fout [E_OPTIONS]: Het thema "onbekend thema" is onbekend, dus het kan niet worden weggelaten.',
    );
    const country = await both('baseline', sample, '--out', out, '--redact-countries', 'Atlantis');
    expect(country.en.stderr).toContain('error [E_OPTIONS]: unknown country "Atlantis".');
    expect(country.nl.stderr).toContain('fout [E_OPTIONS]: Het land "Atlantis" is onbekend.');
    const member = await both('baseline', sample, '--out', out, '--opt-out', 'FTTA');
    expect(member.en.stderr).toContain(
      'cannot opt out unknown member "FTTA". Did you mean FTA? Members: AER,',
    );
    expect(member.nl.stderr).toContain(
      'Het lid "FTTA" is onbekend, dus het kan niet worden uitgesloten. Bedoelde je FTA? Leden: AER,',
    );
  });

  it('baseline: more members than --max-members', async () => {
    const { en, nl } = await both('baseline', sample, '--out', join(tmp, 'max'), '--max-members', '3');
    expect(en.stderr).toContain('error [E_LIMIT]: 12 members is more than the limit of 3 (maxMembers)');
    expect(nl.stderr).toContain('fout [E_LIMIT]: 12 leden is meer dan de limiet van 3 (maxMembers)');
    expect(nl.stderr).toContain('Verhoog de limiet met --max-members 12 (CLI)');
  });

  it('import 3w: a --country that is no country', async () => {
    const file = join(repoRoot, 'tests/fixtures/import/3w-cr-only.csv');
    const { en, nl } = await both('import', '3w', file, '--out', join(tmp, 'i5'), '--country', 'Atlantis');
    expect(en.stderr).toContain('error [E_OPTIONS]: country "Atlantis" is not a country name or ISO code.');
    expect(nl.stderr).toContain('fout [E_OPTIONS]: Land "Atlantis" is geen landnaam of ISO-code.');
  });
});

describe('validate: reading problems in both languages', () => {
  const corpus = (name: string) => join(repoRoot, 'tests/corpus', name);

  it('a member id with letters of two scripts or an invisible character', async () => {
    const { en, nl } = await both('validate', corpus('lookalike-ids'));
    expect(en.stdout).toContain('contains letters of two scripts (Latin and Cyrillic), so it can look');
    expect(en.stdout).toContain('contains an invisible or control character (U+200B), so it can look');
    expect(nl.stdout).toContain('bevat letters uit twee schriften (Latijns en Cyrillisch), dus het kan');
    expect(nl.stdout).toContain('bevat een onzichtbaar teken of stuurteken (U+200B), dus het kan');
    expect(nl.stdout).toContain('(Latijns en Grieks)');
  });

  it('a byte that is not UTF-8 in a UTF-8 file', async () => {
    const { en, nl } = await both('validate', corpus('invalid-utf8-byte'));
    expect(en.stdout).toContain(
      'invalid_utf8: Byte(s) 0xE9 at byte 22 of this line are not UTF-8, although the rest of the file is;',
    );
    expect(nl.stdout).toContain(
      'invalid_utf8: Byte(s) 0xE9 op byte 22 van deze regel zijn geen UTF-8, hoewel de rest van het bestand dat wel is;',
    );
  });

  it('a missing column and an unused column name the kind of file in words, not its id', async () => {
    const missingColumn = await both('validate', corpus('dimension-missing-column'));
    expect(missingColumn.en.stdout).toContain(
      'The expertise file has no theme column (header: member, level).',
    );
    expect(missingColumn.nl.stdout).toContain(
      'Het bestand (expertise) heeft geen kolom theme (kopregel: member, level).',
    );
    const typo = join(tmp, 'typo');
    mkdirSync(typo, { recursive: true });
    writeFileSync(join(typo, 'members.csv'), 'id,nmae,type\nFTA,Fair Threads Alliance,ngo\n');
    writeFileSync(join(typo, 'geography.csv'), 'member,place,presence\nFTA,BD,office\n');
    const header = await both('validate', typo);
    expect(header.nl.stdout).toContain('Het bestand (leden) heeft geen kolom name');
    expect(header.nl.stdout).toContain('Het bestand (geografie) heeft geen kolom country');
    expect(header.en.stdout).toContain('The members file has no name column');
    const survey = await both('validate', join(repoRoot, 'data/sample-partnership-messy'));
    expect(survey.en.stdout).toContain(
      'Column(s) not used for survey export (one row per member): Tijdstempel.',
    );
    expect(survey.nl.stdout).toContain(
      'Kolom(men) niet gebruikt voor enquête-export (één rij per lid): Tijdstempel.',
    );
    expect(survey.nl.stdout).not.toContain('voor wide');
  });

  it('no members at all: the issue names the input in the language of the output', async () => {
    const empty = join(tmp, 'no-members');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'members.csv'), 'id,name,type\n');
    const { en, nl } = await both('validate', empty);
    expect(en.stdout).toContain('(input):0 missing_column: No members were read');
    expect(nl.stdout).toContain('(invoer):0 missing_column: Er zijn geen leden gelezen');
  });
});

describe('counts of one read as one in both languages', () => {
  it('coalition: "1 candidate" / "1 kandidaat"', async () => {
    const args = ['coalition', sample, '--sector', 'cacao', '--themes', 'child labour', '--max-size', '1'];
    const { en, nl } = await both(...args);
    expect(en.stdout).toContain('Members (1; exact search, minimum size; 1 candidate):');
    expect(nl.stdout).toContain('Leden (1; exact gezocht, kleinst mogelijk; 1 kandidaat):');
    const many = await both('coalition', sample, '--country', 'BD', '--themes', 'gbv');
    expect(many.en.stdout).toMatch(/; [2-9]\d* candidates\):/);
    expect(many.nl.stdout).toMatch(/; [2-9]\d* kandidaten\):/);
  });

  it('import: "1 row" / "1 rij" of funders', async () => {
    const file = join(repoRoot, 'tests/fixtures/import/3w-cr-only.csv');
    const { en, nl } = await both('import', '3w', file, '--out', join(tmp, 'i6'));
    expect(en.stdout).toContain('funders: 1 (1 row); local partners: 0;');
    expect(nl.stdout).toContain('financiers: 1 (1 rij); lokale partners: 0;');
  });
});

describe('baseline --redact-companies names the pseudonyms in the language of the output', () => {
  it('"Company 2" in English, "Bedrijf 2" in Dutch (summary and recommendations.csv)', async () => {
    const messy = join(repoRoot, 'data/sample-partnership-messy');
    const en = await runCaptured('baseline', messy, '--out', join(tmp, 'rc-en'), '--redact-companies');
    const nl = await runCaptured(
      'baseline',
      messy,
      '--out',
      join(tmp, 'rc-nl'),
      '--redact-companies',
      '--lang',
      'nl',
    );
    expect(en.stdout).toContain('know Company 2 from their network');
    expect(nl.stdout).toContain('kennen Bedrijf 2 uit hun netwerk');
    const csv = readFileSync(join(tmp, 'rc-nl', 'recommendations.csv'), 'utf8');
    expect(csv).toContain('Bedrijf 1');
    expect(csv).not.toContain('Company 1');
  });
});

describe('Dutch wording', () => {
  it('a company engagement names its specialist "in" a theme (was "specialist voor"), in rationale and meeting pack', async () => {
    const out = join(tmp, 'wording');
    const r = await runCaptured('baseline', sample, '--out', out, '--lang', 'nl');
    expect(r.stdout).toContain('Horizon Denim B.V. is specialist in businesscase-ontwikkeling.');
    expect(r.stdout).not.toContain('specialist voor');
    expect(r.stdout).not.toContain('specialisten voor');
    const pack = readFileSync(join(out, 'meeting-pack.md'), 'utf8');
    expect(pack).toContain('specialist in businesscase-ontwikkeling');
    expect(pack).not.toContain('specialist voor');
    const en = await runCaptured('baseline', sample, '--out', join(tmp, 'wording-en'));
    expect(en.stdout).toContain('Horizon Denim B.V. is the specialist for business case development.');
  });
});

describe('help', () => {
  it('lists the help command as "help [commando]" in Dutch, "help [command]" in English', async () => {
    const { en, nl } = await both('--help');
    expect(en.stdout).toMatch(/^ {2}help \[command\] +print help for a command$/m);
    expect(nl.stdout).toMatch(/^ {2}help \[commando\] +toon de uitleg bij een commando$/m);
    expect(nl.stdout).not.toContain('[command]');
  });
});

describe("zod's validation details follow --lang", () => {
  it('diff: a JSON file that is no baseline', async () => {
    const notBaseline = join(tmp, 'not-a-baseline.json');
    writeFileSync(notBaseline, '{"foo": 1}');
    const { en, nl } = await both('diff', notBaseline, notBaseline);
    expect(en.stderr).toContain('does not fit schema version 1, 2, 3 or 4: schemaVersion: Invalid option:');
    expect(nl.stderr).toContain(
      'past niet in schemaversie 1, 2, 3 of 4: schemaVersion: Ongeldige optie: verwacht één van 1|2|3|4.',
    );
  });

  it('template: a --themes JSON file whose entries lack a field', async () => {
    const themes = join(tmp, 'themes.json');
    writeFileSync(themes, '[{"id": "a", "en": "A", "nl": "A"}]');
    const { en, nl } = await both('template', '--out', join(tmp, 'zt.xlsx'), '--themes', themes);
    expect(en.stderr).toContain('0.aliases Invalid input: expected array, received undefined');
    expect(nl.stderr).toContain('0.aliases Ongeldige invoer: verwacht array, ontving undefined');
  });
});

describe('--timings', () => {
  it('groups thousands the way each language does ("1,069" in English, "1.069" in Dutch)', async () => {
    const { stageClock } = await import('../../src/cli/timings.js');
    const lines = (lang: 'en' | 'nl') => {
      let t = 0;
      const clock = stageClock(lang, () => t);
      t = 1069;
      clock.onStage('read', 1069);
      return clock.format().split('\n');
    };
    expect(lines('en')[1]).toMatch(/^ {2}read and normalise +1,069$/);
    expect(lines('nl')[1]).toMatch(/^ {2}inlezen en normaliseren +1\.069$/);
    expect(lines('nl')[2]).toMatch(/^ {2}totaal +1\.069$/);
  });
});

describe('Dutch help without English jargon', () => {
  it('--strict says "bijna gelijke waarden" in Dutch, "fuzzy matches" in English', async () => {
    const en = await runCaptured('validate', '--help', '--lang', 'en');
    const nl = await runCaptured('validate', '--help', '--lang', 'nl');
    expect(en.stdout.replace(/\s+/g, ' ')).toContain(
      'reject rows with warnings (fuzzy matches, custom categories',
    );
    expect(nl.stdout.replace(/\s+/g, ' ')).toContain(
      'rijen met waarschuwingen afwijzen (bijna gelijke waarden, eigen categorieën, dubbele rijen)',
    );
    expect(nl.stdout).not.toContain('fuzzy');
  });
});

describe('import: one activity read', () => {
  it('"1 activity read" / "1 activiteit gelezen"', async () => {
    const xml = join(tmp, 'one-activity.xml');
    writeFileSync(
      xml,
      '<iati-activities version="2.03"><iati-activity><iati-identifier>NL-1-A</iati-identifier>' +
        '<reporting-org ref="NL-1" type="21"><narrative>Alpha</narrative></reporting-org>' +
        '<recipient-country code="KE"/><sector code="12220" vocabulary="1"/></iati-activity></iati-activities>',
    );
    const { en, nl } = await both('import', 'iati', xml, '--out', join(tmp, 'i7'));
    expect(en.stdout).toContain('(IATI XML): 1 activity read;');
    expect(nl.stdout).toContain('(IATI XML): 1 activiteit gelezen;');
    const many = await both('import', '3w', threeW, '--out', join(tmp, 'i8'));
    expect(many.en.stdout).toContain('(3W CSV): 7 rows read;');
    expect(many.nl.stdout).toContain('(3W CSV): 7 rijen gelezen;');
  });
});

describe('summary counts of one', () => {
  it('validate and baseline: "1 warning" / "1 waarschuwing", "1 file" / "1 bestand"', async () => {
    const dir = join(repoRoot, 'tests/corpus/rtl-emoji-names');
    const v = await both('validate', dir);
    expect(v.en.stdout).toMatch(/\n\d+ rows: \d+ accepted, 0 rejected, 1 warning\.\n/);
    expect(v.nl.stdout).toMatch(/\n\d+ rijen: \d+ aanvaard, 0 afgewezen, 1 waarschuwing\.\n/);
    const survey = join(repoRoot, 'tests/corpus/survey-levels');
    const b = await both('baseline', survey, '--out', join(tmp, 'one-file'));
    expect(b.en.stdout).toContain('Input: 2 rows in 1 file, 0 rejected, 6 warnings.');
    expect(b.nl.stdout).toContain('Invoer: 2 rijen in 1 bestand, 0 afgewezen, 6 waarschuwingen.');
  });
});
