/**
 * Every word of the template, in English and Dutch: column names (aliases the reader knows),
 * the words of the drop-down lists, the instruction row of each sheet, the instruction sheet,
 * input prompts and the CSV template's README.
 */
import type { Lang } from '../../country/labels.js';
import type { Driver, MemberRole, MemberType, NetworkKind, PresenceKind } from '../../schema/records.js';
import type { TemplateSheetKind } from '../sheetNames.js';

/** The fields of each template sheet, in column order. */
export const TEMPLATE_FIELDS: Readonly<Record<TemplateSheetKind, readonly string[]>> = Object.freeze({
  members: ['id', 'name', 'type', 'country', 'role'],
  expertise: ['member', 'theme', 'level'],
  geography: ['member', 'country', 'area', 'presence', 'partners', 'since', 'works_with'],
  sectors: ['member', 'sector', 'network', 'strength', 'companies'],
  companies: ['company', 'sector', 'countries', 'drivers', 'needs'],
});

/** Column names per language (each one an alias the reader maps to its field; see HEADER_ALIASES). */
export const COLUMN_NAMES: Readonly<Record<Lang, Readonly<Record<TemplateSheetKind, readonly string[]>>>> = {
  en: {
    members: ['id', 'name', 'type', 'headquarters country', 'role'],
    expertise: ['member', 'theme', 'level'],
    geography: ['member', 'country', 'area', 'presence', 'local partners', 'since', 'works with'],
    sectors: ['member', 'sector', 'network', 'strength', 'companies'],
    companies: ['company', 'sector', 'countries', 'drivers', 'needs'],
  },
  nl: {
    members: ['afkorting', 'naam', 'soort', 'land hoofdkantoor', 'rol'],
    expertise: ['lid', 'thema', 'niveau'],
    geography: ['lid', 'land', 'gebied', 'aanwezigheid', 'lokale partners', 'sinds', 'werkt samen met'],
    sectors: ['lid', 'sector', 'netwerk', 'sterkte', 'bedrijven'],
    companies: ['bedrijf', 'sector', 'landen', 'drijfveren', 'behoeften'],
  },
};

/** The words of the closed lists, per language (each one read back exactly as its value). */
export interface ListWords {
  readonly presence: Readonly<Record<PresenceKind, string>>;
  readonly networks: Readonly<Record<NetworkKind, string>>;
  readonly types: Readonly<Record<MemberType, string>>;
  readonly roles: Readonly<Record<MemberRole, string>>;
  readonly drivers: Readonly<Record<Driver, string>>;
  /** Levels 0-5 with their word, e.g. '4 - advanced'. */
  readonly levels: readonly string[];
  /** Strengths 1-5 with a word, e.g. '4 - strong'. */
  readonly strengths: readonly string[];
}

/** The list words in English and Dutch. */
export const LIST_WORDS: Readonly<Record<Lang, ListWords>> = {
  en: {
    presence: {
      office: 'office',
      local_partner: 'local partner',
      programme: 'programme',
      network: 'network',
    },
    networks: {
      irbc_agreement: 'IRBC agreement',
      companies: 'companies',
      association: 'association',
      producers: 'producers',
      unions: 'unions',
    },
    types: {
      ngo: 'NGO',
      union: 'union',
      company: 'company',
      knowledge: 'knowledge institute',
      government: 'government',
      un: 'UN agency',
      other: 'other',
    },
    roles: { lead: 'lead', member: 'member', local_partner: 'local partner' },
    drivers: { strategy: 'strategy', issue: 'issue', opportunity: 'opportunity', geography: 'geography' },
    levels: ['0 - none', '1 - beginner', '2 - basic', '3 - intermediate', '4 - advanced', '5 - expert'],
    strengths: ['1 - weak', '2 - fair', '3 - medium', '4 - strong', '5 - very strong'],
  },
  nl: {
    presence: {
      office: 'kantoor',
      local_partner: 'lokale partner',
      programme: 'programma',
      network: 'netwerk',
    },
    networks: {
      irbc_agreement: 'IMVO-convenant',
      companies: 'bedrijven',
      association: 'brancheorganisatie',
      producers: 'producenten',
      unions: 'vakbonden',
    },
    types: {
      ngo: 'ngo',
      union: 'vakbond',
      company: 'bedrijf',
      knowledge: 'kennisinstelling',
      government: 'overheid',
      un: 'VN-organisatie',
      other: 'anders',
    },
    roles: { lead: 'penvoerder', member: 'lid', local_partner: 'lokale partner' },
    drivers: {
      strategy: 'strategie',
      issue: 'verantwoordelijkheid',
      opportunity: 'kans',
      geography: 'geografie',
    },
    levels: ['0 - geen', '1 - beperkt', '2 - basis', '3 - gemiddeld', '4 - gevorderd', '5 - deskundig'],
    strengths: ['1 - zwak', '2 - redelijk', '3 - gemiddeld', '4 - sterk', '5 - zeer sterk'],
  },
};

/** Sentences of the template in one language. */
export interface TemplateText {
  readonly title: string;
  /** The instruction sheet's lines; `file` is the workbook's name. */
  readonly instructions: (file: string) => readonly string[];
  /** The first row of each data sheet. */
  readonly sheetNote: Readonly<Record<TemplateSheetKind, string>>;
  /** Column headers of the hidden lists sheet. */
  readonly listHeaders: Readonly<Record<ListName, string>>;
  /** The example row's name cell (members sheet). */
  readonly exampleName: string;
  /** The first-column marker of the example row. */
  readonly exampleMarker: string;
  readonly prompts: Readonly<Record<PromptName, { readonly title: string; readonly text: string }>>;
  readonly errors: {
    readonly strict: TitleText;
    readonly open: TitleText;
    readonly number: TitleText;
    readonly year: TitleText;
  };
  /** The README of the CSV template: title, then sections. */
  readonly readme: (files: Readonly<Record<TemplateSheetKind, string>>) => readonly string[];
  /** Heading and intro of a vocabulary list in the README. */
  readonly readmeLists: Readonly<Record<ListName, string>>;
  readonly readmeCountries: string;
}

/** A title and a text (data validation messages). */
export interface TitleText {
  readonly title: string;
  readonly text: string;
}

/** The lists of the hidden lists sheet. */
export type ListName =
  | 'themes'
  | 'sectors'
  | 'countries'
  | 'presence'
  | 'levels'
  | 'networks'
  | 'strengths'
  | 'types'
  | 'roles'
  | 'drivers';

/** Columns with an input prompt. */
export type PromptName =
  | 'id'
  | 'member'
  | 'level'
  | 'presence'
  | 'area'
  | 'partners'
  | 'since'
  | 'works_with'
  | 'strength'
  | 'network'
  | 'companies'
  | 'countries'
  | 'drivers'
  | 'needs';

const EN: TemplateText = {
  title: 'Partnership mapping: expertise, countries and sector networks',
  instructions: (file) => [
    'Every member fills in what it knows (expertise), where it works (geography) and which sector networks it has. The partnership turns this into a synergy baseline: who overlaps, who complements whom, and which joint activities make sense.',
    '1. Members: one row per organisation in the partnership, with a short id (e.g. FTA). The other sheets refer to members by this id (a drop-down list).',
    '2. Expertise: one row per member and theme, with a level from 0 (none) to 5 (expert).',
    '3. Geography: one row per member and country where it works: how (office, local partner, programme or network), optionally the areas (provinces, districts or cities, e.g. Dhaka; Gazipur), the local partners, the year it started there and the other members it already works with there.',
    '4. Sectors: one row per member, sector and kind of network (IRBC agreement, companies, association, producers, unions), with a strength from 1 (weak) to 5 (very strong) and the companies in it.',
    '5. Companies (optional): companies the partnership wants to engage, with their countries, drivers (strategy, issue, opportunity, geography) and the themes they need.',
    'On every sheet the first row explains it, the second row holds the column names (keep them as they are) and the third row is an example (EXAMPLE): it is not read. Start in the fourth row and add as many rows as you need.',
    'The drop-down lists offer the words the analysis knows. A theme, sector or country that is not in a list is still read (Excel asks you to confirm it). Separate several values in one cell with a semicolon (;).',
    'Leave a cell empty when you do not know the answer; do not write n/a. Keep the sheet names; a sheet you add is read only when its column names are the documented ones.',
    `When the workbook comes back: partner-synergy validate ${file} lists every problem with its cell (e.g. Expertise!C14); partner-synergy baseline ${file} --out report writes the baseline and its reports.`,
  ],
  sheetNote: {
    members:
      'One row per member organisation. id: a short code (e.g. FTA) used in the other sheets; type and role from the list; headquarters country: where the head office is.',
    expertise:
      'One row per member and theme. member: an id from the Members sheet; theme from the list (another theme is kept, with a warning); level 0-5 from the list.',
    geography:
      'One row per member and country where it works. presence from the list; area: provinces, districts or cities, separated by ; (e.g. Dhaka; Gazipur); local partners separated by ;; since: the year it started there; works with: other members (ids) it already works with there, separated by ;.',
    sectors:
      'One row per member, sector and kind of network. strength 1 (weak) to 5 (very strong); companies in the network separated by ;.',
    companies:
      'Optional: companies the partnership wants to engage. countries, drivers (strategy, issue, opportunity, geography) and the themes they need, each separated by ;.',
  },
  listHeaders: {
    themes: 'themes',
    sectors: 'sectors',
    countries: 'countries',
    presence: 'presence',
    levels: 'levels',
    networks: 'networks',
    strengths: 'strength',
    types: 'member types',
    roles: 'roles',
    drivers: 'drivers',
  },
  exampleName: 'Example Foundation (this row is an example and is not read)',
  exampleMarker: 'EXAMPLE',
  prompts: {
    id: { title: 'id', text: 'A short code for the member, e.g. FTA; the other sheets use it.' },
    member: { title: 'member', text: 'The id of a member from the Members sheet.' },
    level: { title: 'level', text: '0 none, 1 beginner, 2 basic, 3 intermediate, 4 advanced, 5 expert.' },
    presence: {
      title: 'presence',
      text: 'office: own office; local partner: through a local organisation; programme: runs a programme; network: contacts only.',
    },
    area: {
      title: 'area',
      text: 'Optional: provinces, districts or cities, separated by ; (e.g. Dhaka; Gazipur).',
    },
    partners: { title: 'local partners', text: 'Names of local partner organisations, separated by ;.' },
    since: { title: 'since', text: 'The year the member started working there, e.g. 2015.' },
    works_with: {
      title: 'works with',
      text: 'Optional: ids of other members it already works with in this country (a joint programme or project), separated by ;.',
    },
    strength: { title: 'strength', text: '1 weak to 5 very strong: how well the member knows this network.' },
    network: {
      title: 'network',
      text: 'IRBC agreement, companies, association, producers or unions.',
    },
    companies: { title: 'companies', text: 'Companies in this network, separated by ;.' },
    countries: { title: 'countries', text: 'Countries where the company works, separated by ;.' },
    drivers: { title: 'drivers', text: 'strategy, issue, opportunity or geography, separated by ;.' },
    needs: { title: 'needs', text: 'Themes the company needs expertise on, separated by ;.' },
  },
  errors: {
    strict: { title: 'Not in the list', text: 'Choose a value from the drop-down list.' },
    open: {
      title: 'Not in the list',
      text: 'This value is not in the list. It is read as a new category (with a warning). Keep it?',
    },
    number: {
      title: 'Not in the list',
      text: 'Choose from the list; a number alone (e.g. 4) is read too. Keep it?',
    },
    year: { title: 'Not a year', text: 'Type a year between 1900 and 2100, e.g. 2015.' },
  },
  readme: (files) => [
    '# Partnership mapping: expertise, countries and sector networks',
    'Every member fills in what it knows (expertise), where it works (geography) and which sector networks it has. Fill in one CSV file per dimension (UTF-8; Excel: Save As "CSV UTF-8"); keep the column names of the first row.',
    [
      `- \`${files.members}\`: one row per organisation. \`id\` is a short code (e.g. FTA) the other files use; \`type\` and \`role\` from the lists below; \`headquarters country\` is where the head office is.`,
      `- \`${files.expertise}\`: one row per member and theme; \`level\` 0-5.`,
      `- \`${files.geography}\`: one row per member and country where it works; \`presence\` from the list below; \`area\` (optional): provinces, districts or cities separated by \`;\` (e.g. \`Dhaka; Gazipur\`); \`local partners\` separated by \`;\`; \`since\`: the year it started there; \`works with\` (optional): ids of other members it already works with there, separated by \`;\`.`,
      `- \`${files.sectors}\`: one row per member, sector and kind of network; \`strength\` 1 (weak) to 5 (very strong); \`companies\` separated by \`;\`.`,
      `- \`${files.companies}\` (optional): companies the partnership wants to engage; \`countries\`, \`drivers\` and \`needs\` (themes) separated by \`;\`.`,
    ].join('\n'),
    'Separate several values in one cell with `;`. Leave a cell empty when you do not know the answer. When the files are filled in: `partner-synergy validate <folder>` lists every problem with its line; `partner-synergy baseline <folder> --out report` writes the baseline.',
  ],
  readmeLists: {
    themes: 'Themes (`theme`, `needs`): another theme is kept as a new category, with a warning',
    sectors: 'Sectors (`sector`): another sector is kept as a new category, with a warning',
    countries: 'Countries',
    presence: 'Presence (`presence`)',
    levels: 'Levels (`level`; the number alone is enough)',
    networks: 'Kinds of network (`network`)',
    strengths: 'Strength (`strength`; the number alone is enough)',
    types: 'Member types (`type`)',
    roles: 'Roles (`role`)',
    drivers: 'Company drivers (`drivers`)',
  },
  readmeCountries:
    'Countries (`headquarters country`, `country`, `countries`): any country name in English or Dutch, or its ISO code (e.g. Bangladesh, BD).',
};

const NL: TemplateText = {
  title: 'Partnerschap in kaart: expertise, landen en sectornetwerken',
  instructions: (file) => [
    'Elk lid vult in wat het weet (expertise), waar het werkt (geografie) en welke sectornetwerken het heeft. Het partnerschap maakt hier een synergie-nulmeting van: wie overlapt, wie vult wie aan en welke gezamenlijke activiteiten zinvol zijn.',
    '1. Leden: één rij per organisatie in het partnerschap, met een korte afkorting (bv. FTA). De andere werkbladen verwijzen met die afkorting naar een lid (een keuzelijst).',
    '2. Expertise: één rij per lid en thema, met een niveau van 0 (geen) tot 5 (deskundig).',
    '3. Geografie: één rij per lid en land waar het werkt: hoe (kantoor, lokale partner, programma of netwerk), eventueel de gebieden (provincies, districten of steden, bv. Dhaka; Gazipur), de lokale partners, het jaar waarin het daar begon en de andere leden waarmee het daar al samenwerkt.',
    '4. Sectoren: één rij per lid, sector en soort netwerk (IMVO-convenant, bedrijven, brancheorganisatie, producenten, vakbonden), met een sterkte van 1 (zwak) tot 5 (zeer sterk) en de bedrijven erin.',
    '5. Bedrijven (optioneel): bedrijven die het partnerschap wil betrekken, met hun landen, drijfveren (strategie, verantwoordelijkheid, kans, geografie) en de thema’s waar ze kennis over nodig hebben.',
    'Op elk werkblad legt de eerste rij het blad uit, staan in de tweede rij de kolomnamen (laat die staan) en is de derde rij een voorbeeld (VOORBEELD): die wordt niet gelezen. Begin in de vierde rij en voeg zoveel rijen toe als nodig.',
    'De keuzelijsten bevatten de woorden die de analyse kent. Een thema, sector of land dat niet in een lijst staat wordt toch gelezen (Excel vraagt om bevestiging). Scheid meerdere waarden in één cel met een puntkomma (;).',
    'Laat een cel leeg als je het antwoord niet weet; schrijf geen n.v.t. Houd de namen van de werkbladen aan; een werkblad dat je toevoegt wordt alleen gelezen als de kolomnamen de beschreven namen zijn.',
    `Als de werkmap terug is: partner-synergy validate ${file} toont elk probleem met zijn cel (bv. Expertise!C14); partner-synergy baseline ${file} --out rapport --lang nl schrijft de nulmeting en de rapporten.`,
  ],
  sheetNote: {
    members:
      'Eén rij per lidorganisatie. afkorting: een korte code (bv. FTA) die de andere werkbladen gebruiken; soort en rol uit de lijst; land hoofdkantoor: waar het hoofdkantoor is.',
    expertise:
      'Eén rij per lid en thema. lid: een afkorting uit het werkblad Leden; thema uit de lijst (een ander thema blijft bewaard, met een waarschuwing); niveau 0-5 uit de lijst.',
    geography:
      'Eén rij per lid en land waar het werkt. aanwezigheid uit de lijst; gebied: provincies, districten of steden, gescheiden door ; (bv. Dhaka; Gazipur); lokale partners gescheiden door ;; sinds: het jaar waarin het daar begon; werkt samen met: andere leden (afkortingen) waarmee het daar al samenwerkt, gescheiden door ;.',
    sectors:
      'Eén rij per lid, sector en soort netwerk. sterkte 1 (zwak) tot 5 (zeer sterk); bedrijven in het netwerk gescheiden door ;.',
    companies:
      'Optioneel: bedrijven die het partnerschap wil betrekken. landen, drijfveren (strategie, verantwoordelijkheid, kans, geografie) en de thema’s die ze nodig hebben, elk gescheiden door ;.',
  },
  listHeaders: {
    themes: 'thema’s',
    sectors: 'sectoren',
    countries: 'landen',
    presence: 'aanwezigheid',
    levels: 'niveaus',
    networks: 'netwerken',
    strengths: 'sterkte',
    types: 'soorten leden',
    roles: 'rollen',
    drivers: 'drijfveren',
  },
  exampleName: 'Stichting Voorbeeld (deze rij is een voorbeeld en wordt niet gelezen)',
  exampleMarker: 'VOORBEELD',
  prompts: {
    id: {
      title: 'afkorting',
      text: 'Een korte code voor het lid, bv. FTA; de andere werkbladen gebruiken die.',
    },
    member: { title: 'lid', text: 'De afkorting van een lid uit het werkblad Leden.' },
    level: { title: 'niveau', text: '0 geen, 1 beperkt, 2 basis, 3 gemiddeld, 4 gevorderd, 5 deskundig.' },
    presence: {
      title: 'aanwezigheid',
      text: 'kantoor: eigen kantoor; lokale partner: via een lokale organisatie; programma: voert een programma uit; netwerk: alleen contacten.',
    },
    area: {
      title: 'gebied',
      text: 'Optioneel: provincies, districten of steden, gescheiden door ; (bv. Dhaka; Gazipur).',
    },
    partners: { title: 'lokale partners', text: 'Namen van lokale partnerorganisaties, gescheiden door ;.' },
    since: { title: 'sinds', text: 'Het jaar waarin het lid daar begon, bv. 2015.' },
    works_with: {
      title: 'werkt samen met',
      text: 'Optioneel: afkortingen van andere leden waarmee het in dit land al samenwerkt (een gezamenlijk programma of project), gescheiden door ;.',
    },
    strength: { title: 'sterkte', text: '1 zwak tot 5 zeer sterk: hoe goed het lid dit netwerk kent.' },
    network: {
      title: 'netwerk',
      text: 'IMVO-convenant, bedrijven, brancheorganisatie, producenten of vakbonden.',
    },
    companies: { title: 'bedrijven', text: 'Bedrijven in dit netwerk, gescheiden door ;.' },
    countries: { title: 'landen', text: 'Landen waar het bedrijf werkt, gescheiden door ;.' },
    drivers: {
      title: 'drijfveren',
      text: 'strategie, verantwoordelijkheid, kans of geografie, gescheiden door ;.',
    },
    needs: {
      title: 'behoeften',
      text: 'Thema’s waar het bedrijf kennis over nodig heeft, gescheiden door ;.',
    },
  },
  errors: {
    strict: { title: 'Niet in de lijst', text: 'Kies een waarde uit de keuzelijst.' },
    open: {
      title: 'Niet in de lijst',
      text: 'Deze waarde staat niet in de lijst. Ze wordt gelezen als een nieuwe categorie (met een waarschuwing). Bewaren?',
    },
    number: {
      title: 'Niet in de lijst',
      text: 'Kies uit de lijst; alleen een getal (bv. 4) wordt ook gelezen. Bewaren?',
    },
    year: { title: 'Geen jaartal', text: 'Typ een jaartal tussen 1900 en 2100, bv. 2015.' },
  },
  readme: (files) => [
    '# Partnerschap in kaart: expertise, landen en sectornetwerken',
    'Elk lid vult in wat het weet (expertise), waar het werkt (geografie) en welke sectornetwerken het heeft. Vul per onderdeel één CSV-bestand in (UTF-8; Excel: Opslaan als "CSV UTF-8"); laat de kolomnamen in de eerste rij staan.',
    [
      `- \`${files.members}\`: één rij per organisatie. \`afkorting\` is een korte code (bv. FTA) die de andere bestanden gebruiken; \`soort\` en \`rol\` uit de lijsten hieronder; \`land hoofdkantoor\` is waar het hoofdkantoor is.`,
      `- \`${files.expertise}\`: één rij per lid en thema; \`niveau\` 0-5.`,
      `- \`${files.geography}\`: één rij per lid en land waar het werkt; \`aanwezigheid\` uit de lijst hieronder; \`gebied\` (optioneel): provincies, districten of steden gescheiden door \`;\` (bv. \`Dhaka; Gazipur\`); \`lokale partners\` gescheiden door \`;\`; \`sinds\`: het jaar waarin het daar begon; \`werkt samen met\` (optioneel): afkortingen van andere leden waarmee het daar al samenwerkt, gescheiden door \`;\`.`,
      `- \`${files.sectors}\`: één rij per lid, sector en soort netwerk; \`sterkte\` 1 (zwak) tot 5 (zeer sterk); \`bedrijven\` gescheiden door \`;\`.`,
      `- \`${files.companies}\` (optioneel): bedrijven die het partnerschap wil betrekken; \`landen\`, \`drijfveren\` en \`behoeften\` (thema's) gescheiden door \`;\`.`,
    ].join('\n'),
    'Scheid meerdere waarden in één cel met `;`. Laat een cel leeg als je het antwoord niet weet. Als de bestanden zijn ingevuld: `partner-synergy validate <map>` toont elk probleem met zijn regel; `partner-synergy baseline <map> --out rapport --lang nl` schrijft de nulmeting.',
  ],
  readmeLists: {
    themes:
      'Thema’s (`thema`, `behoeften`): een ander thema blijft bewaard als nieuwe categorie, met een waarschuwing',
    sectors:
      'Sectoren (`sector`): een andere sector blijft bewaard als nieuwe categorie, met een waarschuwing',
    countries: 'Landen',
    presence: 'Aanwezigheid (`aanwezigheid`)',
    levels: 'Niveaus (`niveau`; het getal alleen is genoeg)',
    networks: 'Soorten netwerk (`netwerk`)',
    strengths: 'Sterkte (`sterkte`; het getal alleen is genoeg)',
    types: 'Soorten leden (`soort`)',
    roles: 'Rollen (`rol`)',
    drivers: 'Drijfveren van bedrijven (`drijfveren`)',
  },
  readmeCountries:
    'Landen (`land hoofdkantoor`, `land`, `landen`): elke landnaam in het Nederlands of Engels, of de ISO-code (bv. Bangladesh, BD).',
};

/**
 * The template's sentences in a language.
 *
 * @example
 * templateText('nl').exampleMarker; // => 'VOORBEELD'
 */
export function templateText(lang: Lang): TemplateText {
  return lang === 'nl' ? NL : EN;
}
