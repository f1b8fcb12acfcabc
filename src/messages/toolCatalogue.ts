/**
 * The sentences of the tools around the core, in English and Dutch: the importers (IATI, 3W), the
 * CLI (errors, `validate`, `baseline`, progress) and the redaction summary. Kept apart from the
 * core's catalogue (catalogue.ts) so the browser core does not carry them; the same template
 * rules ({@link fillTemplate}). `toolMessage` and `toolMessagesIn` take the keys of both.
 * @module
 */
import type { Lang } from '../lang.js';
import { fillTemplate, type MessageKey, type MessageParams, message } from './catalogue.js';

const EN = {
  'import.no_org_name': 'Row without an organisation name; skipped.',
  'import.country_option': 'country "{value}" is not a country name or ISO code.',
  'import.unknown_country_option':
    'Unknown country "{value}"; the country option or the row\'s p-code was used instead.',
  'import.no_theme_cluster':
    'No theme for cluster/sector "{value}"; written as is (the reader keeps it as a custom theme). Map it with the themeMap option.',
  'import.no_country_many':
    'No country for this row, and the file names {count} countries; skipped. Pass the `country` option.',
  'import.no_country':
    'No country for this row (no country column, no p-code with a country prefix); skipped. Pass the `country` option.',
  'import.unknown_type': 'Unknown organisation type "{value}"; typed "other".',
  'import.category_org':
    'The organisation "{value}" names a kind of organisation, not one; row skipped. Write the organisation\'s own name (a ministry, a district office) to keep it.',
  'import.no_org_column':
    'No organisation column found (HXL #org or a header such as "Organisation", "Org name", "impl_ag"); no member could be read.',
  'import.activity_no_member':
    'Activity without a member organisation (only funders, government bodies or no organisation); skipped.',
  'import.unknown_recipient': 'Unknown recipient country "{value}"; ignored.',
  'import.activity_again': 'Activity "{value}" occurs again; counted once.',
  'import.dac_unmapped':
    '{count} DAC code(s) map to no theme and no sector and were not used: {codes}. Map them with the themeMap option.',
  'import.untyped':
    '{count} member organisation(s) without a type were typed "other": {names}{more}. Pass orgTypes (see orgTypesFromCodelist).',
  'import.and_more': ', and {count} more',
  'import.not_placed':
    "{count} organisation(s) implement an activity in more than 3 countries that has more than 3 implementers and were not placed in its countries (the file does not say which implementer works where; the activity's themes still count for them): {names}{more}. Add their countries to geography.csv by hand.",
  'import.ref_only':
    '{count} member organisation(s) have no usable name in the file and are shown by their ref: {names}{more}. Name them with orgNames / --org-names (the ReportingOrganisation codelist) or the merge option.',
  'import.no_reporting_org':
    'No reporting-organisation column found (reporting_org_ref, reporting_org_name, reporting-org, ...); no member could be read.',
  'import.orgs_table_unusable': 'The organisations table has no activity_id or role column; it was not used.',
  'import.unknown_org_role':
    'Unknown organisation role "{value}" (use reporting, funding, accountable, extending, implementing or 1-4); left out.',
  'import.org_no_name': 'Organisation without a usable name or ref; left out.',
  'import.doctype':
    'A document type declaration (<!DOCTYPE ...>) is not accepted in an IATI file (no entities are expanded); reading stopped.',
  'import.bad_xml':
    'Not well-formed XML ({reason}); reading stopped. Activities before this point were read.',
  'import.no_activity':
    'No <iati-activity> element: this is not an IATI activity file (an IATI organisation file, or other XML).',
  'import.rows_suffix': '{message} ({count} rows)',
  'import.records_suffix': '{message} ({count} organisations)',
  'E_NO_MEMBERS.import': 'nothing usable in {file}: no organisation could be read; nothing was written.',
  'cli.error': 'error',
  'cli.unexpected': 'unexpected error: {message}\n(this is a bug; please report it with the command you ran)',
  'validate.kind': 'kind',
  'validate.header': 'encoding      delim  rows  accepted  rejected',
  'validate.file': 'file',
  'validate.tab': 'tab',
  'validate.totals': '{rows}: {accepted} accepted, {rejected} rejected, {warnings}.',
  'validate.rejected': 'Rejected:',
  'validate.warnings': 'Warnings:',
  'issue.did_you_mean': ' (did you mean "{suggestion}"?)',
  'baseline.headline': 'Synergy baseline: {members}, {countries}, {recommendations}.',
  'baseline.members.one': '{count} member',
  'baseline.members.many': '{count} members',
  'baseline.countries.one': '{count} country',
  'baseline.countries.many': '{count} countries',
  'baseline.recommendations.one': '{count} recommendation',
  'baseline.recommendations.many': '{count} recommendations',
  'baseline.input': 'Input: {rows} in {files}, {rejected} rejected, {warnings}.',
  'baseline.input_table': 'Input: {rows} of {file} ({used} used), {rejected} rejected, {warnings}.',
  'baseline.rows.one': '{count} row',
  'baseline.rows.many': '{count} rows',
  'baseline.activities.one': '{count} activity',
  'baseline.activities.many': '{count} activities',
  'baseline.files.one': '{count} file',
  'baseline.files.many': '{count} files',
  'baseline.warnings.one': '{count} warning',
  'baseline.warnings.many': '{count} warnings',
  'baseline.top': 'Top recommendations:',
  'baseline.score': 'score {score}',
  'baseline.rejected':
    'Rejected rows (fix these in the files; run "partner-synergy validate" for all of them):',
  'baseline.more': '  ... and {count} more',
  'baseline.written':
    'Written to {out}: baseline.json, report.md, report.html, the meeting pack (meeting-pack.md, meeting-pack.html) and CSV exports.',
  'baseline.redacted': 'Redacted: {parts}.',
  'redact.members.one': '{count} member opted out',
  'redact.members.many': '{count} members opted out',
  'redact.themes.one': '{count} theme removed',
  'redact.themes.many': '{count} themes removed',
  'redact.countries.one': '{count} country removed',
  'redact.countries.many': '{count} countries removed',
  'redact.rows': '{list} rows withheld',
  'redact.rows.expertise': '{count} expertise',
  'redact.rows.geography': '{count} geography',
  'redact.rows.sectors': '{count} sector',
  'redact.partners.one': '{count} local partner pseudonymised',
  'redact.partners.many': '{count} local partners pseudonymised',
  'redact.companies.one': '{count} company pseudonymised',
  'redact.companies.many': '{count} companies pseudonymised',
  'redact.texts.one': '{count} text blanked',
  'redact.texts.many': '{count} texts blanked',
  'redact.issues.one': '{count} input issue redacted',
  'redact.issues.many': '{count} input issues redacted',
  'word.and': ' and ',
  'progress.reading': 'reading and normalising',
  'progress.building': 'metrics, country views, recommendations',
  'progress.writing': 'writing reports',
  'progress.done': 'done',
  'import.kept_apart':
    '{count} organisations named "{name}" were kept apart ({why}: {ids}); they are written as "{name} (id)". Merge them with the merge option if they are one organisation.',
  'import.why_refs': 'different organisation refs',
  'import.why_acronyms': 'different acronyms',
  'import.xml_as_3w':
    '{file} is an XML file, not a 3W table (CSV); for an IATI activity file use "import iati".',
  'import.sheet_unknown': '{file} has no sheet "{sheet}"{suggestion}; its sheets: {sheets}.',
  'import.orgs.one': '{count} organisation',
  'import.orgs.many': '{count} organisations',
  'import.read_as_iati':
    '{file} is an IATI activity file, not partnership files: it was read as "import iati" reads it (members: {members}; what they work on is observed, not rated), and the reports\' sources are the lines of its activities. To choose the organisations or countries, or to see the import\'s warnings and the files it writes: {command}',
  'import.read_as_3w':
    '{file} is an OCHA 3W table, not partnership files: it was read as "import 3w" reads it (members: {members}; what they work on is observed, not rated), and the reports\' sources are its rows. To see the import\'s warnings and the files it writes, and edit them: {command}',
  'import.no_3w_sheet':
    'No sheet of {file} looks like a 3W table (a column of organisations and one of sectors or places); its sheets: {sheets}. Name the sheet with --sheet, or save the table as CSV.',
  'import.other_3w_sheets':
    'Read sheet "{sheet}" ({rows}); not read, though they also look like a 3W table: {others}. Choose another with --sheet.',
  'import.workbook_as_iati':
    '{file} is an Excel workbook; the IATI import reads the CSV export or the XML file: save the sheet as CSV (UTF-8).',
  'import.bad_json': 'Not valid JSON at line {line}, column {column}: {reason}. Nothing was read.',
  'import.iati3w_not_index':
    'Not an IATI3W organisation index: the JSON is not an object of organisation records; nothing was read.',
  'import.json_not_text': 'Not a text; ignored.',
  'import.json_not_counts': 'Not an object of counts; ignored.',
  'import.json_not_count': 'Not a count (a number of 0 or more); ignored.',
  'import.json_not_list': 'Not a list; ignored.',
  'import.iati3w_not_record': 'Not an organisation record (an object with "info"); skipped.',
  'import.iati3w_no_name': 'Organisation without a name; skipped.',
  'import.iati3w_no_activity': 'Organisation without any activity in the index; skipped.',
  'import.iati3w_category_org':
    'The name "{value}" names a kind of organisation (or hides it), not one; skipped.',
  'import.iati3w_unknown_scope':
    'Unknown scope "{value}" (local, regional, international or unknown); read as unknown.',
  'import.iati3w_dac_unmapped':
    'No theme for the DAC sector group "{value}" (activities without a humanitarian cluster); left out of expertise. Map it with the themeMap option.',
  'import.iati3w_partners_outside':
    'Partners of scope "{scope}" that are not organisations of the index: {count}; left out (only local partners are kept, as local partners).',
  'import.iati3w_partner_names':
    'Local partners outside the index without a name in the names table: {count}; written with a name made from their key (e.g. "{example}"). Pass the names table (--names) for their names.',
  'import.iati3w_funders_alone':
    'Organisations that mostly fund but fund no member of the index: {count} (e.g. "{example}"); not written. The fundersAsMembers option (--funders-as-members) makes them members.',
  'template.not_json': '{file} is not valid JSON: {reason}',
  'template.not_theme_list':
    '{file} is not a theme list (a JSON array of labels or of taxonomy entries as in data/taxonomies/themes.json): {reason}',
  'template.exists_one': '{paths} already exists; choose another --out or add --force to replace it.',
  'template.exists_many': '{paths} already exist; choose another --out or add --force to replace them.',
  'template.input_file':
    '{file} is an input file (--themes or --members); the template is never written over it.',
  'template.not_xlsx':
    '{file} does not end in .xlsx; name the workbook e.g. partnership.xlsx, or use --format csv for a folder of CSV files.',
  'template.is_file': '{file} is a file; --format csv writes a folder of CSV files.',
} as const;

/** A key of the tools' catalogue. */
export type ToolMessageKey = keyof typeof EN;

const NL: Readonly<Record<ToolMessageKey, string>> = {
  'import.no_org_name': 'Rij zonder naam van een organisatie; overgeslagen.',
  'import.country_option': 'Land "{value}" is geen landnaam of ISO-code.',
  'import.unknown_country_option':
    'Onbekend land "{value}"; in plaats daarvan is de optie country of de p-code van de rij gebruikt.',
  'import.no_theme_cluster':
    'Geen thema voor cluster/sector "{value}"; geschreven zoals het er staat (de lezer bewaart het als eigen thema). Koppel het met de optie themeMap.',
  'import.no_country_many':
    'Geen land voor deze rij, en het bestand noemt {count} landen; overgeslagen. Geef de optie `country` mee.',
  'import.no_country':
    'Geen land voor deze rij (geen kolom voor het land, geen p-code die met een land begint); overgeslagen. Geef de optie `country` mee.',
  'import.unknown_type': 'Onbekend organisatietype "{value}"; als "other" ingedeeld.',
  'import.category_org':
    'De organisatie "{value}" is een soort organisatie, geen organisatie; rij overgeslagen. Schrijf de naam van de organisatie zelf (een ministerie, een districtskantoor) om de rij te houden.',
  'import.no_org_column':
    'Geen kolom voor de organisatie gevonden (HXL #org of een kop zoals "Organisation", "Org name", "impl_ag"); er kon geen lid worden gelezen.',
  'import.activity_no_member':
    'Activiteit zonder lidorganisatie (alleen financiers, overheidsorganen of geen organisatie); overgeslagen.',
  'import.unknown_recipient': 'Onbekend ontvangend land "{value}"; genegeerd.',
  'import.activity_again': 'Activiteit "{value}" komt nogmaals voor; één keer geteld.',
  'import.dac_unmapped':
    '{count} DAC-code(s) horen bij geen thema en geen sector en zijn niet gebruikt: {codes}. Koppel ze met de optie themeMap.',
  'import.untyped':
    '{count} lidorganisatie(s) zonder type als "other" ingedeeld: {names}{more}. Geef orgTypes mee (zie orgTypesFromCodelist).',
  'import.and_more': ', en nog {count}',
  'import.not_placed':
    "{count} organisatie(s) voeren een activiteit uit in meer dan 3 landen met meer dan 3 uitvoerders en zijn niet in die landen geplaatst (het bestand zegt niet welke uitvoerder waar werkt; de thema's van de activiteit tellen wel voor hen): {names}{more}. Vul hun landen met de hand aan in geography.csv.",
  'import.ref_only':
    '{count} lidorganisatie(s) hebben geen bruikbare naam in het bestand en worden met hun ref getoond: {names}{more}. Geef ze een naam met orgNames / --org-names (de ReportingOrganisation-codelijst) of de optie merge.',
  'import.no_reporting_org':
    'Geen kolom voor de rapporterende organisatie gevonden (reporting_org_ref, reporting_org_name, reporting-org, ...); er kon geen lid worden gelezen.',
  'import.orgs_table_unusable':
    'De tabel met organisaties heeft geen kolom activity_id of role; ze is niet gebruikt.',
  'import.unknown_org_role':
    'Onbekende rol van een organisatie "{value}" (gebruik reporting, funding, accountable, extending, implementing of 1-4); weggelaten.',
  'import.org_no_name': 'Organisatie zonder bruikbare naam of ref; weggelaten.',
  'import.doctype':
    'Een documenttypedeclaratie (<!DOCTYPE ...>) wordt in een IATI-bestand niet aanvaard (er worden geen entiteiten uitgevouwen); het lezen is gestopt.',
  'import.bad_xml':
    'Geen goedgevormde XML ({reason}); het lezen is gestopt. De activiteiten tot dit punt zijn gelezen.',
  'import.no_activity':
    'Geen element <iati-activity>: dit is geen IATI-activiteitenbestand (maar een IATI-organisatiebestand of andere XML).',
  'import.rows_suffix': '{message} ({count} rijen)',
  'import.records_suffix': '{message} ({count} organisaties)',
  'E_NO_MEMBERS.import':
    'niets bruikbaars in {file}: er kon geen organisatie worden gelezen; er is niets geschreven.',
  'cli.error': 'fout',
  'cli.unexpected':
    'onverwachte fout: {message}\n(dit is een programmafout; meld die graag met de opdracht die je gaf)',
  'validate.kind': 'soort',
  'validate.header': 'codering      scheid rijen aanvaard afgewezen',
  'validate.file': 'bestand',
  'validate.tab': 'tab',
  'validate.totals': '{rows}: {accepted} aanvaard, {rejected} afgewezen, {warnings}.',
  'validate.rejected': 'Afgewezen:',
  'validate.warnings': 'Waarschuwingen:',
  'issue.did_you_mean': ' (bedoelde je "{suggestion}"?)',
  'baseline.headline': 'Synergie-nulmeting: {members}, {countries}, {recommendations}.',
  'baseline.members.one': '{count} lid',
  'baseline.members.many': '{count} leden',
  'baseline.countries.one': '{count} land',
  'baseline.countries.many': '{count} landen',
  'baseline.recommendations.one': '{count} aanbeveling',
  'baseline.recommendations.many': '{count} aanbevelingen',
  'baseline.input': 'Invoer: {rows} in {files}, {rejected} afgewezen, {warnings}.',
  'baseline.input_table': 'Invoer: {rows} van {file} ({used} gebruikt), {rejected} afgewezen, {warnings}.',
  'baseline.rows.one': '{count} rij',
  'baseline.rows.many': '{count} rijen',
  'baseline.activities.one': '{count} activiteit',
  'baseline.activities.many': '{count} activiteiten',
  'baseline.files.one': '{count} bestand',
  'baseline.files.many': '{count} bestanden',
  'baseline.warnings.one': '{count} waarschuwing',
  'baseline.warnings.many': '{count} waarschuwingen',
  'baseline.top': 'Belangrijkste aanbevelingen:',
  'baseline.score': 'score {score}',
  'baseline.rejected':
    'Afgewezen rijen (verbeter ze in de bestanden; "partner-synergy validate" toont ze allemaal):',
  'baseline.more': '  ... en nog {count}',
  'baseline.written':
    'Geschreven naar {out}: baseline.json, report.md, report.html, het vergaderpakket (meeting-pack.md, meeting-pack.html) en CSV-exports.',
  'baseline.redacted': 'Weggelaten: {parts}.',
  'redact.members.one': '{count} lid afgemeld',
  'redact.members.many': '{count} leden afgemeld',
  'redact.themes.one': '{count} thema verwijderd',
  'redact.themes.many': "{count} thema's verwijderd",
  'redact.countries.one': '{count} land verwijderd',
  'redact.countries.many': '{count} landen verwijderd',
  'redact.rows': 'rijen achtergehouden: {list}',
  'redact.rows.expertise': '{count} expertise',
  'redact.rows.geography': '{count} geografie',
  'redact.rows.sectors': '{count} sectoren',
  'redact.partners.one': '{count} lokale partner gepseudonimiseerd',
  'redact.partners.many': '{count} lokale partners gepseudonimiseerd',
  'redact.companies.one': '{count} bedrijf gepseudonimiseerd',
  'redact.companies.many': '{count} bedrijven gepseudonimiseerd',
  'redact.texts.one': '{count} tekst leeggemaakt',
  'redact.texts.many': '{count} teksten leeggemaakt',
  'redact.issues.one': '{count} invoermelding afgeschermd',
  'redact.issues.many': '{count} invoermeldingen afgeschermd',
  'word.and': ' en ',
  'progress.reading': 'lezen en normaliseren',
  'progress.building': 'maten, landenoverzichten, aanbevelingen',
  'progress.writing': 'rapporten schrijven',
  'progress.done': 'klaar',
  'import.kept_apart':
    '{count} organisaties met de naam "{name}" zijn apart gehouden ({why}: {ids}); ze zijn geschreven als "{name} (id)". Voeg ze samen met de optie merge als het één organisatie is.',
  'import.why_refs': 'verschillende organisatie-refs',
  'import.why_acronyms': 'verschillende afkortingen',
  'import.xml_as_3w':
    '{file} is een XML-bestand, geen 3W-tabel (CSV); gebruik "import iati" voor een IATI-activiteitenbestand.',
  'import.sheet_unknown': '{file} heeft geen werkblad "{sheet}"{suggestion}; de werkbladen: {sheets}.',
  'import.orgs.one': '{count} organisatie',
  'import.orgs.many': '{count} organisaties',
  'import.read_as_iati':
    '{file} is een IATI-activiteitenbestand, geen partnerschapsbestanden: het is gelezen zoals "import iati" dat doet (leden: {members}; waar ze aan werken is waargenomen, niet beoordeeld), en de bronnen in de rapporten zijn de regels van de activiteiten erin. De organisaties of landen kiezen, of de waarschuwingen van de import en de bestanden die ze schrijft zien: {command}',
  'import.read_as_3w':
    '{file} is een OCHA 3W-tabel, geen partnerschapsbestanden: de tabel is gelezen zoals "import 3w" dat doet (leden: {members}; waar ze aan werken is waargenomen, niet beoordeeld), en de bronnen in de rapporten zijn rijen van de tabel. De waarschuwingen van de import en de bestanden die ze schrijft zien en bewerken: {command}',
  'import.no_3w_sheet':
    'Geen werkblad van {file} lijkt op een 3W-tabel (een kolom met organisaties en een met sectoren of plaatsen); de werkbladen: {sheets}. Kies het werkblad met --sheet, of sla de tabel op als CSV.',
  'import.other_3w_sheets':
    'Werkblad "{sheet}" gelezen ({rows}); niet gelezen, hoewel ze ook op een 3W-tabel lijken: {others}. Kies een ander met --sheet.',
  'import.workbook_as_iati':
    '{file} is een Excel-werkmap; de IATI-import leest de CSV-export of het XML-bestand: sla het werkblad op als CSV (UTF-8).',
  'import.bad_json': 'Geen geldige JSON op regel {line}, kolom {column}: {reason}. Er is niets gelezen.',
  'import.iati3w_not_index':
    'Geen IATI3W-organisatie-index: de JSON is geen object met organisatierecords; er is niets gelezen.',
  'import.json_not_text': 'Geen tekst; genegeerd.',
  'import.json_not_counts': 'Geen object met aantallen; genegeerd.',
  'import.json_not_count': 'Geen aantal (een getal van 0 of meer); genegeerd.',
  'import.json_not_list': 'Geen lijst; genegeerd.',
  'import.iati3w_not_record': 'Geen organisatierecord (een object met "info"); overgeslagen.',
  'import.iati3w_no_name': 'Organisatie zonder naam; overgeslagen.',
  'import.iati3w_no_activity': 'Organisatie zonder enige activiteit in de index; overgeslagen.',
  'import.iati3w_category_org':
    'De naam "{value}" noemt een soort organisatie (of verbergt die), niet één organisatie; overgeslagen.',
  'import.iati3w_unknown_scope':
    'Onbekende reikwijdte "{value}" (local, regional, international of unknown); als unknown gelezen.',
  'import.iati3w_dac_unmapped':
    'Geen thema voor de DAC-sectorgroep "{value}" (activiteiten zonder humanitair cluster); weggelaten uit expertise. Koppel de groep aan een thema met de optie themeMap.',
  'import.iati3w_partners_outside':
    'Partners met reikwijdte "{scope}" die geen organisatie uit de index zijn: {count}; weggelaten (alleen lokale partners worden bewaard, als lokale partner).',
  'import.iati3w_partner_names':
    'Lokale partners buiten de index zonder naam in de namentabel: {count}; geschreven met een naam die uit hun sleutel is gemaakt (bijv. "{example}"). Geef de namentabel mee (--names) voor hun namen.',
  'import.iati3w_funders_alone':
    'Organisaties die vooral financieren maar geen lid uit de index financieren: {count} (bijv. "{example}"); niet geschreven. De optie fundersAsMembers (--funders-as-members) maakt ze lid.',
  'template.not_json': '{file} is geen geldige JSON: {reason}',
  'template.not_theme_list':
    '{file} is geen themalijst (een JSON-array van labels of van taxonomie-items zoals in data/taxonomies/themes.json): {reason}',
  'template.exists_one': '{paths} bestaat al; kies een andere --out of voeg --force toe om het te vervangen.',
  'template.exists_many': '{paths} bestaan al; kies een andere --out of voeg --force toe om ze te vervangen.',
  'template.input_file':
    '{file} is een invoerbestand (--themes of --members); de template wordt er nooit overheen geschreven.',
  'template.not_xlsx':
    '{file} eindigt niet op .xlsx; noem de werkmap bijvoorbeeld partnership.xlsx, of gebruik --format csv voor een map met CSV-bestanden.',
  'template.is_file': '{file} is een bestand; --format csv schrijft een map met CSV-bestanden.',
};

/**
 * The tools' catalogue, per language (each holds every {@link ToolMessageKey}).
 *
 * @example
 * TOOL_MESSAGES.nl['validate.rejected']; // => 'Afgewezen:'
 */
export const TOOL_MESSAGES: Readonly<Record<Lang, Readonly<Record<ToolMessageKey, string>>>> = Object.freeze({
  en: EN,
  nl: NL,
});

/** A key of either catalogue. */
export type AnyMessageKey = MessageKey | ToolMessageKey;

/**
 * One message of either catalogue in one language, its placeholders filled in.
 *
 * @param lang - 'en' or 'nl'
 * @param key - a key of the tools' catalogue or of the core's
 * @param params - the placeholder values
 * @example
 * toolMessage('en', 'validate.totals', { rows: 3, accepted: 2, rejected: 1, warnings: 0 });
 * // => '3 rows: 2 accepted, 1 rejected, 0 warnings.'
 * toolMessage('nl', 'noun.theme'); // => 'het thema'
 */
export function toolMessage(lang: Lang, key: AnyMessageKey, params: MessageParams = {}): string {
  const tools: Readonly<Record<string, string>> = lang === 'nl' ? NL : EN;
  return Object.hasOwn(tools, key)
    ? fillTemplate(tools[key]!, params)
    : message(lang, key as MessageKey, params);
}

/**
 * A function that renders messages of either catalogue in one language.
 *
 * @example
 * const t = toolMessagesIn('nl');
 * t('validate.warnings'); // => 'Waarschuwingen:'
 */
export type ToolTranslate = (key: AnyMessageKey, params?: MessageParams) => string;

/**
 * Both catalogues bound to one language.
 *
 * @example
 * toolMessagesIn('en')('progress.done'); // => 'done'
 */
export function toolMessagesIn(lang: Lang = 'en'): ToolTranslate {
  return (key, params = {}) => toolMessage(lang, key, params);
}
