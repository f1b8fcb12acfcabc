/**
 * The message catalogue of the core: every sentence of the ingestion issues (validation,
 * warnings) and of the core's errors, in English and Dutch, keyed by a stable message key
 * (`<issue code>.<variant>` for ingestion issues). The issue codes never change with the
 * language; only the text does. Browser-safe: plain data and one formatter.
 *
 * Templates hold `{name}` placeholders; `{Name}` (capitalised) inserts the same parameter with its
 * first letter in upper case, so a Dutch sentence may start with a parameter ("Het thema ...").
 * Nouns a sentence names (`noun.*`) carry their article in Dutch ("het thema", "de sector"),
 * because the Dutch article depends on the noun.
 * @module
 */
import type { Lang } from '../country/labels.js';

const EN = {
  // Nouns that sentences name. English: bare; Dutch: with the article.
  'noun.member': 'member',
  'noun.theme': 'theme',
  'noun.sector': 'sector',
  'noun.country': 'country',
  'noun.organisation_name': 'organisation name',
  'noun.organisation_type': 'organisation type',
  'noun.role': 'role',
  'noun.scope': 'scope',
  'noun.network_kind': 'network kind',
  'noun.evidence_kind': 'evidence kind (rated or observed)',
  'noun.presence': 'presence',
  'noun.engagement_driver': 'engagement driver',
  'noun.company_name': 'company name',
  'noun.funder_name': 'funder name',
  'noun.funder_role': 'funder role (funding, extending or accountable)',
  'noun.focus_theme': 'focus theme',
  'noun.recommendation_kind': 'recommendation kind',
  'noun.search_hit_kind': 'kind of search hit',
  'word.or': ' or ',

  // Row reading (normalise).
  'missing_value.required': 'The {what} is empty; every row needs one.',
  'missing_value.defaulted': '{What} is empty; using "{fallback}".',
  'invalid_area.cannot_read':
    'Area "{path}" cannot be read: {reason}. Write "Name", "Name (PCODE)", a p-code, or "Province > District".',
  'invalid_area.empty_level': 'an area path has an empty level',
  'invalid_area.too_deep': 'an area path has more than {max} levels',
  'invalid_area.no_letters': '"{text}" has no letters or digits',
  'self_reference.works_with': '"{value}" is the member itself; left out of the members it works with.',
  'unknown_member.left_out': 'No member is called "{value}"; left out.',
  'self_reference.left_out': '"{value}" is the member itself, not a local partner; left out.',
  'invalid_year.left_empty': '"{value}" is not a year (1900-2100); left empty.',
  'missing_value.level':
    'The level is empty; every rated row needs one (write evidence "observed" for activity without a rating).',
  'missing_value.no_wide_level': 'No level given for "{value}"; using {level}.',
  'missing_value.partner_country': 'Local partner "{value}" has no country; write it as "{value} (Country)".',
  'missing_value.no_value': '"{value}" stands for no value; every row needs a {what}.',
  'file.input': '(input)',
  'missing_value.no_members':
    'No members were read: add a members.csv (id, name, type, country, role) or a survey export with a name column.',
  'fuzzy_match.read_as': 'Read {what} "{value}" as "{shown}" (close match); fix the file if that is wrong.',
  'ambiguous_value.could_be': 'The {what} "{value}" could be {options}; write it in full.',
  'unknown.value': 'Unknown {what} "{value}".',
  'unknown.no_letters': '"{value}" is not a {what}: it has no letters or digits.',
  'hint.did_you_mean': ' Did you mean "{suggestion}"?',
  'options.unknown_key': 'Unknown option {option}.{hint} Known options: {known}.',
  'options.known': ' Known: {known}.',
  'focus.could_be': ' It could be {options}.',
  'strict.suffix': '{message} (strict mode)',
  'custom_category.theme': '"{value}" is not a known theme; kept as a custom theme.',
  'custom_category.sector': '"{value}" is not a known sector; kept as a custom sector.',
  'invalid_level.range':
    'Level "{value}" is not a whole number from 0 to 5 or one of none, basic, intermediate, advanced, expert (geen, basis, gemiddeld, gevorderd, expert).',
  'invalid_level.observed':
    'Level "{value}" left out: the row\'s evidence is "observed", which has no rating. Write evidence "rated" to keep the level.',
  'invalid_strength.range': 'Strength "{value}" is not a whole number from 1 to 5.',
  'invalid_strength.empty': 'Strength is empty; using {fallback}.',
  'invalid_activities.count': '"{value}" is not a whole number of activities (0 or more); left empty.',
  'invalid_area.no_country':
    'Area "{value}" has no country; write the country of the area in the country column.',
  'invalid_type.empty': 'Organisation type is empty; using "other".',
  'invalid_type.unknown':
    'Unknown organisation type "{value}"; using "other". Use ngo, union, company, knowledge, government, un or other.',
  'invalid_type.funder': 'Unknown funder type "{value}"; left empty.',
  'invalid_role.unknown': 'Unknown role "{value}"; using "member". Use lead, member or local_partner.',
  'invalid_scope.unknown': 'Unknown scope "{value}"; left empty. Use international, national or local.',
  'unknown_country.headquarters': 'Unknown headquarters country "{value}"; left empty.',
  'lookalike_id.oddity':
    'Member id "{value}" contains {oddity}, so it can look like another id and not match it. Retype it in plain letters and digits.',
  'lookalike.invisible_one': 'an invisible or control character ({list})',
  'lookalike.invisible_many': 'invisible or control characters ({list})',
  'lookalike.scripts': 'letters of two scripts ({first} and {second})',
  'script.latin': 'Latin',
  'script.cyrillic': 'Cyrillic',
  'script.greek': 'Greek',
  'lookalike_id.same':
    'Member id "{value}" looks the same as "{other}" ({file} line {line}) but is another id; data rows may be credited to the wrong one. Use one spelling, or make the ids visibly different.',
  'rejected_member.refers':
    '"{value}" refers to the member row "{id}" ({name}) of {file} line {line}, which was rejected because "{keptBy}" has that id; the row is not credited to "{keptBy}". Give that member its own id, then use it here.',
  'duplicate_member.id_taken':
    'Member id "{value}" is already used by "{name}" ({file} line {line}); give each member its own id.',
  'duplicate_member.merged': 'Member "{name}" is listed twice; the rows were merged.',
  'duplicate_member.merged_into': 'Member "{name}" is listed twice; the rows were merged into "{id}".',
  'duplicate_member.strict':
    'Member "{name}" is listed twice; only one row is read in strict mode (strict mode).',
  'member_conflict.differs':
    'Member "{id}" is listed more than once with a different {field}: "{value}" here, "{chosen}" used ({rule}), whatever the row order. Make the rows agree.',
  'duplicate_row.merged': 'Duplicate of {file} line {line} ({record}); merged: {rule}.',
  'rule.expertise': 'the highest level wins',
  'rule.geography': 'the strongest presence wins and local partners are combined',
  'rule.sectors': 'the highest strength wins and companies are combined',
  'rule.funders': 'the highest activity count is kept',
  'rule.focus': 'one focus theme',
  'rule.member_type': 'the specific type before "other", then the alphabetically first',
  'rule.member_country': 'a country before none, then the alphabetically first code',
  'rule.member_scope': 'a scope before none, then the alphabetically first',
  'rule.member_role': 'the highest role (lead, member, local_partner)',
  'rule.member_extra': 'the alphabetically first value',
  'wide.item_skipped': 'Item "{value}" skipped: {message}',
  'wide.strength_range': 'Strength "{value}" is not from 1 to 5.',
  'fileKind.members': 'members',
  'fileKind.expertise': 'expertise',
  'fileKind.geography': 'geography',
  'fileKind.sectors': 'sectors',
  'fileKind.companies': 'companies',
  'fileKind.funders': 'funders',
  'fileKind.focus': 'focus themes',
  'fileKind.wide': 'survey export (one row per member)',
  'fileKind.unknown': 'not recognised',
  'missing_column.file': 'The {kind} file has no {columns} column (header: {header}).',
  'unknown_file.name':
    'Cannot tell what "{name}" contains: name it members.csv, expertise.csv, geography.csv, sectors.csv, companies.csv, funders.csv or focus.csv (or Dutch leden, expertise, landen, sectoren, bedrijven, financiers, speerpunten), or use the documented column names.',
  'unknown_column.not_used': 'Column(s) not used for {kind}: {columns}.',
  'place_not_present.country':
    '{member} works on {theme} in {country} by this row, but no geography row places {member} in {country}; the theme shows in no view of {country} until a geography row says how {member} is present there.',
  'place_not_present.areas':
    '{member} works on {theme} in {areas} ({country}) by this row, but no geography row places {member} there; the theme shows in no view of those areas until a geography row does.',

  // Reading a table (ingest).
  'encoding_fallback.windows1252':
    'The file is not valid UTF-8; it was read as Windows-1252 (Excel on Windows). Check accented letters, or save it as "CSV UTF-8".',
  'unterminated_quote.line':
    'A double quote opened on this line is never closed; the line was not read and reading resumed on the next line. Close the quote or double it ("") inside the value.',
  'title_row_skipped.title':
    'This row holds a title (one filled cell above the header), not data; it was skipped.',
  'repeated_header.row':
    'This row repeats the header of line {line} (two exports pasted together?); it is not data and was not read.',
  'binary_content.nul': 'The row contains a NUL character (binary data); it was not read.',
  'ragged_row.cells':
    'The row has {cells} cells but the header has {width} columns; expected at most {width} (the extra cells are not empty). Check for an unquoted "{delimiter}" inside a value.',
  'duplicate_header.renamed':
    'Column name "{name}" occurs more than once; this column was renamed "{renamed}" and is not read as "{name}".',
  'empty_file.empty': '{file} is empty: no header and no rows.',
  'empty_file.no_header': '{file} has no readable header row.',
  'empty_file.no_rows': '{file} has a header but no data rows.',
  'trailing_columns_dropped.count': '{count} empty column(s) without a name at the right edge were ignored.',
  'hxl_row_skipped.row': 'This row holds HXL hashtags (#org, #country, ...), not data; it was skipped.',
  'invalid_utf8.bytes':
    'Byte(s) {bytes} at byte {columns} of this line are not UTF-8, although the rest of the file is; they show as "\uFFFD". Retype the character, or save the file as "CSV UTF-8".',
  'invalid_utf8.more':
    '{count} more invalid UTF-8 sequence(s) after the lines listed; each shows as "\uFFFD". Save the file as "CSV UTF-8".',

  // Errors (PartnerSynergyError codes).
  'E_NO_MEMBERS.baseline':
    'No members were read, so there is no baseline to build. Add a members.csv (id, name, type, country, role).',
  'E_LIMIT.max_members':
    '{count} members is more than the limit of {max} (maxMembers): a baseline compares every pair of members ({count} x {count}). Raise it with --max-members {count} (CLI) or the option { maxMembers: {count} }, or use topSynergyPartners for very large networks.',

  // Options that name a theme, sector or country (coalition request, redaction).
  'option.empty': 'an empty {what} was given.',
  'option.unknown': 'unknown {what} "{value}".{hint}',
  'option.ambiguous': '{what} "{value}" is ambiguous: it could be {options}.',
  'option.hint_label': ' Did you mean "{label}" ({id})?',
  'option.hint_country': ' Did you mean {label} ({id})?',
  'redact.unknown_theme': 'cannot redact unknown theme "{value}".{hint}',
  'redact.unknown_member': 'cannot opt out unknown member "{value}".{hint} Members: {ids}.',
  'redact.hint_member': ' Did you mean {id}?',
  'redact.company_pseudonym': 'Company {n}',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof EN;

const NL: Readonly<Record<MessageKey, string>> = {
  'noun.member': 'het lid',
  'noun.theme': 'het thema',
  'noun.sector': 'de sector',
  'noun.country': 'het land',
  'noun.organisation_name': 'de organisatienaam',
  'noun.organisation_type': 'het organisatietype',
  'noun.role': 'de rol',
  'noun.scope': 'het bereik',
  'noun.network_kind': 'de soort netwerk',
  'noun.evidence_kind': 'de soort onderbouwing (rated of observed)',
  'noun.presence': 'de aanwezigheid',
  'noun.engagement_driver': 'de drijfveer',
  'noun.company_name': 'de bedrijfsnaam',
  'noun.funder_name': 'de naam van de financier',
  'noun.funder_role': 'de rol van de financier (funding, extending of accountable)',
  'noun.focus_theme': 'het speerpuntthema',
  'noun.recommendation_kind': 'het soort aanbeveling',
  'noun.search_hit_kind': 'het soort zoekresultaat',
  'word.or': ' of ',

  'missing_value.required': '{What} is leeg; elke rij heeft er een nodig.',
  'missing_value.defaulted': '{What} is leeg; "{fallback}" gebruikt.',
  'invalid_area.cannot_read':
    'Gebied "{path}" is niet te lezen: {reason}. Schrijf "Naam", "Naam (PCODE)", een p-code of "Provincie > District".',
  'invalid_area.empty_level': 'een niveau van het gebiedspad is leeg',
  'invalid_area.too_deep': 'het gebiedspad heeft meer dan {max} niveaus',
  'invalid_area.no_letters': '"{text}" bevat geen letters of cijfers',
  'self_reference.works_with': '"{value}" is het lid zelf; weggelaten uit de leden waarmee het samenwerkt.',
  'unknown_member.left_out': 'Geen lid heet "{value}"; weggelaten.',
  'self_reference.left_out': '"{value}" is het lid zelf, geen lokale partner; weggelaten.',
  'invalid_year.left_empty': '"{value}" is geen jaartal (1900-2100); leeg gelaten.',
  'missing_value.level':
    'Het niveau is leeg; elke beoordeelde rij heeft er een nodig (schrijf onderbouwing "observed" voor activiteit zonder beoordeling).',
  'missing_value.no_wide_level': 'Geen niveau opgegeven voor "{value}"; {level} gebruikt.',
  'missing_value.partner_country': 'Lokale partner "{value}" heeft geen land; schrijf "{value} (Land)".',
  'missing_value.no_value': '"{value}" betekent geen waarde; elke rij heeft {what} nodig.',
  'file.input': '(invoer)',
  'missing_value.no_members':
    'Er zijn geen leden gelezen: voeg een members.csv (id, name, type, country, role) toe of een enquête-export met een kolom voor de naam.',
  'fuzzy_match.read_as':
    '{What} "{value}" gelezen als "{shown}" (bijna gelijk); verbeter het bestand als dat niet klopt.',
  'ambiguous_value.could_be': '{What} "{value}" kan {options} zijn; schrijf het volledig uit.',
  'unknown.value': '{What} "{value}" is onbekend.',
  'unknown.no_letters': '"{value}" is geen geldige waarde voor {what}: er staan geen letters of cijfers in.',
  'hint.did_you_mean': ' Bedoelde je "{suggestion}"?',
  'options.unknown_key': 'Onbekende optie {option}.{hint} Bekende opties: {known}.',
  'options.known': ' Bekend: {known}.',
  'focus.could_be': ' Het kan {options} zijn.',
  'strict.suffix': '{message} (strikte modus)',
  'custom_category.theme': '"{value}" is geen bekend thema; bewaard als eigen thema.',
  'custom_category.sector': '"{value}" is geen bekende sector; bewaard als eigen sector.',
  'invalid_level.range':
    'Niveau "{value}" is geen geheel getal van 0 tot en met 5 en geen van geen, basis, gemiddeld, gevorderd, expert (none, basic, intermediate, advanced, expert).',
  'invalid_level.observed':
    'Niveau "{value}" weggelaten: de onderbouwing van de rij is "observed" (waargenomen), en die heeft geen beoordeling. Schrijf onderbouwing "rated" om het niveau te houden.',
  'invalid_strength.range': 'Sterkte "{value}" is geen geheel getal van 1 tot en met 5.',
  'invalid_strength.empty': 'Sterkte is leeg; {fallback} gebruikt.',
  'invalid_activities.count': '"{value}" is geen geheel aantal activiteiten (0 of meer); leeg gelaten.',
  'invalid_area.no_country':
    'Gebied "{value}" heeft geen land; schrijf het land van het gebied in de kolom voor het land.',
  'invalid_type.empty': 'Organisatietype is leeg; "other" gebruikt.',
  'invalid_type.unknown':
    'Onbekend organisatietype "{value}"; "other" gebruikt. Gebruik ngo, union, company, knowledge, government, un of other.',
  'invalid_type.funder': 'Onbekend type financier "{value}"; leeg gelaten.',
  'invalid_role.unknown':
    'Onbekende rol "{value}"; "member" gebruikt. Gebruik lead, member of local_partner.',
  'invalid_scope.unknown':
    'Onbekend bereik "{value}"; leeg gelaten. Gebruik international, national of local.',
  'unknown_country.headquarters': 'Onbekend land van het hoofdkantoor "{value}"; leeg gelaten.',
  'lookalike_id.oddity':
    'Lid-id "{value}" bevat {oddity}, dus het kan op een andere id lijken zonder ermee overeen te komen. Typ het opnieuw in gewone letters en cijfers.',
  'lookalike.invisible_one': 'een onzichtbaar teken of stuurteken ({list})',
  'lookalike.invisible_many': 'onzichtbare tekens of stuurtekens ({list})',
  'lookalike.scripts': 'letters uit twee schriften ({first} en {second})',
  'script.latin': 'Latijns',
  'script.cyrillic': 'Cyrillisch',
  'script.greek': 'Grieks',
  'lookalike_id.same':
    'Lid-id "{value}" ziet er hetzelfde uit als "{other}" ({file} regel {line}) maar is een andere id; gegevensrijen kunnen aan de verkeerde worden toegeschreven. Gebruik één spelling, of maak de id\'s zichtbaar verschillend.',
  'rejected_member.refers':
    '"{value}" verwijst naar de ledenrij "{id}" ({name}) van {file} regel {line}, die is afgewezen omdat "{keptBy}" die id heeft; de rij wordt niet aan "{keptBy}" toegeschreven. Geef dat lid een eigen id en gebruik die hier.',
  'duplicate_member.id_taken':
    'Lid-id "{value}" wordt al gebruikt door "{name}" ({file} regel {line}); geef elk lid een eigen id.',
  'duplicate_member.merged': 'Lid "{name}" staat er twee keer in; de rijen zijn samengevoegd.',
  'duplicate_member.merged_into':
    'Lid "{name}" staat er twee keer in; de rijen zijn samengevoegd tot "{id}".',
  'duplicate_member.strict':
    'Lid "{name}" staat er twee keer in; in de strikte modus wordt maar één rij gelezen (strikte modus).',
  'member_conflict.differs':
    'Lid "{id}" staat er meer dan eens in met een andere waarde voor {field}: hier "{value}", "{chosen}" gebruikt ({rule}), ongeacht de volgorde van de rijen. Maak de rijen gelijk.',
  'duplicate_row.merged': 'Dubbel met {file} regel {line} ({record}); samengevoegd: {rule}.',
  'rule.expertise': 'het hoogste niveau telt',
  'rule.geography': 'de sterkste aanwezigheid telt en lokale partners worden samengevoegd',
  'rule.sectors': 'de hoogste sterkte telt en bedrijven worden samengevoegd',
  'rule.funders': 'het hoogste aantal activiteiten blijft staan',
  'rule.focus': 'één speerpuntthema',
  'rule.member_type': 'het specifieke type vóór "other", dan het alfabetisch eerste',
  'rule.member_country': 'een land vóór geen land, dan de alfabetisch eerste code',
  'rule.member_scope': 'een bereik vóór geen bereik, dan het alfabetisch eerste',
  'rule.member_role': 'de hoogste rol (lead, member, local_partner)',
  'rule.member_extra': 'de alfabetisch eerste waarde',
  'wide.item_skipped': 'Onderdeel "{value}" overgeslagen: {message}',
  'wide.strength_range': 'Sterkte "{value}" ligt niet tussen 1 en 5.',
  'fileKind.members': 'leden',
  'fileKind.expertise': 'expertise',
  'fileKind.geography': 'geografie',
  'fileKind.sectors': 'sectoren',
  'fileKind.companies': 'bedrijven',
  'fileKind.funders': 'financiers',
  'fileKind.focus': 'focusthema’s',
  'fileKind.wide': 'enquête-export (één rij per lid)',
  'fileKind.unknown': 'niet herkend',
  'missing_column.file': 'Het bestand ({kind}) heeft geen kolom {columns} (kopregel: {header}).',
  'unknown_file.name':
    'Onduidelijk wat "{name}" bevat: noem het leden.csv, expertise.csv, landen.csv, sectoren.csv, bedrijven.csv, financiers.csv of speerpunten.csv (of in het Engels members, expertise, geography, sectors, companies, funders, focus), of gebruik de beschreven kolomnamen.',
  'unknown_column.not_used': 'Kolom(men) niet gebruikt voor {kind}: {columns}.',
  'place_not_present.country':
    '{member} werkt volgens deze rij aan {theme} in {country}, maar geen rij over landen plaatst {member} in {country}; het thema staat in geen enkel overzicht van {country} tot een rij over landen zegt hoe {member} daar aanwezig is.',
  'place_not_present.areas':
    '{member} werkt volgens deze rij aan {theme} in {areas} ({country}), maar geen rij over landen plaatst {member} daar; het thema staat in geen enkel overzicht van die gebieden tot een rij over landen dat doet.',

  'encoding_fallback.windows1252':
    'Het bestand is geen geldige UTF-8; het is gelezen als Windows-1252 (Excel op Windows). Controleer letters met accenten, of sla het op als "CSV UTF-8".',
  'unterminated_quote.line':
    'Een dubbel aanhalingsteken dat op deze regel opent, sluit nergens; de regel is niet gelezen en het lezen ging verder op de volgende regel. Sluit het aanhalingsteken of verdubbel het ("") binnen de waarde.',
  'title_row_skipped.title':
    'Deze rij bevat een titel (één gevulde cel boven de kopregel), geen gegevens; ze is overgeslagen.',
  'repeated_header.row':
    'Deze rij herhaalt de kopregel van regel {line} (twee exports aan elkaar geplakt?); het zijn geen gegevens en de rij is niet gelezen.',
  'binary_content.nul': 'De rij bevat een NUL-teken (binaire gegevens); ze is niet gelezen.',
  'ragged_row.cells':
    'De rij heeft {cells} cellen maar de kopregel {width} kolommen; verwacht ten hoogste {width} (de extra cellen zijn niet leeg). Kijk of er een "{delimiter}" zonder aanhalingstekens in een waarde staat.',
  'duplicate_header.renamed':
    'Kolomnaam "{name}" komt meer dan eens voor; deze kolom is hernoemd tot "{renamed}" en wordt niet gelezen als "{name}".',
  'empty_file.empty': '{file} is leeg: geen kopregel en geen rijen.',
  'empty_file.no_header': '{file} heeft geen leesbare kopregel.',
  'empty_file.no_rows': '{file} heeft een kopregel maar geen gegevensrijen.',
  'trailing_columns_dropped.count': '{count} lege kolom(men) zonder naam aan de rechterkant genegeerd.',
  'hxl_row_skipped.row':
    'Deze rij bevat HXL-hashtags (#org, #country, ...), geen gegevens; ze is overgeslagen.',
  'invalid_utf8.bytes':
    'Byte(s) {bytes} op byte {columns} van deze regel zijn geen UTF-8, hoewel de rest van het bestand dat wel is; ze verschijnen als "\uFFFD". Typ het teken opnieuw, of sla het bestand op als "CSV UTF-8".',
  'invalid_utf8.more':
    'Na de genoemde regels nog {count} ongeldige UTF-8-reeks(en); elk verschijnt als "\uFFFD". Sla het bestand op als "CSV UTF-8".',

  'E_NO_MEMBERS.baseline':
    'Er zijn geen leden gelezen, dus er is geen nulmeting te maken. Voeg een members.csv (id, name, type, country, role) toe.',
  'E_LIMIT.max_members':
    '{count} leden is meer dan de limiet van {max} (maxMembers): een nulmeting vergelijkt elk paar leden ({count} x {count}). Verhoog de limiet met --max-members {count} (CLI) of de optie { maxMembers: {count} }, of gebruik topSynergyPartners voor heel grote netwerken.',

  'option.empty': '{What} is leeg.',
  'option.unknown': '{What} "{value}" is onbekend.{hint}',
  'option.ambiguous': '{What} "{value}" is dubbelzinnig: het kan {options} zijn.',
  'option.hint_label': ' Bedoelde je "{label}" ({id})?',
  'option.hint_country': ' Bedoelde je {label} ({id})?',
  'redact.unknown_theme': 'Het thema "{value}" is onbekend, dus het kan niet worden weggelaten.{hint}',
  'redact.unknown_member':
    'Het lid "{value}" is onbekend, dus het kan niet worden uitgesloten.{hint} Leden: {ids}.',
  'redact.hint_member': ' Bedoelde je {id}?',
  'redact.company_pseudonym': 'Bedrijf {n}',
};

/**
 * The catalogue, per language (each holds every {@link MessageKey}). The sentences of the CLI,
 * the importers and the redaction summary are in toolCatalogue.ts (outside the browser core).
 *
 * @example
 * MESSAGES.nl['noun.theme']; // => 'het thema'
 */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = Object.freeze({
  en: EN,
  nl: NL,
});

/** The values a template's placeholders take. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * The placeholder names of a template, lower-cased at the first letter and sorted.
 *
 * @example
 * placeholdersOf('{What} "{value}" is onbekend.'); // => ['value', 'what']
 */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    names.add(name[0]!.toLowerCase() + name.slice(1));
  }
  return [...names].sort();
}

/**
 * A template with its placeholders filled in. `{Name}` inserts the parameter `name` with its first
 * letter upper-cased. A placeholder without a value stays as written.
 *
 * @param template - a catalogue text
 * @param params - the placeholder values
 * @example
 * fillTemplate('{What} "{value}" is onbekend.', { what: 'het land', value: 'Atlantis' });
 * // => 'Het land "Atlantis" is onbekend.'
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (Object.hasOwn(params, name)) return String(params[name]);
    const lower = name[0]!.toLowerCase() + name.slice(1);
    if (lower !== name && Object.hasOwn(params, lower)) {
      const v = String(params[lower]);
      return v.charAt(0).toUpperCase() + v.slice(1);
    }
    return whole;
  });
}

/**
 * One message in one language, its placeholders filled in (see {@link fillTemplate}).
 *
 * @param lang - 'en' or 'nl'
 * @param key - the message key
 * @param params - the placeholder values
 * @example
 * message('en', 'empty_file.no_rows', { file: 'members.csv' });
 * // => 'members.csv has a header but no data rows.'
 * message('nl', 'unknown.value', { what: message('nl', 'noun.country'), value: 'Atlantis' });
 * // => 'Het land "Atlantis" is onbekend.'
 */
export function message(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fillTemplate((lang === 'nl' ? NL : EN)[key], params);
}

/**
 * A function that renders catalogue messages in one language (what code deep in a pipeline
 * carries instead of the language).
 *
 * @example
 * const t = messagesIn('nl');
 * t('noun.sector'); // => 'de sector'
 */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The catalogue bound to one language.
 *
 * @example
 * messagesIn('en')('word.or'); // => ' or '
 */
export function messagesIn(lang: Lang = 'en'): Translate {
  return (key, params = {}) => message(lang, key, params);
}
