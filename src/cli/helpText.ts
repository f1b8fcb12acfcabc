/**
 * The command line's own words in English and Dutch: command and option descriptions for
 * `--help`, commander's headings and the errors commander prints itself (unknown option, missing
 * argument, invalid choice). The language is the one named on the command line (`--lang nl`),
 * else the locale (see defaultLang).
 * @module
 */
import { type Command, Help, type Option } from 'commander';
import type { Lang } from '../lang.js';

const EN = {
  'program.description':
    'Synergy baselines for strategic partnerships: overlap, complementarity, in-country views and joint-activity recommendations.',
  'program.version': 'print the version number',
  'program.help': 'print help for the command',
  'program.helpCommand': 'print help for a command',
  'program.afterError': '(run with --help for usage)',
  'lang.default': '(default from LC_ALL/LC_MESSAGES/LANG: nl* gives nl)',
  'lang.reports': 'language of the reports and of every message',
  'lang.report': 'language of the report and of every message',
  'lang.output': 'language of the output and of every message',
  'lang.template': 'language of the sheets, columns, lists and messages',
  'common.strict': 'reject rows with warnings (fuzzy matches, custom categories, duplicates)',
  'common.maxBytes': 'largest input file accepted, in bytes',
  'common.format': 'output format',
  'baseline.description':
    'Read a directory of partnership CSVs (or an .xlsx workbook) and write baseline.json, CSV exports, report.md and report.html.',
  'baseline.dir':
    'directory with members.csv and optionally expertise.csv, geography.csv, sectors.csv, companies.csv or a survey export; or an .xlsx workbook (or a directory holding one)',
  'baseline.out': 'directory to write the outputs to (created if missing)',
  'baseline.top': 'recommendations shown in the reports',
  'baseline.title':
    'title of the reports, e.g. "Dutch Relief Alliance: synergy baseline 2026" (default "Partnership synergy baseline")',
  'baseline.weights': 'weights, e.g. geography=0.7,sectors=0.3,office=1,network=0.1,area=0.5,observed=0.6',
  'baseline.weighting': 'specialisation: categories nearly everyone has count less',
  'baseline.focusThemes': 'focus themes for coverage gaps, e.g. "living wage; gbv"',
  'baseline.focusCountries':
    'only recommendations in these countries (names or ISO codes), e.g. "Kenya; Uganda; TZ"',
  'baseline.redactPartners': 'replace local partner names by "Partner 1", "Partner 2", ...',
  'baseline.redactCompanies':
    'replace company names by "Company 1", "Company 2", ... ("Bedrijf 1" with --lang nl)',
  'baseline.redactThemes': 'remove these themes from every output, e.g. "gbv; freedom of association"',
  'baseline.redactCountries': 'remove these countries from every output, e.g. "Myanmar, KH"',
  'baseline.optOut': 'members (ids) whose data is left out of every output',
  'baseline.matrices':
    "matrices in baseline.json and CSV: full N x N, each member's top partners, or auto (full up to 200 members)",
  'baseline.matricesTop': 'partners listed per member when matrices are top',
  'baseline.maxMembers': 'largest partnership accepted (default {max})',
  'baseline.maxPerPair': 'items one pair of members may have in the top 15 recommendations (default 2)',
  'baseline.timings': 'print the time of each stage to stderr',
  'validate.description':
    'Check partnership CSVs: per file rows, accepted and rejected, each problem with its location. Exits 1 when a row was rejected.',
  'validate.dir': 'directory (or one CSV file or .xlsx workbook) to check',
  'coalition.description':
    'Find the smallest set of members that covers the given themes in a country and/or sector.',
  'coalition.dir': 'directory with the partnership CSVs, or an .xlsx workbook',
  'coalition.themes': 'themes to cover (labels or ids), e.g. "living wage, gbv"',
  'coalition.country': 'country (name or ISO code); members present there are preferred',
  'coalition.sector': 'sector (label or id); members with a network in it are preferred',
  'coalition.maxSize': 'largest coalition allowed (number of members)',
  'coalition.maxMembers': 'deprecated name of --max-size',
  'coalition.minLevel': 'lowest expertise level (1-5) that covers a theme',
  'coalition.evidence':
    'what covers a theme: a rated level (rated), also activity seen in 3W/IATI data (observed), or auto: observed when nothing is rated',
  'import.description':
    "Turn an IATI activity file (CSV export or the standard's XML), an OCHA 3W table (CSV or .xlsx workbook) or the IATI3W organisation index (org-index.json) into members.csv, expertise.csv, geography.csv, sectors.csv and funders.csv (plus merges.json: organisation names that were merged).",
  'import.kind': 'iati, 3w or iati3w',
  'import.file': 'the CSV export, an IATI XML file, a 3W workbook (.xlsx), or the IATI3W org-index.json',
  'import.out': 'directory to write the CSVs to',
  'import.orgs': 'IATI: only these member organisations, refs or names (separated by ; or ,)',
  'import.orgPrefix': 'IATI: only member organisations whose ref starts with this, e.g. NL-',
  'import.organisations':
    "IATI CSV: table of each activity's organisations (activity_id, org_ref, org_name, role, org_type)",
  'import.orgTypes': 'IATI: the ReportingOrganisation codelist CSV, for organisation types',
  'import.orgNames': "IATI: the ReportingOrganisation codelist CSV, for publishers' official names",
  'import.fundersAsMembers':
    'IATI: make funders and government bodies members too; IATI3W: organisations that mostly fund',
  'import.country':
    '3W: country of rows without a country column, e.g. AF; IATI3W: the country of the index (default SO)',
  'import.names':
    'IATI3W: table of partner names (columns stub and name, e.g. org-stubs.derived.csv), for partners outside the index',
  'import.sheet':
    '3W workbook (.xlsx): the sheet to read (default: the largest sheet that looks like a 3W table)',
  'import.countries':
    'IATI: only these recipient countries in geography.csv (names or ISO codes), e.g. "Kenya; Uganda; TZ"',
  'diff.description':
    'Compare two baseline.json files (e.g. last year and this year): members joined and left, presence, expertise, synergy, recommendations new, dropped and still open.',
  'diff.old': 'the earlier baseline.json',
  'diff.new': 'the later baseline.json',
  'diff.out': 'also write diff.md, diff.html and diff.json there',
  'diff.top': 'largest rises and falls listed per metric',
  'diff.maxBytes': 'largest baseline.json accepted, in bytes',
  'template.description':
    'Write the data-collection template: an Excel workbook with an instruction sheet, one sheet per dimension and drop-down lists (or, with --format csv, a folder of CSV files with a README).',
  'template.out': 'the workbook to write (e.g. partnership.xlsx), or the folder for --format csv',
  'template.themes': 'themes to offer: a JSON taxonomy or a text file with one theme per line',
  'template.members': 'a members CSV or workbook whose members are filled in',
  'template.format': 'xlsx (one workbook) or csv (a folder)',
  'template.force': 'replace files that exist',
} as const;

/** A key of the command line's help texts. */
export type HelpKey = keyof typeof EN;

const NL: Readonly<Record<HelpKey, string>> = {
  'program.description':
    'Synergie-nulmetingen voor strategische partnerschappen: overlap, complementariteit, landenoverzichten en aanbevelingen voor gezamenlijke activiteiten.',
  'program.version': 'toon het versienummer',
  'program.help': 'toon de uitleg bij het commando',
  'program.helpCommand': 'toon de uitleg bij een commando',
  'program.afterError': '(gebruik --help voor uitleg)',
  'lang.default': '(standaard uit LC_ALL/LC_MESSAGES/LANG: nl* geeft nl)',
  'lang.reports': 'taal van de rapporten en van elke melding',
  'lang.report': 'taal van het verslag en van elke melding',
  'lang.output': 'taal van de uitvoer en van elke melding',
  'lang.template': 'taal van de tabbladen, kolommen, lijsten en meldingen',
  'common.strict':
    'rijen met waarschuwingen afwijzen (bijna gelijke waarden, eigen categorieën, dubbele rijen)',
  'common.maxBytes': 'grootste invoerbestand dat wordt geaccepteerd, in bytes',
  'common.format': 'uitvoerformaat',
  'baseline.description':
    'Lees een map met CSV-bestanden van het partnerschap (of een .xlsx-werkmap) en schrijf baseline.json, CSV-exports, report.md en report.html.',
  'baseline.dir':
    'map met members.csv en eventueel expertise.csv, geography.csv, sectors.csv, companies.csv of een enquête-export; of een .xlsx-werkmap (of een map met een werkmap)',
  'baseline.out': 'map waarin de uitvoer wordt geschreven (wordt aangemaakt als die ontbreekt)',
  'baseline.top': 'aantal aanbevelingen in de rapporten',
  'baseline.title':
    'titel van de rapporten, bijv. "Dutch Relief Alliance: synergie-nulmeting 2026" (standaard "Synergie-nulmeting van het partnerschap")',
  'baseline.weights': 'gewichten, bijv. geography=0.7,sectors=0.3,office=1,network=0.1,area=0.5,observed=0.6',
  'baseline.weighting': 'specialisation: categorieën die bijna iedereen heeft tellen minder',
  'baseline.focusThemes': 'focusthema\'s voor ontbrekende expertise, bijv. "living wage; gbv"',
  'baseline.focusCountries':
    'alleen aanbevelingen in deze landen (namen of ISO-codes), bijv. "Kenia; Oeganda; TZ"',
  'baseline.redactPartners': 'vervang namen van lokale partners door "Partner 1", "Partner 2", ...',
  'baseline.redactCompanies': 'vervang bedrijfsnamen door "Bedrijf 1", "Bedrijf 2", ...',
  'baseline.redactThemes': 'laat deze thema\'s weg uit alle uitvoer, bijv. "gbv; freedom of association"',
  'baseline.redactCountries': 'laat deze landen weg uit alle uitvoer, bijv. "Myanmar, KH"',
  'baseline.optOut': 'leden (ids) van wie de gegevens uit alle uitvoer worden weggelaten',
  'baseline.matrices':
    'matrices in baseline.json en CSV: volledig N x N, per lid de sterkste partners, of auto (volledig tot 200 leden)',
  'baseline.matricesTop': 'aantal partners per lid als de matrices top zijn',
  'baseline.maxMembers': 'grootste partnerschap dat wordt geaccepteerd (standaard {max})',
  'baseline.maxPerPair':
    'aantal items dat één paar leden in de top 15 aanbevelingen mag hebben (standaard 2)',
  'baseline.timings': 'toon de tijd van elke stap op stderr',
  'validate.description':
    'Controleer de CSV-bestanden van een partnerschap: per bestand de rijen, geaccepteerd en afgewezen, elk probleem met zijn plaats. Eindigt met code 1 als een rij is afgewezen.',
  'validate.dir': 'te controleren map (of één CSV-bestand of .xlsx-werkmap)',
  'coalition.description':
    "Zoek de kleinste groep leden die de gevraagde thema's dekt in een land en/of sector.",
  'coalition.dir': 'map met de CSV-bestanden van het partnerschap, of een .xlsx-werkmap',
  'coalition.themes': 'te dekken thema\'s (labels of ids), bijv. "living wage, gbv"',
  'coalition.country': 'land (naam of ISO-code); leden die daar aanwezig zijn gaan voor',
  'coalition.sector': 'sector (label of id); leden met een netwerk daarin gaan voor',
  'coalition.maxSize': 'grootste toegestane coalitie (aantal leden)',
  'coalition.maxMembers': 'oude naam van --max-size',
  'coalition.minLevel': 'laagste expertiseniveau (1-5) dat een thema dekt',
  'coalition.evidence':
    'wat een thema dekt: een gegeven niveau (rated), ook activiteit gezien in 3W/IATI-gegevens (observed), of auto: observed als niets beoordeeld is',
  'import.description':
    'Zet een IATI-activiteitenbestand (CSV-export of de XML van de standaard), een OCHA 3W-tabel (CSV of .xlsx-werkmap) of de IATI3W-organisatie-index (org-index.json) om in members.csv, expertise.csv, geography.csv, sectors.csv en funders.csv (plus merges.json: de organisatienamen die zijn samengevoegd).',
  'import.kind': 'iati, 3w of iati3w',
  'import.file': 'de CSV-export, een IATI XML-bestand, een 3W-werkmap (.xlsx) of de IATI3W org-index.json',
  'import.out': 'map waarin de CSV-bestanden worden geschreven',
  'import.orgs': 'IATI: alleen deze lidorganisaties, refs of namen (gescheiden door ; of ,)',
  'import.orgPrefix': 'IATI: alleen lidorganisaties waarvan de ref hiermee begint, bijv. NL-',
  'import.organisations':
    'IATI CSV: tabel met de organisaties van elke activiteit (activity_id, org_ref, org_name, role, org_type)',
  'import.orgTypes': 'IATI: de ReportingOrganisation-codelijst (CSV), voor organisatietypes',
  'import.orgNames': 'IATI: de ReportingOrganisation-codelijst (CSV), voor de officiële namen van publishers',
  'import.fundersAsMembers':
    'IATI: maak financiers en overheidsinstanties ook lid; IATI3W: organisaties die vooral financieren',
  'import.country':
    '3W: land van rijen zonder landkolom, bijv. AF; IATI3W: het land van de index (standaard SO)',
  'import.names':
    'IATI3W: tabel met partnernamen (kolommen stub en name, bijv. org-stubs.derived.csv), voor partners buiten de index',
  'import.sheet':
    '3W-werkmap (.xlsx): het werkblad dat gelezen wordt (standaard: het grootste werkblad dat op een 3W-tabel lijkt)',
  'import.countries':
    'IATI: alleen deze ontvangende landen in geography.csv (namen of ISO-codes), bijv. "Kenia; Oeganda; TZ"',
  'diff.description':
    'Vergelijk twee baseline.json-bestanden (bijv. vorig jaar en dit jaar): leden erbij en eraf, aanwezigheid, expertise, synergie, aanbevelingen nieuw, vervallen en nog open.',
  'diff.old': 'de eerdere baseline.json',
  'diff.new': 'de latere baseline.json',
  'diff.out': 'schrijf daar ook diff.md, diff.html en diff.json',
  'diff.top': 'aantal grootste stijgers en dalers per maat',
  'diff.maxBytes': 'grootste baseline.json die wordt geaccepteerd, in bytes',
  'template.description':
    'Schrijf het sjabloon voor de gegevensverzameling: een Excel-werkmap met een instructieblad, één blad per dimensie en keuzelijsten (of, met --format csv, een map met CSV-bestanden en een README).',
  'template.out': 'de te schrijven werkmap (bijv. partnership.xlsx), of de map bij --format csv',
  'template.themes': "aan te bieden thema's: een JSON-taxonomie of een tekstbestand met één thema per regel",
  'template.members': 'een leden-CSV of werkmap waarvan de leden worden ingevuld',
  'template.format': 'xlsx (één werkmap) of csv (een map)',
  'template.force': 'bestaande bestanden vervangen',
};

/**
 * The help texts in one language.
 *
 * @example
 * helpTexts('nl')['template.force']; // => 'bestaande bestanden vervangen'
 */
export function helpTexts(lang: Lang): Readonly<Record<HelpKey, string>> {
  return lang === 'nl' ? NL : EN;
}

const HEADINGS_NL: Readonly<Record<string, string>> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': "Commando's:",
};

/** Commander's own error lines and their Dutch forms (the captured parts are kept). */
const ERRORS_NL: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.*)'$/m, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.*)'$/m, "fout: onbekend commando '$1'"],
  [/^error: required option '(.*)' not specified$/m, "fout: verplichte optie '$1' ontbreekt"],
  [/^error: missing required argument '(.*)'$/m, "fout: verplicht argument '$1' ontbreekt"],
  [/^error: option '(.*)' argument missing$/m, "fout: bij optie '$1' ontbreekt de waarde"],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/m,
    "fout: waarde '$2' van optie '$1' is ongeldig. Toegestaan: $3.",
  ],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/m,
    "fout: te veel argumenten voor '$1'. Verwacht: $2, gekregen: $3.",
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/m,
    'fout: te veel argumenten. Verwacht: $1, gekregen: $2.',
  ],
  [/\(Did you mean (.*)\?\)/, '(Bedoelde je $1?)'],
];

/**
 * Commander's own error text in the given language (English is returned as it is).
 *
 * @example
 * commanderText('nl', "error: unknown option '--toop'\n(Did you mean --top?)\n");
 * // => "fout: onbekende optie '--toop'\n(Bedoelde je --top?)\n"
 */
export function commanderText(lang: Lang, text: string): string {
  if (lang !== 'nl') return text;
  return ERRORS_NL.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), text);
}

/**
 * Commander's help layout with its headings and the "(choices: ..., default: ...)" notes in the
 * given language.
 *
 * @example
 * program.configureHelp(helpLayout('nl'));
 */
export function helpLayout(lang: Lang): Partial<Help> {
  if (lang !== 'nl') return {};
  return {
    styleTitle: (title: string) => HEADINGS_NL[title] ?? title,
    commandUsage(cmd: Command): string {
      return Help.prototype.commandUsage
        .call(this as Help, cmd)
        .replace('[options]', '[opties]')
        .replace('[command]', '[commando]');
    },
    subcommandTerm(cmd: Command): string {
      return Help.prototype.subcommandTerm
        .call(this as Help, cmd)
        .replace('[options]', '[opties]')
        .replace('[command]', '[commando]');
    },
    optionDescription(option: Option): string {
      return Help.prototype.optionDescription
        .call(this as Help, option)
        .replace(/\(choices: /, '(keuzes: ')
        .replace(/default: /, 'standaard: ');
    },
  };
}
