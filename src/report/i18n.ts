import type { Lang } from '../lang.js';
import { MESSAGES as CORE } from '../messages/catalogue.js';

/**
 * The fixed text of the reports (headings, column names, notes) in English and
 * Dutch. User data is never translated; only the words around it.
 * @module
 */

export type { Lang };

/** The report languages, in a fixed order. */
export const REPORT_LANGS: readonly Lang[] = ['en', 'nl'];

const EN = {
  title: 'Partnership synergy baseline',
  summary:
    'This baseline describes {members} of the partnership, present in {countries}, and proposes {recommendations}.',
  'summary.problems': 'Reading the input produced {rejected} and {warnings}; see “{section}”.',
  'summary.clean': 'All input rows were accepted without warnings.',
  'count.members.one': '{count} member',
  'count.members.other': '{count} members',
  'count.countries.one': '{count} country',
  'count.countries.other': '{count} countries',
  'count.recommendations.one': '{count} joint activity',
  'count.recommendations.other': '{count} joint activities',
  'count.rejected.one': '{count} rejected row',
  'count.rejected.other': '{count} rejected rows',
  'count.warnings.one': '{count} warning',
  'count.warnings.other': '{count} warnings',

  'section.contents': 'Contents',
  'section.members': 'Who is in the partnership',
  'section.coverage': 'Coverage',
  'section.themeCoverage': 'Themes',
  'section.sectorCoverage': 'Sectors',
  'section.matrices': 'Matrices',
  'section.topSynergies': 'Top synergies',
  'section.topDuplications': 'Top duplication risks',
  'section.partnersPerMember': 'Partners per member',
  'section.countries': 'Countries',
  'section.recommendations': 'Recommended joint activities',
  'section.problems': 'Ingestion problems to fix',
  'section.files': 'Files read',
  'section.rejected': 'Rejected rows',
  'section.warnings': 'Warnings',
  'section.emptyProfiles': 'Members without data in a dimension',
  'section.shortProfiles': 'Members with very short profiles',

  'col.id': 'ID',
  'col.name': 'Name',
  'col.type': 'Type',
  'col.hq': 'HQ',
  'col.role': 'Role',
  'col.themes': 'Themes',
  'col.countries': 'Countries',
  'col.sectors': 'Sectors',
  'col.theme': 'Theme',
  'col.sector': 'Sector',
  'col.country': 'Country',
  'col.maxLevel': 'Max. level',
  'col.members': 'Members',
  'col.member': 'Member',
  'col.rank': '#',
  'col.memberA': 'Member A',
  'col.memberB': 'Member B',
  'col.synergy': 'Synergy',
  'col.duplication': 'Duplication risk',
  'col.context': 'Shared context',
  'col.expertiseOverlap': 'Expertise overlap',
  'col.presence': 'Presence',
  'col.partners': 'Local partners',
  'col.covered': 'Themes worked on here',
  'col.membersLevel': 'Members (level)',
  'col.duplicated': 'Themes covered twice or more',
  'col.missing': 'Focus themes not covered here',
  'col.sectorsLinked': 'Sectors named for this country in sectors.csv',
  'col.sectorsPresent': 'Sectors of the members present (sectors.csv does not say where)',
  'col.sharedPartners': 'Shared local partners',
  'col.pairs': 'Strongest pairs',
  'col.synergyPartners': 'Strongest synergy partners',
  'col.duplicationPartners': 'Most duplication risk with',
  'col.score': 'Score',
  'col.rationale': 'Rationale',
  'col.evidence': 'Evidence',
  'col.file': 'File',
  'col.line': 'Line',
  'col.column': 'Column',
  'col.value': 'Value',
  'col.reason': 'Reason',
  'col.suggestion': 'Suggestion',
  'col.code': 'Code',
  'col.count': 'Count',
  'col.examples': 'First occurrences',
  'col.fileKind': 'Kind',
  'col.encoding': 'Encoding',
  'col.delimiter': 'Delimiter',
  'col.rows': 'Rows',
  'col.accepted': 'Accepted',
  'col.rejected': 'Rejected',

  'card.members': 'Members',
  'card.countries': 'Countries',
  'card.recommendations': 'Joint activities',
  'card.rejected': 'Rejected rows',
  'card.warnings': 'Warnings',

  'note.recordCounts':
    'Counts of each member’s own rows: themes at level 1 or more, countries where it is present, sectors where it has a network. “–” means the member has no data in that dimension.',
  'note.derivedCounts':
    'Theme and sector counts come from the country views: what a member covers in the countries where it is present. “–” means the member has no data in that dimension.',
  'note.coverage':
    'Derived from the country views: the themes worked on in each country (members with contacts only not counted). A sector is listed in a country only where a row of sectors.csv names that country.',
  'note.countryRules':
    'How to read a country. A theme counts in a country where a row of expertise.csv names that country, or, for a row that names no country, wherever the member is present. Members present with contacts only (network) are listed but do not count as coverage. Covered twice or more: two or more members at level {duplication} or higher, or observed working on it. Focus themes not covered here: declared focus themes that no member present has at level {coverage} or higher (observed work counts as covered), with the highest level present. Sectors count in a country only where a row of sectors.csv names it; the others are sectors of the members present, who may work in them elsewhere.',
  'note.bestHere': 'highest here: level {level}',
  'note.sectorsNowhere':
    'sectors.csv does not say in which countries the networks are, so no sector is tied to a country here (add a countries column to sectors.csv to link them).',
  'note.nobodyHere': 'nobody here',
  'note.noFocus': 'no focus themes declared: add focus.csv or use --focus-themes',
  'note.pairsOf.one': '{shown} of {total} pair',
  'note.pairsOf.other': '{shown} of {total} pairs',
  'note.synergy':
    'Synergy = shared context (geography and sectors) × (1 − expertise overlap): members who work in the same places and sectors but bring different expertise.',
  'note.pairsCapped':
    'Each member is in at most {perMember} pairs of this list, so that a few members do not fill the whole list.',
  'note.pairsNoExpertise':
    'Members without expertise data are left out: with no themes, synergy only says that two members share a context.',
  'note.pairsAll': 'The CSV files hold every pair.',
  'note.pairsListed':
    'The CSV files hold each member’s {k} strongest partners; --matrices full writes every pair.',
  'note.duplication':
    'Duplication risk = shared context × expertise overlap: members who do the same things in the same places and sectors.',
  'note.noPairs': 'No pair has a value above zero.',
  'note.noCountries': 'No member reported a presence in any country.',
  'note.noRecommendations': 'No joint activities were proposed.',
  'note.noRejected': 'No rows were rejected.',
  'note.noWarnings': 'No warnings.',
  'note.noFiles': 'No files were read.',
  'note.showingTop': 'Showing the top {shown} of {total}; all are in recommendations.csv.',
  'note.emptyProfiles': 'Pairs with these members are 0 in that dimension.',
  'note.shortProfiles':
    'Fewer than {min} categories in that dimension: their overlap and synergy rest on one or two rows and can change a lot when a row is added. Read them with care.',
  'note.moreEvidence': '… and {count} more',
  'section.moreRecommendations': 'More recommendations',
  'note.moreRecommendations':
    'These scored too but did not make the list (a cap per kind or per pair of members, or the length of the list). Per kind: how many, and the first {shown}; all are in baseline.json (moreRecommendations).',
  'note.mergedRecommendations':
    'Merged into a listed recommendation (the same members and theme, another kind): {count} more.',
  'col.kind': 'Kind',
  'col.more': 'More',
  'col.firstOfThem': 'The first of them',
  'note.partnersPerMember':
    'For each member, the {count} partners with the highest synergy and the {count} with the highest duplication risk (value in brackets). Every member’s partners are in synergy.csv and duplication.csv.',
  'note.compactLists':
    'With {members} members, lists in this report show the first {shown} names followed by “… and N more”; the CSV files hold all of them.',
  'note.countryLevels':
    'After each theme: every member present that works on it, with its expertise level (1-5) or “observed”.',
  'note.allObserved':
    'After each theme: every member present that works on it. No member rated its expertise: every theme here is observed in activities (3W rows, IATI activities), so the names go without a level.',
  'note.writtenAs': 'written as',
  'note.fileLevel': 'whole file',
  'note.none': 'none',

  'heatmap.synergy': 'Synergy',
  'heatmap.duplication': 'Duplication risk',
  'heatmap.expertiseOverlap': 'Expertise overlap',
  'heatmap.geographyOverlap': 'Geography overlap',
  'heatmap.sectorOverlap': 'Sector overlap',
  'heatmap.expertiseComplementarity': 'Expertise complementarity',
  'heatmap.caption.overlap':
    'Weighted Jaccard overlap (0 = nothing in common, 1 = identical). Similar members are placed next to each other.',
  'heatmap.caption.complementarity':
    'What the member in the column adds to the member in the row (0 = nothing, 1 = everything it brings is new to the row).',
  'heatmap.axisGain': 'row gains from column',
  'heatmap.truncated':
    'Showing {shown} of {total} members: those in the first 10 recommendations and their strongest partners.',
  'heatmap.seePartners': 'Every member’s strongest partners are under “Partners per member”.',
  'heatmap.empty': 'No data',

  'dimension.expertise': 'Expertise',
  'dimension.geography': 'Geography',
  'dimension.sectors': 'Sectors',

  'presence.office': 'office',
  'presence.local_partner': 'through local partner',
  'presence.programme': 'programme',
  'presence.network': 'network: contacts only',

  'type.ngo': 'NGO',
  'type.union': 'trade union',
  'type.company': 'company',
  'type.knowledge': 'knowledge institute',
  'type.government': 'government',
  'type.other': 'other',

  'role.lead': 'lead',
  'role.member': 'member',
  'role.local_partner': 'local partner',

  'section.map': 'Where the partnership works',
  'section.missing': 'Add these files for a complete baseline',
  'map.desc':
    '{countries} with members present, {marked} of them with proposed joint activities. The table below the map gives the same numbers.',
  'map.legendMembers': 'Members present',
  'map.legendNone': 'none',
  'map.legendStrongest': 'Strongest presence',
  'map.legendRecommendations': 'Joint activities proposed here',
  'map.legendMarker': 'Small country',
  'map.caption': 'The numbers behind the map, country by country.',
  'map.noGeometry':
    'The map is drawn when the report gets the country outlines (the partner-synergy command does; in code: renderHtml option map from partner-synergy/map). The table gives the same numbers.',
  'fileKind.members': CORE.en['fileKind.members'],
  'fileKind.expertise': CORE.en['fileKind.expertise'],
  'fileKind.geography': CORE.en['fileKind.geography'],
  'fileKind.sectors': CORE.en['fileKind.sectors'],
  'fileKind.companies': CORE.en['fileKind.companies'],
  'fileKind.funders': CORE.en['fileKind.funders'],
  'fileKind.focus': CORE.en['fileKind.focus'],
  'fileKind.wide': CORE.en['fileKind.wide'],
  'fileKind.unknown': CORE.en['fileKind.unknown'],
  'map.source': 'Country outlines: {source} (public domain), {projection} projection',
  'count.proposedHere.one': '{count} joint activity proposed here',
  'count.proposedHere.other': '{count} joint activities proposed here',
  'col.strongest': 'Strongest presence',
  'col.who': 'Who and how',
  'col.recommendations': 'Joint activities',
  'col.where': 'Where',
  'note.noCountry': 'no particular country',
  'missing.intro': 'This baseline has no data in one or more dimensions, so parts of the report are empty:',
  'missing.observedSectors':
    '3W tables and IATI activities say nothing about sector networks, so joint lobby, joint stakeholder mapping and company engagement are not proposed here. To add them: sectors.csv (member, sector, network, strength).',
  'missing.expertise':
    'expertise.csv (member, theme, level): what each member knows. Adds expertise overlap and complementarity, synergy, training offers and coverage gaps.',
  'missing.geography':
    'geography.csv (member, country, presence, partners): where each member works and how. Adds the map, the country views, geography overlap, in-country coordination and shared local partners.',
  'missing.sectors':
    'sectors.csv (member, sector, network, strength): the sector networks of each member. Adds sector overlap, joint lobby, joint stakeholder mapping and company engagement.',
  'heatmap.needs': 'No data yet: add {files}.',
  'heatmap.or': 'or',
  'heatmap.asTable': 'The same numbers as a table',
  'table.showAll': 'Show all {count} rows',

  'section.funders': 'Funders',
  'section.areas': 'Areas in {country}',
  'col.area': 'Area',
  'col.areas': 'Areas',
  'col.present': 'Members present',
  'col.themesPresent': 'Themes worked on here (members)',
  'col.missingHere': 'Missing here',
  'col.evidenceKind': 'Evidence',
  'col.funder': 'Funder',
  'col.funds': 'Members funded',
  'col.activities': 'Activities',
  'col.below': 'Areas below',
  'evidence.rated': 'rated',
  'evidence.observed': 'observed',
  'evidence.both': 'rated and observed',
  'funderRole.funding': 'funding',
  'funderRole.extending': 'extending',
  'funderRole.accountable': 'accountable',
  'type.un': 'UN agency',
  'scope.international': 'international',
  'scope.national': 'national',
  'scope.local': 'local',
  'note.evidence':
    'Rated: a level (1-5) someone gave. Observed: activity seen in the data (3W rows, IATI activities) without a rating; it says where and on what a member works, not how good it is, and never counts as a skill.',
  'note.areas':
    'expertise.csv does not say where members work on their themes, so an area’s themes are those of the members present there, wherever they work on them. Missing here: themes members elsewhere in the country work on, but none of the members here. Members with contacts only are not counted.',
  'note.areasLinked':
    'A theme counts in an area where a row of expertise.csv names the area (or an area or country above it, or no place, and the member is present there). Missing here: themes members work on elsewhere in the country, but no member here. Members with contacts only are not counted.',
  'note.observedToo': 'observed: {names}',
  'note.areaLevel': 'level {level}',
  'note.subAreas': '{count} areas below these (such as districts) are in baseline.json and area-themes.csv.',
  'section.areaGrid': 'Who works on what where in {country}',
  'note.areaGrid':
    'Members present per area (rows) and theme (columns). 0: members work on the theme elsewhere in {country}, but none here. The table below names them.',
  'note.areaGridHidden':
    'Columns: the {shown} themes worked on in the most areas; the table below and area-themes.csv hold all {total}.',
  'note.funders':
    'Funders, extending and accountable organisations of the members. They are not members: they are not in the matrices or in the recommendations.',
  footer: 'Generated by partner-synergy from baseline.json (schema version {version}).',
} as const;

/** Every key of the report dictionary. */
export type MessageKey = keyof typeof EN;

const NL: Readonly<Record<MessageKey, string>> = {
  title: 'Synergie-nulmeting van het partnerschap',
  summary:
    'Deze nulmeting beschrijft {members} van het partnerschap, actief in {countries}, en stelt {recommendations} voor.',
  'summary.problems': 'Het inlezen leverde {rejected} en {warnings} op; zie “{section}”.',
  'summary.clean': 'Alle invoerregels zijn zonder waarschuwingen geaccepteerd.',
  'count.members.one': '{count} lid',
  'count.members.other': '{count} leden',
  'count.countries.one': '{count} land',
  'count.countries.other': '{count} landen',
  'count.recommendations.one': '{count} gezamenlijke activiteit',
  'count.recommendations.other': '{count} gezamenlijke activiteiten',
  'count.rejected.one': '{count} afgewezen regel',
  'count.rejected.other': '{count} afgewezen regels',
  'count.warnings.one': '{count} waarschuwing',
  'count.warnings.other': '{count} waarschuwingen',

  'section.contents': 'Inhoud',
  'section.members': 'Wie zit in het partnerschap',
  'section.coverage': 'Dekking',
  'section.themeCoverage': 'Thema’s',
  'section.sectorCoverage': 'Sectoren',
  'section.matrices': 'Matrices',
  'section.topSynergies': 'Sterkste synergieën',
  'section.topDuplications': 'Grootste risico’s op dubbel werk',
  'section.partnersPerMember': 'Partners per lid',
  'section.countries': 'Landen',
  'section.recommendations': 'Aanbevolen gezamenlijke activiteiten',
  'section.problems': 'Inleesproblemen om op te lossen',
  'section.files': 'Ingelezen bestanden',
  'section.rejected': 'Afgewezen regels',
  'section.warnings': 'Waarschuwingen',
  'section.emptyProfiles': 'Leden zonder gegevens in een dimensie',
  'section.shortProfiles': 'Leden met een heel kort profiel',

  'col.id': 'ID',
  'col.name': 'Naam',
  'col.type': 'Type',
  'col.hq': 'Hoofdkantoor',
  'col.role': 'Rol',
  'col.themes': 'Thema’s',
  'col.countries': 'Landen',
  'col.sectors': 'Sectoren',
  'col.theme': 'Thema',
  'col.sector': 'Sector',
  'col.country': 'Land',
  'col.maxLevel': 'Hoogste niveau',
  'col.members': 'Leden',
  'col.member': 'Lid',
  'col.rank': '#',
  'col.memberA': 'Lid A',
  'col.memberB': 'Lid B',
  'col.synergy': 'Synergie',
  'col.duplication': 'Risico op dubbel werk',
  'col.context': 'Gedeelde context',
  'col.expertiseOverlap': 'Overlap in expertise',
  'col.presence': 'Aanwezigheid',
  'col.partners': 'Lokale partners',
  'col.covered': 'Thema’s waaraan hier gewerkt wordt',
  'col.membersLevel': 'Leden (niveau)',
  'col.duplicated': 'Thema’s die dubbel gedekt zijn',
  'col.missing': 'Focusthema’s die hier niet gedekt zijn',
  'col.sectorsLinked': 'Sectoren die sectors.csv voor dit land noemt',
  'col.sectorsPresent': 'Sectoren van de aanwezige leden (sectors.csv zegt niet waar)',
  'col.sharedPartners': 'Gedeelde lokale partners',
  'col.pairs': 'Sterkste paren',
  'col.synergyPartners': 'Sterkste synergiepartners',
  'col.duplicationPartners': 'Meeste risico op dubbel werk met',
  'col.score': 'Score',
  'col.rationale': 'Onderbouwing',
  'col.evidence': 'Bronnen',
  'col.file': 'Bestand',
  'col.line': 'Regel',
  'col.column': 'Kolom',
  'col.value': 'Waarde',
  'col.reason': 'Reden',
  'col.suggestion': 'Suggestie',
  'col.code': 'Code',
  'col.count': 'Aantal',
  'col.examples': 'Eerste gevallen',
  'col.fileKind': 'Soort',
  'col.encoding': 'Codering',
  'col.delimiter': 'Scheidingsteken',
  'col.rows': 'Regels',
  'col.accepted': 'Geaccepteerd',
  'col.rejected': 'Afgewezen',

  'card.members': 'Leden',
  'card.countries': 'Landen',
  'card.recommendations': 'Gezamenlijke activiteiten',
  'card.rejected': 'Afgewezen regels',
  'card.warnings': 'Waarschuwingen',

  'note.recordCounts':
    'Telt de eigen rijen van elk lid: thema’s op niveau 1 of hoger, landen waar het aanwezig is, sectoren waar het een netwerk heeft. “–” betekent dat het lid in die dimensie geen gegevens heeft.',
  'note.derivedCounts':
    'Het aantal thema’s en sectoren komt uit de landoverzichten: wat een lid dekt in de landen waar het aanwezig is. “–” betekent dat het lid in die dimensie geen gegevens heeft.',
  'note.coverage':
    'Afgeleid uit de landoverzichten: de thema’s waaraan in elk land gewerkt wordt (leden met alleen contacten tellen niet mee). Een sector staat alleen bij een land als een rij van sectors.csv dat land noemt.',
  'note.countryRules':
    'Zo lees je een land. Een thema telt in een land als een rij van expertise.csv dat land noemt, of, bij een rij zonder land, overal waar het lid aanwezig is. Leden met alleen contacten (netwerk) staan in de lijst, maar tellen niet als dekking. Dubbel gedekt: twee of meer leden op niveau {duplication} of hoger, of waargenomen als actief op het thema. Focusthema’s die hier niet gedekt zijn: opgegeven focusthema’s waarop geen aanwezig lid niveau {coverage} of hoger heeft (waargenomen werk telt als gedekt), met het hoogste niveau dat er wel is. Sectoren tellen alleen in een land als een rij van sectors.csv het noemt; de andere zijn sectoren van de aanwezige leden, die er ook elders in kunnen werken.',
  'note.bestHere': 'hoogste hier: niveau {level}',
  'note.sectorsNowhere':
    'sectors.csv zegt niet in welke landen de netwerken zijn, dus hier is geen sector aan een land gekoppeld (voeg een kolom landen toe aan sectors.csv om ze te koppelen).',
  'note.nobodyHere': 'niemand hier',
  'note.noFocus': 'geen focusthema’s opgegeven: voeg focus.csv toe of gebruik --focus-themes',
  'note.pairsOf.one': '{shown} van {total} paar',
  'note.pairsOf.other': '{shown} van {total} paren',
  'note.synergy':
    'Synergie = gedeelde context (landen en sectoren) × (1 − overlap in expertise): leden die op dezelfde plaatsen en in dezelfde sectoren werken, maar verschillende expertise inbrengen.',
  'note.pairsCapped':
    'Elk lid staat in hoogstens {perMember} paren van deze lijst, zodat niet een paar leden de hele lijst vullen.',
  'note.pairsNoExpertise':
    'Leden zonder expertisegegevens staan er niet in: zonder thema’s zegt synergie alleen dat twee leden een context delen.',
  'note.pairsAll': 'De CSV-bestanden bevatten alle paren.',
  'note.pairsListed':
    'De CSV-bestanden bevatten per lid de {k} sterkste partners; --matrices full schrijft alle paren.',
  'note.duplication':
    'Risico op dubbel werk = gedeelde context × overlap in expertise: leden die hetzelfde doen op dezelfde plaatsen en in dezelfde sectoren.',
  'note.noPairs': 'Geen enkel paar heeft een waarde boven nul.',
  'note.noCountries': 'Geen enkel lid heeft aanwezigheid in een land opgegeven.',
  'note.noRecommendations': 'Er zijn geen gezamenlijke activiteiten voorgesteld.',
  'note.noRejected': 'Er zijn geen regels afgewezen.',
  'note.noWarnings': 'Geen waarschuwingen.',
  'note.noFiles': 'Er zijn geen bestanden ingelezen.',
  'note.showingTop': 'De beste {shown} van {total} worden getoond; alle staan in recommendations.csv.',
  'note.emptyProfiles': 'Paren met deze leden zijn 0 in die dimensie.',
  'note.shortProfiles':
    'Minder dan {min} categorieën in die dimensie: hun overlap en synergie rusten op één of twee rijen en kunnen sterk veranderen als er een rij bijkomt. Lees ze met zorg.',
  'note.moreEvidence': '… en nog {count}',
  'section.moreRecommendations': 'Meer aanbevelingen',
  'note.moreRecommendations':
    'Deze scoorden ook maar haalden de lijst niet (een maximum per soort of per paar leden, of de lengte van de lijst). Per soort: hoeveel, en de eerste {shown}; alle staan in baseline.json (moreRecommendations).',
  'note.mergedRecommendations':
    'Samengevoegd met een aanbeveling uit de lijst (dezelfde leden en hetzelfde thema, een andere soort): nog {count}.',
  'col.kind': 'Soort',
  'col.more': 'Meer',
  'col.firstOfThem': 'De eerste daarvan',
  'note.partnersPerMember':
    'Per lid de {count} partners met de hoogste synergie en de {count} met het hoogste risico op dubbel werk (waarde tussen haakjes). De partners van elk lid staan in synergy.csv en duplication.csv.',
  'note.compactLists':
    'Met {members} leden tonen lijsten in dit rapport de eerste {shown} namen, gevolgd door “… en nog N”; de CSV-bestanden bevatten ze allemaal.',
  'note.countryLevels':
    'Na elk thema: elk aanwezig lid dat eraan werkt, met zijn expertiseniveau (1-5) of “waargenomen”.',
  'note.allObserved':
    'Na elk thema: elk aanwezig lid dat eraan werkt. Geen lid gaf zijn expertise een niveau: elk thema hier is waargenomen in activiteiten (3W-rijen, IATI-activiteiten), dus de namen staan er zonder niveau.',
  'note.writtenAs': 'geschreven als',
  'note.fileLevel': 'heel bestand',
  'note.none': 'geen',

  'heatmap.synergy': 'Synergie',
  'heatmap.duplication': 'Risico op dubbel werk',
  'heatmap.expertiseOverlap': 'Overlap in expertise',
  'heatmap.geographyOverlap': 'Geografische overlap',
  'heatmap.sectorOverlap': 'Overlap in sectoren',
  'heatmap.expertiseComplementarity': 'Complementariteit in expertise',
  'heatmap.caption.overlap':
    'Gewogen Jaccard-overlap (0 = niets gemeen, 1 = gelijk). Leden die op elkaar lijken staan naast elkaar.',
  'heatmap.caption.complementarity':
    'Wat het lid in de kolom toevoegt aan het lid in de rij (0 = niets, 1 = alles wat het inbrengt is nieuw voor de rij).',
  'heatmap.axisGain': 'kolom vult rij aan',
  'heatmap.truncated':
    '{shown} van {total} leden getoond: die uit de eerste 10 aanbevelingen en hun sterkste partners.',
  'heatmap.seePartners': 'De sterkste partners van elk lid staan onder “Partners per lid”.',
  'heatmap.empty': 'Geen gegevens',

  'dimension.expertise': 'Expertise',
  'dimension.geography': 'Geografie',
  'dimension.sectors': 'Sectoren',

  'presence.office': 'kantoor',
  'presence.local_partner': 'via lokale partner',
  'presence.programme': 'programma',
  'presence.network': 'netwerk: alleen contacten',

  'type.ngo': 'ngo',
  'type.union': 'vakbond',
  'type.company': 'bedrijf',
  'type.knowledge': 'kennisinstelling',
  'type.government': 'overheid',
  'type.other': 'overig',

  'role.lead': 'penvoerder',
  'role.member': 'lid',
  'role.local_partner': 'lokale partner',

  'section.map': 'Waar het partnerschap werkt',
  'section.missing': 'Voeg deze bestanden toe voor een volledige nulmeting',
  'map.desc':
    '{countries} met aanwezige leden, waarvan {marked} met voorgestelde gezamenlijke activiteiten. De tabel onder de kaart geeft dezelfde cijfers.',
  'map.legendMembers': 'Aanwezige leden',
  'map.legendNone': 'geen',
  'map.legendStrongest': 'Sterkste aanwezigheid',
  'map.legendRecommendations': 'Gezamenlijke activiteiten voorgesteld',
  'map.legendMarker': 'Klein land',
  'map.caption': 'De cijfers achter de kaart, per land.',
  'map.noGeometry':
    'De kaart wordt getekend als het rapport de landgrenzen krijgt (het partner-synergy-commando doet dat; in code: de optie map van renderHtml uit partner-synergy/map). De tabel geeft dezelfde cijfers.',
  'fileKind.members': CORE.nl['fileKind.members'],
  'fileKind.expertise': CORE.nl['fileKind.expertise'],
  'fileKind.geography': CORE.nl['fileKind.geography'],
  'fileKind.sectors': CORE.nl['fileKind.sectors'],
  'fileKind.companies': CORE.nl['fileKind.companies'],
  'fileKind.funders': CORE.nl['fileKind.funders'],
  'fileKind.focus': CORE.nl['fileKind.focus'],
  'fileKind.wide': CORE.nl['fileKind.wide'],
  'fileKind.unknown': CORE.nl['fileKind.unknown'],
  'map.source': 'Landgrenzen: {source} (publiek domein), {projection}-projectie',
  'count.proposedHere.one': '{count} gezamenlijke activiteit voorgesteld',
  'count.proposedHere.other': '{count} gezamenlijke activiteiten voorgesteld',
  'col.strongest': 'Sterkste aanwezigheid',
  'col.who': 'Wie en hoe',
  'col.recommendations': 'Gezamenlijke activiteiten',
  'col.where': 'Waar',
  'note.noCountry': 'geen bepaald land',
  'missing.intro':
    'Deze nulmeting heeft in een of meer dimensies geen gegevens, dus delen van het rapport blijven leeg:',
  'missing.observedSectors':
    '3W-tabellen en IATI-activiteiten zeggen niets over sectornetwerken, dus gezamenlijke lobby, gezamenlijke stakeholdermapping en bedrijfsbenadering worden hier niet voorgesteld. Om ze toe te voegen: sectors.csv (member, sector, network, strength).',
  'missing.expertise':
    'expertise.csv of kennis.csv (lid, thema, niveau): wat elk lid weet. Levert overlap en complementariteit in expertise, synergie, trainingsaanbod en gaten in de dekking op.',
  'missing.geography':
    'geography.csv of geografie.csv (lid, land, aanwezigheid, partners): waar elk lid werkt en hoe. Levert de kaart, de landoverzichten, geografische overlap, coördinatie in het land en gedeelde lokale partners op.',
  'missing.sectors':
    'sectors.csv of sectoren.csv (lid, sector, netwerk, sterkte): de sectornetwerken van elk lid. Levert overlap in sectoren, gezamenlijke lobby, gezamenlijke stakeholderanalyse en bedrijfsbenadering op.',
  'heatmap.needs': 'Nog geen gegevens: voeg {files} toe.',
  'heatmap.or': 'of',
  'heatmap.asTable': 'Dezelfde cijfers als tabel',
  'table.showAll': 'Toon alle {count} rijen',

  'section.funders': 'Financiers',
  'section.areas': 'Gebieden in {country}',
  'col.area': 'Gebied',
  'col.areas': 'Gebieden',
  'col.present': 'Aanwezige leden',
  'col.themesPresent': 'Thema’s waaraan hier gewerkt wordt (leden)',
  'col.missingHere': 'Ontbreekt hier',
  'col.evidenceKind': 'Bewijs',
  'col.funder': 'Financier',
  'col.funds': 'Gefinancierde leden',
  'col.activities': 'Activiteiten',
  'col.below': 'Gebieden eronder',
  'evidence.rated': 'beoordeeld',
  'evidence.observed': 'waargenomen',
  'evidence.both': 'beoordeeld en waargenomen',
  'funderRole.funding': 'financier',
  'funderRole.extending': 'uitvoerend beheer',
  'funderRole.accountable': 'verantwoordelijk',
  'type.un': 'VN-organisatie',
  'scope.international': 'internationaal',
  'scope.national': 'nationaal',
  'scope.local': 'lokaal',
  'note.evidence':
    'Beoordeeld: een niveau (1-5) dat iemand gaf. Waargenomen: activiteit die in de gegevens te zien is (3W-regels, IATI-activiteiten) zonder beoordeling; het zegt waar en waaraan een lid werkt, niet hoe goed, en telt nooit als deskundigheid.',
  'note.areas':
    'expertise.csv zegt niet waar leden aan hun thema’s werken, dus de thema’s van een gebied zijn die van de leden die er aanwezig zijn, waar ze er ook aan werken. Ontbreekt hier: thema’s waaraan leden elders in het land werken, maar geen van de leden hier. Leden met alleen contacten tellen niet mee.',
  'note.areasLinked':
    'Een thema telt in een gebied als een rij van expertise.csv dat gebied noemt (of een gebied of land erboven, of geen plaats, en het lid is er aanwezig). Ontbreekt hier: thema’s waaraan leden elders in het land werken, maar geen lid hier. Leden met alleen contacten tellen niet mee.',
  'note.observedToo': 'waargenomen: {names}',
  'note.areaLevel': 'niveau {level}',
  'note.subAreas': '{count} gebieden daaronder (zoals districten) staan in baseline.json en area-themes.csv.',
  'section.areaGrid': 'Wie werkt waaraan, waar in {country}',
  'note.areaGrid':
    'Aanwezige leden per gebied (rijen) en thema (kolommen). 0: leden werken elders in {country} aan het thema, maar niemand hier. De tabel hieronder noemt ze bij naam.',
  'note.areaGridHidden':
    'Kolommen: de {shown} thema’s waaraan in de meeste gebieden gewerkt wordt; de tabel hieronder en area-themes.csv bevatten ze alle {total}.',
  'note.funders':
    'Financiers, uitvoerend beheerders en verantwoordelijke organisaties van de leden. Het zijn geen leden: ze staan niet in de matrices en niet in de aanbevelingen.',
  footer: 'Gemaakt door partner-synergy uit baseline.json (schemaversie {version}).',
};

/** The dictionaries, per language. Both have exactly the same keys (type-checked and tested). */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: EN,
  nl: NL,
};

/** Keys that have a singular (`.one`) and plural (`.other`) form, without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

/** Values to fill `{name}` placeholders with. */
export type MessageParams = Readonly<Record<string, string | number>>;

function interpolate(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Looks up fixed report text and fills `{name}` placeholders (a placeholder
 * without a value stays visible as `{name}`).
 *
 * @param lang - 'en' or 'nl'.
 * @param key - A {@link MessageKey}.
 * @param params - Placeholder values.
 * @example
 * t('nl', 'section.countries'); // => 'Landen'
 * t('en', 'note.moreEvidence', { count: 4 }); // => '… and 4 more'
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const dict = MESSAGES[lang];
  // A key outside the dictionary (only reachable through a cast) shows itself rather than crashing.
  return interpolate(Object.hasOwn(dict, key) ? dict[key] : key, params);
}

/**
 * Looks up a counted phrase, choosing the singular form for exactly 1 and the
 * plural otherwise (both languages pluralise this way), with `{count}` filled in.
 *
 * @example
 * tn('en', 'count.members', 1); // => '1 member'
 * tn('nl', 'count.members', 5); // => '5 leden'
 */
export function tn(lang: Lang, key: PluralKey, count: number, params: MessageParams = {}): string {
  const form = count === 1 ? 'one' : 'other';
  return t(lang, `${key}.${form}` as MessageKey, { ...params, count });
}

/**
 * Looks up text for a value that may be outside the dictionary (a presence
 * kind, member type, role or recommendation kind): `prefix.value` when that key
 * exists, otherwise the value itself (untranslated, still to be escaped).
 *
 * @example
 * tValue('nl', 'presence', 'office'); // => 'kantoor'
 * tValue('en', 'presence', 'embassy'); // => 'embassy'
 */
export function tValue(lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  const dict = MESSAGES[lang];
  return Object.hasOwn(dict, key) ? dict[key as MessageKey] : value;
}
