/**
 * Partner synergy dashboard: plain ES module, no build step. It imports the self-contained
 * browser build of partner-synergy (run `npm run build` first) and renders a baseline from CSV
 * files and Excel workbooks the user drops here; nothing is uploaded. The workbook reader is a
 * separate chunk (dist/browser/partner-synergy.workbook.js), loaded only when a workbook is dropped;
 * so is the search box's index (dist/browser/partner-synergy.search.js, Fuse.js), loaded when the
 * first search runs. The heatmap and the world map are drawn by the report renderers
 * (partner-synergy/report), a module of their own beside the core
 * (dist/browser/partner-synergy.report.js), so the core bundle does not carry them.
 *
 * Safety: every user-provided string (file names, member names, values, messages) reaches the
 * page through textContent or attribute setters, never through innerHTML. The heatmap SVG comes
 * from report.renderHeatmapSvg, which escapes its labels; it is parsed with DOMParser as SVG (not HTML)
 * and imported as a node.
 */
import * as ps from '../../dist/browser/partner-synergy.browser.js';
import * as report from '../../dist/browser/partner-synergy.report.js';

const WORKBOOK_CHUNK = '../../dist/browser/partner-synergy.workbook.js';
/** The 3W importer, loaded only when one dropped file is not partnership files. */
const IMPORT_CHUNK = '../../dist/browser/partner-synergy.import.js';
const SAMPLE_DIR = '../../data/sample-partnership/';
const SAMPLE_FILES = ['members.csv', 'expertise.csv', 'geography.csv', 'sectors.csv', 'companies.csv'];
/** At most this many problem rows are drawn (the count says how many there are). */
const MAX_PROBLEM_ROWS = 500;

const TEXT = {
  en: {
    title: 'Partner synergy dashboard',
    lede: "Drop your partnership's CSV files or Excel workbook to see where members overlap, where they complement each other and which joint activities make sense. Everything runs in this browser tab; no file leaves your computer.",
    language: 'Language',
    inputHeading: 'Your files',
    dropTitle: 'Drag and drop CSV files or an Excel workbook here',
    dropHint:
      'members.csv (required), expertise.csv, geography.csv, sectors.csv, companies.csv (any encoding, comma or semicolon), or a workbook (.xlsx) made with partner-synergy template. An OCHA 3W table (CSV or .xlsx) on its own is read too.',
    chooseFiles: 'Choose files…',
    loadSample: 'Load sample',
    clearFiles: 'Clear',
    filesLabel: 'Loaded files',
    removeFile: 'Remove {name}',
    summaryHeading: 'Summary',
    membersHeading: 'Members',
    filesHeading: 'Files read',
    problemsHeading: 'Problems in the input',
    problemsEmpty: 'No problems found: every row was read.',
    problemsMore: 'Showing the first {shown} of {total} problems.',
    heatmapHeading: 'Member × member',
    matrixLabel: 'Show',
    countryHeading: 'In a country',
    countryLabel: 'Country',
    recsHeading: 'Recommended joint activities',
    recsEmpty: 'No recommendation passes the thresholds.',
    kindFilter: 'Kind',
    allKinds: 'All kinds ({count})',
    footer: 'partner-synergy · browser build · the numbers are a baseline to discuss, not a verdict.',
    colId: 'Id',
    colName: 'Name',
    colType: 'Type',
    colCountry: 'Country',
    colRole: 'Role',
    colFile: 'File',
    colKind: 'Read as',
    colEncoding: 'Encoding',
    colDelimiter: 'Delimiter',
    colRows: 'Rows',
    colAccepted: 'Accepted',
    colRejected: 'Rejected',
    delimComma: 'comma',
    delimSemicolon: 'semicolon',
    delimTab: 'tab',
    delimPipe: 'pipe',
    colSeverity: 'Severity',
    colLine: 'Line',
    colColumn: 'Column',
    colValue: 'Value',
    colReason: 'Reason',
    colSuggestion: 'Suggestion',
    colMember: 'Member',
    colPresence: 'Presence',
    colPartners: 'Local partners',
    colTheme: 'Theme',
    colLevel: 'Highest level',
    colAtLevel: 'Members at that level',
    colPartner: 'Partner',
    colMembers: 'Members',
    statMembers: 'Members',
    statCountries: 'Countries',
    statRows: 'Rows read',
    statRejected: 'Rejected rows',
    statWarnings: 'Warnings',
    statRecs: 'Recommendations',
    severityRejected: 'rejected',
    severityWarning: 'warning',
    fileLevel: 'file',
    matrix_synergy: 'Synergy',
    matrix_duplication: 'Duplication',
    matrix_expertise: 'Expertise overlap',
    matrix_geography: 'Geography overlap',
    matrix_sectors: 'Sector overlap',
    help_synergy:
      'How much two members gain from working together: what each adds to the other (complementarity) where they share a country or sector.',
    help_duplication: 'Where two members do the same thing at a high level in the same places: coordinate.',
    help_expertise:
      'How similar two members are in themes and levels (weighted Jaccard, 0 = nothing shared).',
    help_geography: 'How similar two members are in where they work, weighted by how they are present.',
    help_sectors: 'How similar two members are in their sector networks.',
    membersPresent: '{count} members present',
    themesHeading: 'Themes',
    duplicatedHeading: 'Duplicated (coordinate)',
    missingHeading: 'Missing (focus themes nobody covers well)',
    sharedHeading: 'Shared local partners',
    none: 'None.',
    alsoWritten: 'also written as {variants}',
    noCountries: 'No member has a geography record, so there is no country view.',
    duplicatedBadge: 'duplicated',
    evidence: 'Evidence ({count} rows)',
    lines: 'lines',
    line: 'line',
    score: 'Score',
    status_loading: 'Reading {count} files…',
    status_ready: '{members} members, {recs} recommendations · built in {ms} ms.',
    status_sample: 'Fetching the sample…',
    errorSample: 'Could not fetch the sample ({file}: {status}). Serve the repository root, see README.md.',
    errorBuild: 'No baseline could be built: {message}',
    presence_office: 'own office',
    presence_local_partner: 'through local partners',
    presence_programme: 'programme',
    presence_network: 'network',
    type_ngo: 'NGO',
    type_union: 'trade union',
    type_company: 'company',
    type_knowledge: 'knowledge institute',
    type_government: 'government',
    type_other: 'other',
    role_lead: 'lead',
    role_member: 'member',
    mapHeading: 'Where the partnership works',
    mapHint: 'Click a country, or press Enter on it, to open its view below.',
    mapCaption: 'Countries where members work: the numbers of the map',
    mapError: 'The map could not be drawn.',
    heatmapError: 'The heatmap could not be drawn.',
    heatmapAxisNote: 'row gains from column',
    heatmapEmpty: 'No data',
    asTable: 'The same numbers as a table',
    colStrongest: 'Strongest presence',
    colRecs: 'Joint activities',
    openCountry: 'Open {country}',
    missingFilesHeading: 'Add these files for a complete baseline',
    missingFilesIntro: 'This baseline has no data in one or more dimensions, so parts of it are empty:',
    missing_expertise:
      'expertise.csv (member, theme, level): what each member knows. Adds expertise overlap and complementarity, synergy, training offers and coverage gaps.',
    missing_geography:
      'geography.csv (member, country, presence, partners): where each member works and how. Adds the map, the country views, geography overlap, in-country coordination and shared local partners.',
    missing_sectors:
      'sectors.csv (member, sector, network, strength): the sector networks of each member. Adds sector overlap, joint lobby, joint stakeholder mapping and company engagement.',
    needs: 'No data yet: add {files}.',
    or: 'or',
    where: 'Where',
    noCountry: 'no particular country',
    fileKind_members: 'members',
    fileKind_expertise: 'expertise',
    fileKind_geography: 'geography',
    fileKind_sectors: 'sectors',
    fileKind_companies: 'companies',
    fileKind_funders: 'funders',
    fileKind_focus: 'focus themes',
    fileKind_wide: 'survey export (one row per member)',
    fileKind_unknown: 'not recognised',
    role_local_partner: 'local partner',
    searchHeading: 'Search',
    searchLabel: 'Find a member, country, theme or joint activity',
    searchHint: 'Typos are fine. Press the down arrow to reach the results, Enter to open one.',
    searchCount: '{count} results for “{query}”.',
    searchOne: '1 result for “{query}”.',
    searchNone: 'Nothing found for “{query}”.',
    searchError: 'The search could not be loaded.',
    searchNoActivity: 'No joint activity is about {label}.',
    hit_member: 'Member',
    hit_country: 'Country',
    hit_theme: 'Theme',
    hit_sector: 'Sector',
    hit_recommendation: 'Joint activity',
    hitMatched: 'found in: {value}',
  },
  nl: {
    title: 'Dashboard partnersynergie',
    lede: 'Sleep de CSV-bestanden of de Excel-werkmap van je partnerschap hierheen en zie waar leden overlappen, waar ze elkaar aanvullen en welke gezamenlijke activiteiten zinvol zijn. Alles draait in dit browsertabblad; geen bestand verlaat je computer.',
    language: 'Taal',
    inputHeading: 'Je bestanden',
    dropTitle: 'Sleep CSV-bestanden of een Excel-werkmap hierheen',
    dropHint:
      'members.csv (verplicht), expertise.csv, geography.csv, sectors.csv, companies.csv (elke codering, komma of puntkomma), of een werkmap (.xlsx) gemaakt met partner-synergy template. Een losse OCHA 3W-tabel (CSV of .xlsx) wordt ook gelezen.',
    chooseFiles: 'Bestanden kiezen…',
    loadSample: 'Voorbeeld laden',
    clearFiles: 'Wissen',
    filesLabel: 'Geladen bestanden',
    removeFile: '{name} verwijderen',
    summaryHeading: 'Samenvatting',
    membersHeading: 'Leden',
    filesHeading: 'Gelezen bestanden',
    problemsHeading: 'Problemen in de invoer',
    problemsEmpty: 'Geen problemen gevonden: elke rij is gelezen.',
    problemsMore: 'De eerste {shown} van {total} problemen.',
    heatmapHeading: 'Lid × lid',
    matrixLabel: 'Toon',
    countryHeading: 'In een land',
    countryLabel: 'Land',
    recsHeading: 'Aanbevolen gezamenlijke activiteiten',
    recsEmpty: 'Geen aanbeveling haalt de drempels.',
    kindFilter: 'Soort',
    allKinds: 'Alle soorten ({count})',
    footer: 'partner-synergy · browserversie · de cijfers zijn een nulmeting om te bespreken, geen oordeel.',
    colId: 'Id',
    colName: 'Naam',
    colType: 'Soort',
    colCountry: 'Land',
    colRole: 'Rol',
    colFile: 'Bestand',
    colKind: 'Gelezen als',
    colEncoding: 'Codering',
    colDelimiter: 'Scheidingsteken',
    colRows: 'Rijen',
    colAccepted: 'Geaccepteerd',
    colRejected: 'Afgewezen',
    delimComma: 'komma',
    delimSemicolon: 'puntkomma',
    delimTab: 'tab',
    delimPipe: 'verticale streep',
    colSeverity: 'Ernst',
    colLine: 'Regel',
    colColumn: 'Kolom',
    colValue: 'Waarde',
    colReason: 'Reden',
    colSuggestion: 'Suggestie',
    colMember: 'Lid',
    colPresence: 'Aanwezigheid',
    colPartners: 'Lokale partners',
    colTheme: 'Thema',
    colLevel: 'Hoogste niveau',
    colAtLevel: 'Leden op dat niveau',
    colPartner: 'Partner',
    colMembers: 'Leden',
    statMembers: 'Leden',
    statCountries: 'Landen',
    statRows: 'Rijen gelezen',
    statRejected: 'Afgewezen rijen',
    statWarnings: 'Waarschuwingen',
    statRecs: 'Aanbevelingen',
    severityRejected: 'afgewezen',
    severityWarning: 'waarschuwing',
    fileLevel: 'bestand',
    matrix_synergy: 'Synergie',
    matrix_duplication: 'Dubbeling',
    matrix_expertise: 'Overlap in expertise',
    matrix_geography: 'Overlap in geografie',
    matrix_sectors: 'Overlap in sectoren',
    help_synergy:
      'Hoeveel twee leden winnen bij samenwerking: wat elk de ander toevoegt (complementariteit) waar ze een land of sector delen.',
    help_duplication: 'Waar twee leden op hoog niveau hetzelfde doen op dezelfde plekken: afstemmen.',
    help_expertise: 'Hoe gelijk twee leden zijn in thema’s en niveaus (gewogen Jaccard, 0 = niets gedeeld).',
    help_geography: 'Hoe gelijk twee leden zijn in waar ze werken, gewogen naar de vorm van aanwezigheid.',
    help_sectors: 'Hoe gelijk twee leden zijn in hun sectornetwerken.',
    membersPresent: '{count} leden aanwezig',
    themesHeading: 'Thema’s',
    duplicatedHeading: 'Dubbel (afstemmen)',
    missingHeading: 'Ontbrekend (focusthema’s die niemand goed dekt)',
    sharedHeading: 'Gedeelde lokale partners',
    none: 'Geen.',
    alsoWritten: 'ook geschreven als {variants}',
    noCountries: 'Geen lid heeft een geografierij, dus er is geen landenoverzicht.',
    duplicatedBadge: 'dubbel',
    evidence: 'Onderbouwing ({count} rijen)',
    lines: 'regels',
    line: 'regel',
    score: 'Score',
    status_loading: '{count} bestanden lezen…',
    status_ready: '{members} leden, {recs} aanbevelingen · gebouwd in {ms} ms.',
    status_sample: 'Voorbeeld ophalen…',
    errorSample:
      'Het voorbeeld kon niet worden opgehaald ({file}: {status}). Serveer de hoofdmap van de repository, zie README.md.',
    errorBuild: 'Er kon geen nulmeting worden gemaakt: {message}',
    presence_office: 'eigen kantoor',
    presence_local_partner: 'via lokale partners',
    presence_programme: 'programma',
    presence_network: 'netwerk',
    type_ngo: 'ngo',
    type_union: 'vakbond',
    type_company: 'bedrijf',
    type_knowledge: 'kennisinstelling',
    type_government: 'overheid',
    type_other: 'overig',
    role_lead: 'penvoerder',
    role_member: 'lid',
    mapHeading: 'Waar het partnerschap werkt',
    mapHint: 'Klik op een land, of druk er op Enter, om het landoverzicht hieronder te openen.',
    mapCaption: 'Landen waar leden werken: de cijfers van de kaart',
    mapError: 'De kaart kon niet worden getekend.',
    heatmapError: 'De heatmap kon niet worden getekend.',
    heatmapAxisNote: 'rij wint van kolom',
    heatmapEmpty: 'Geen gegevens',
    asTable: 'Dezelfde cijfers als tabel',
    colStrongest: 'Sterkste aanwezigheid',
    colRecs: 'Gezamenlijke activiteiten',
    openCountry: '{country} openen',
    missingFilesHeading: 'Voeg deze bestanden toe voor een volledige nulmeting',
    missingFilesIntro:
      'Deze nulmeting heeft in een of meer dimensies geen gegevens, dus delen ervan blijven leeg:',
    missing_expertise:
      'expertise.csv of kennis.csv (lid, thema, niveau): wat elk lid weet. Levert overlap en complementariteit in expertise, synergie, trainingsaanbod en gaten in de dekking op.',
    missing_geography:
      'geography.csv of geografie.csv (lid, land, aanwezigheid, partners): waar elk lid werkt en hoe. Levert de kaart, de landoverzichten, geografische overlap, coördinatie in het land en gedeelde lokale partners op.',
    missing_sectors:
      'sectors.csv of sectoren.csv (lid, sector, netwerk, sterkte): de sectornetwerken van elk lid. Levert overlap in sectoren, gezamenlijke lobby, gezamenlijke stakeholderanalyse en bedrijfsbenadering op.',
    needs: 'Nog geen gegevens: voeg {files} toe.',
    or: 'of',
    where: 'Waar',
    noCountry: 'geen bepaald land',
    fileKind_members: 'leden',
    fileKind_expertise: 'expertise',
    fileKind_geography: 'geografie',
    fileKind_sectors: 'sectoren',
    fileKind_companies: 'bedrijven',
    fileKind_funders: 'financiers',
    fileKind_focus: 'focusthema’s',
    fileKind_wide: 'enquête-export (één rij per lid)',
    fileKind_unknown: 'niet herkend',
    role_local_partner: 'lokale partner',
    searchHeading: 'Zoeken',
    searchLabel: 'Zoek een lid, land, thema of gezamenlijke activiteit',
    searchHint: 'Tikfouten zijn geen probleem. Pijl omlaag brengt je naar de resultaten, Enter opent er een.',
    searchCount: '{count} resultaten voor ‘{query}’.',
    searchOne: '1 resultaat voor ‘{query}’.',
    searchNone: 'Niets gevonden voor ‘{query}’.',
    searchError: 'De zoekfunctie kon niet worden geladen.',
    searchNoActivity: 'Geen gezamenlijke activiteit gaat over {label}.',
    hit_member: 'Lid',
    hit_country: 'Land',
    hit_theme: 'Thema',
    hit_sector: 'Sector',
    hit_recommendation: 'Gezamenlijke activiteit',
    hitMatched: 'gevonden in: {value}',
  },
};

/** Names (UI text keys) of the usual delimiters. */
const DELIMITERS = new Map([
  [',', 'delimComma'],
  [';', 'delimSemicolon'],
  ['\t', 'delimTab'],
  ['|', 'delimPipe'],
]);

const MATRICES = ['synergy', 'duplication', 'expertise', 'geography', 'sectors'];

/** The country outlines (partner-synergy/map), loaded when the first map is drawn. */
const MAP_MODULE = '../../dist/browser/partner-synergy-map.browser.js';
let mapGeometry = null;

/** The search index (partner-synergy/search, Fuse.js), loaded when the search box is first used. */
const SEARCH_MODULE = '../../dist/browser/partner-synergy.search.js';
/** At most this many search hits are listed. */
const MAX_SEARCH_HITS = 8;
let searchModule = null;
/** The index of the current baseline in the current language, rebuilt when either changes. */
const search = { index: null, key: '', timer: 0 };

const DIMENSIONS = ['expertise', 'geography', 'sectors'];
/** What a heatmap needs: groups of which at least one dimension must have data (as in report.html). */
const NEEDS = {
  synergy: [['geography', 'sectors']],
  duplication: [['expertise'], ['geography', 'sectors']],
  expertise: [['expertise']],
  geography: [['geography']],
  sectors: [['sectors']],
};

/** Kind titles (en/nl) of the built-in recommendation catalogue, by kind id. */
const KIND_TITLES = new Map(ps.describeCatalogue().map((k) => [k.id, k.title]));

const state = {
  lang: 'en',
  /** File name -> bytes, in the order the user gave them. */
  files: new Map(),
  /** The current baseline.json, or null. */
  json: null,
  matrix: 'synergy',
  country: null,
  kind: 'all',
  /** Bumped by every rebuild, so that a slower earlier build never overwrites a later one. */
  generation: 0,
};

const $ = (id) => {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`dashboard: #${id} is missing from index.html`);
  return node;
};

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare names as a reader of the current language sorts them ("Côte d'Ivoire" before "Cuba"). */
function byName(a, b) {
  return a.localeCompare(b, state.lang, { numeric: true }) || cmp(a, b);
}

/** A UI text in the current language, with {placeholders} filled. */
function t(key, vars = {}) {
  const table = TEXT[state.lang];
  const template = Object.hasOwn(table, key) ? table[key] : Object.hasOwn(TEXT.en, key) ? TEXT.en[key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** A number with `decimals` decimals and the language's decimal mark. */
function fmt(x, decimals = 2) {
  const s = x.toFixed(decimals);
  return state.lang === 'nl' ? s.replace('.', ',') : s;
}

/**
 * Create an element. `props`: `class`, `text` (textContent), `dataset` (object), any other key
 * becomes an attribute. Children: nodes or strings (appended as text, never parsed).
 */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A display label of a theme/sector/country id in the current language (the id if unknown). */
function label(kind, id) {
  const table = state.json?.labels?.[kind];
  if (table && Object.hasOwn(table, id)) return table[id][state.lang] ?? table[id].en ?? id;
  return id;
}

function memberNames() {
  const names = new Map();
  for (const m of state.json?.members ?? []) names.set(m.id, m.name);
  return names;
}

function memberName(id) {
  return memberNames().get(id) ?? id;
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// ---------------------------------------------------------------- static texts

function applyStaticTexts() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('file-list').setAttribute('aria-label', t('filesLabel'));
  for (const option of $('matrix-select').options) option.textContent = t(`matrix_${option.value}`);
}

// ---------------------------------------------------------------- status and errors

function setStatus(text) {
  $('status').textContent = text;
}

function showError(text) {
  const box = $('error');
  box.textContent = text;
  box.hidden = text === '';
}

function renderFileList() {
  const list = $('file-list');
  list.replaceChildren();
  for (const [name, bytes] of state.files) {
    const remove = el('button', {
      type: 'button',
      class: 'chip-remove',
      'aria-label': t('removeFile', { name }),
      title: t('removeFile', { name }),
      text: '×',
    });
    remove.addEventListener('click', () => {
      state.files.delete(name);
      renderFileList();
      void rebuild();
    });
    list.append(
      el(
        'li',
        { class: 'chip' },
        el('span', { class: 'chip-name', text: name }),
        el('span', { class: 'chip-size', text: formatBytes(bytes.length) }),
        remove,
      ),
    );
  }
  $('clear-files').disabled = state.files.size === 0;
}

function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024, 1)} kB`;
  return `${fmt(n / 1024 / 1024, 1)} MB`;
}

// ---------------------------------------------------------------- building

/** Rebuild the baseline from the loaded files in the current language and render it. */
async function rebuild() {
  const generation = ++state.generation;
  showError('');
  if (state.files.size === 0) {
    state.json = null;
    $('results').hidden = true;
    setStatus('');
    showNotice('');
    return;
  }
  setStatus(t('status_loading', { count: state.files.size }));
  await nextFrame();
  if (generation !== state.generation) return;
  const started = performance.now();
  let json;
  try {
    const { ingest, note } = await readInput(state.files, state.lang);
    if (generation !== state.generation) return;
    json = ps.toBaselineJson(ps.buildBaseline(ingest, { lang: state.lang }));
    showNotice(note);
  } catch (error) {
    state.json = null;
    $('results').hidden = true;
    setStatus('');
    showError(t('errorBuild', { message: error instanceof Error ? error.message : String(error) }));
    return;
  }
  const ms = Math.round(performance.now() - started);
  state.json = json;
  render();
  setStatus(t('status_ready', { members: json.members.length, recs: json.recommendations.length, ms }));
  const results = $('results');
  results.hidden = false;
  results.dataset.lang = state.lang;
  results.dataset.generation = String(generation);
}

const isWorkbook = (name, bytes) =>
  /\.xls[xm]$/i.test(name) ||
  (bytes[0] === 0x50 && bytes[1] === 0x4b) ||
  (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/**
 * The loaded files as one normalised partnership, and a note when they were not partnership
 * files but one OCHA 3W table, read as `partner-synergy import 3w` would write it (the importer
 * chunk is loaded only then: one file, and no more than a members table found in it).
 */
async function readInput(files, lang) {
  const ingest = await readPartnershipFiles(files, lang);
  const onlyMembers = ingest.files.every((f) => f.kind === 'members' || f.kind === 'unknown');
  if (files.size !== 1 || (ingest.partnership.members.length > 0 && !onlyMembers))
    return { ingest, note: '' };
  const [[name, content]] = [...files];
  const importer = await import(IMPORT_CHUNK);
  const readSheets = (bytes, file) => importer.readWorkbookSheets(bytes, { name: file, lang }).sheets;
  const read = (input) => ps.parsePartnership(input);
  const found = importer.fallbackToPublicData([{ name, content }], ingest, read, { lang, readSheets });
  return {
    ingest: found.ingest,
    note: found.imported === null ? '' : importer.publicImportNote(found.imported, lang),
  };
}

function showNotice(text) {
  const box = $('notice');
  box.textContent = text;
  box.hidden = text === '';
}

/**
 * Read the loaded files into one normalised partnership: CSV files as they are, workbooks (told by
 * name or by their first bytes) through the workbook chunk, loaded the first time one is needed;
 * issues in a workbook then name their cell.
 */
async function readPartnershipFiles(files, lang) {
  const names = [...files.keys()].sort(cmp);
  if (!names.some((n) => isWorkbook(n, files.get(n)))) {
    return ps.parsePartnership(names.map((name) => ({ name, content: files.get(name) })));
  }
  const wb = await import(WORKBOOK_CHUNK);
  const books = [];
  const input = [];
  for (const name of names) {
    const content = files.get(name);
    if (!wb.isWorkbookFile(name, content)) {
      input.push({ name, content });
      continue;
    }
    const book = wb.readWorkbookTables(content, { name, lang });
    books.push(book);
    input.push(...book.tables);
  }
  return wb.withCellReferences(ps.parsePartnership(input), books);
}

async function addFiles(fileList) {
  const files = [...fileList];
  if (files.length === 0) return;
  const read = await Promise.all(files.map(async (f) => [f.name, new Uint8Array(await f.arrayBuffer())]));
  for (const [name, bytes] of read) {
    state.files.delete(name); // re-adding a file moves it to the end
    state.files.set(name, bytes);
  }
  renderFileList();
  await rebuild();
}

async function loadSample() {
  showError('');
  setStatus(t('status_sample'));
  const loaded = new Map();
  for (const file of SAMPLE_FILES) {
    let response;
    try {
      response = await fetch(SAMPLE_DIR + file);
    } catch (error) {
      setStatus('');
      showError(t('errorSample', { file, status: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (!response.ok) {
      setStatus('');
      showError(t('errorSample', { file, status: response.status }));
      return;
    }
    loaded.set(file, new Uint8Array(await response.arrayBuffer()));
  }
  state.files = loaded;
  renderFileList();
  await rebuild();
}

// ---------------------------------------------------------------- rendering

function render() {
  void runSearch();
  renderMissing();
  renderSummary();
  renderProblems();
  renderHeatmap();
  renderCountrySelect();
  renderCountry();
  renderRecommendations();
  void renderMap(state.generation);
}

/** Dimensions where no member has data: every member's profile there is empty. */
function missingDimensions() {
  const json = state.json;
  if (json.members.length === 0) return [];
  return DIMENSIONS.filter((d) => {
    const empty = new Set(json.emptyProfiles[d]);
    return json.members.every((m) => empty.has(m.id));
  });
}

function renderMissing() {
  const missing = missingDimensions();
  $('missing').hidden = missing.length === 0;
  $('missing-list').replaceChildren(...missing.map((d) => el('li', { text: t(`missing_${d}`) })));
}

// ---------------------------------------------------------------- map

function parseSvg(svgText) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  return document.importNode(root, true);
}

async function renderMap(generation) {
  const holder = $('world-map');
  try {
    mapGeometry ??= (await import(MAP_MODULE)).WORLD_MAP;
  } catch {
    holder.replaceChildren(el('p', { class: 'error', text: t('mapError') }));
    return;
  }
  if (generation !== state.generation || state.json === null) return;
  const svg = parseSvg(
    report.renderWorldMapSvg(state.json, mapGeometry, { lang: state.lang, interactive: true }),
  );
  if (svg === null) {
    holder.replaceChildren(el('p', { class: 'error', text: t('mapError') }));
    return;
  }
  holder.replaceChildren(svg);
  markSelectedCountry();
  renderMapTable(svg);
  holder.dataset.lang = state.lang;
  holder.dataset.generation = String(generation);
}

/** The table of the map's numbers, read from the map itself (its data attributes), so both always agree. */
function renderMapTable(svg) {
  const rows = [...svg.querySelectorAll('[data-country][data-members]')]
    .map((node) => ({
      code: node.dataset.country,
      name: label('countries', node.dataset.country),
      members: Number(node.dataset.members),
      presence: node.dataset.presence,
      recs: Number(node.dataset.recommendations),
    }))
    .sort((a, b) => byName(a.name, b.name));
  $('map-body').replaceChildren(
    ...rows.map((r) => {
      const open = el('button', {
        type: 'button',
        class: 'link-button',
        'aria-label': t('openCountry', { country: r.name }),
        text: r.name,
      });
      open.addEventListener('click', () => selectCountry(r.code, true));
      return el(
        'tr',
        { dataset: { country: r.code } },
        el('th', { scope: 'row' }, open),
        el('td', { class: 'num', text: String(r.members) }),
        el('td', { text: r.presence === 'none' ? '—' : t(`presence_${r.presence}`) }),
        el('td', { class: 'num', text: String(r.recs) }),
      );
    }),
  );
}

function markSelectedCountry() {
  for (const node of $('world-map').querySelectorAll('[data-country]')) {
    if (node.dataset.country === state.country) node.setAttribute('aria-pressed', 'true');
    else if (node.hasAttribute('aria-pressed')) node.setAttribute('aria-pressed', 'false');
  }
}

/** Open a country's view (from the map or its table) and move there. */
function selectCountry(code, move) {
  if (state.json === null || !Object.hasOwn(state.json.countries, code)) return;
  state.country = code;
  $('country-select').value = code;
  renderCountry();
  markSelectedCountry();
  if (move) {
    const view = $('country-view');
    view.scrollIntoView({ block: 'start' });
    view.focus({ preventScroll: true });
  }
}

function renderSummary() {
  const json = state.json;
  const rows = json.ingest.files.reduce((sum, f) => sum + f.rows, 0);
  const stats = [
    ['members', t('statMembers'), json.members.length],
    ['countries', t('statCountries'), Object.keys(json.countries).length],
    ['rows', t('statRows'), rows],
    ['rejected', t('statRejected'), json.ingest.rejected.length],
    ['warnings', t('statWarnings'), json.ingest.warnings.length],
    ['recommendations', t('statRecs'), json.recommendations.length],
  ];
  $('stats').replaceChildren(
    ...stats.map(([key, name, value]) =>
      el(
        'div',
        {
          class: `stat${key === 'rejected' && value > 0 ? ' stat-bad' : ''}`,
          dataset: { testid: `stat-${key}` },
        },
        el('dt', { text: name }),
        el('dd', { text: String(value) }),
      ),
    ),
  );
  $('members-body').replaceChildren(
    ...json.members.map((m) =>
      el(
        'tr',
        { dataset: { member: m.id } },
        el('td', {}, el('code', { text: m.id })),
        el('td', { text: m.name }),
        el('td', { text: t(`type_${m.type}`) }),
        el('td', { text: m.country === null ? '—' : label('countries', m.country) }),
        el('td', { text: t(`role_${m.role}`) }),
      ),
    ),
  );
  const delimiterName = (d) =>
    DELIMITERS.has(d) ? `${t(DELIMITERS.get(d))} (${d === '\t' ? '\\t' : d})` : d || '—';
  $('files-body').replaceChildren(
    ...json.ingest.files.map((f) =>
      el(
        'tr',
        {},
        el('td', { text: f.file }),
        el('td', { text: t(`fileKind_${f.kind}`) }),
        el('td', { text: f.encoding }),
        el('td', { text: delimiterName(f.delimiter) }),
        el('td', { class: 'num', text: String(f.rows) }),
        el('td', { class: 'num', text: String(f.accepted) }),
        el('td', { class: `num${f.rejected > 0 ? ' bad' : ''}`, text: String(f.rejected) }),
      ),
    ),
  );
}

function renderProblems() {
  const { rejected, warnings } = state.json.ingest;
  const all = [
    ...rejected.map((issue) => ({ issue, severity: 'rejected' })),
    ...warnings.map((issue) => ({ issue, severity: 'warning' })),
  ];
  $('problems-empty').hidden = all.length > 0;
  $('problems-wrap').hidden = all.length === 0;
  const shown = all.slice(0, MAX_PROBLEM_ROWS);
  const rows = shown.map(({ issue, severity }) =>
    el(
      'tr',
      { class: `sev-${severity}`, dataset: { code: issue.code } },
      el(
        'td',
        {},
        el('span', {
          class: `badge badge-${severity}`,
          text: t(severity === 'rejected' ? 'severityRejected' : 'severityWarning'),
        }),
      ),
      el('td', { text: issue.file }),
      el('td', {
        class: 'num',
        text: issue.line === 0 ? t('fileLevel') : (issue.cell ?? String(issue.line)),
      }),
      el('td', { text: issue.column ?? '—' }),
      el('td', { class: 'value' }, issue.value === null ? '—' : el('code', { text: issue.value })),
      el('td', {}, issue.message, ' ', el('span', { class: 'code', text: issue.code })),
      el('td', { text: issue.suggestion ?? '' }),
    ),
  );
  if (all.length > shown.length) {
    rows.push(
      el(
        'tr',
        {},
        el('td', {
          colspan: 7,
          class: 'hint',
          text: t('problemsMore', { shown: shown.length, total: all.length }),
        }),
      ),
    );
  }
  $('problems-body').replaceChildren(...rows);
}

function matrixOf(key) {
  // Full N x N, or for a large partnership (top partners per member) the full block of the members
  // the report's heatmaps show.
  const name = key === 'synergy' || key === 'duplication' ? key : `${key}.overlap`;
  return ps.readBaselineMatrix(state.json, name).full;
}

/** "No data yet: add sectors.csv." when the matrix's dimensions have no data at all, else null. */
function heatmapNeeds(key) {
  const missing = missingDimensions();
  const groups = NEEDS[key].filter((group) => group.every((d) => missing.includes(d)));
  if (groups.length === 0) return null;
  const files = groups.map((group) => group.map((d) => `${d}.csv`).join(` ${t('or')} `));
  return t('needs', { files: files.join(', ') });
}

/** The heatmap's numbers as a table (its text alternative). */
function renderHeatmapTable(matrix) {
  const names = memberNames();
  const name = (id) => names.get(id) ?? id;
  const table = el(
    'table',
    { class: 'matrix-table' },
    el('caption', { class: 'visually-hidden', text: t(`matrix_${state.matrix}`) }),
    el(
      'thead',
      {},
      el('tr', {}, el('td', {}), ...matrix.ids.map((id) => el('th', { scope: 'col', text: name(id) }))),
    ),
    el(
      'tbody',
      {},
      ...matrix.values.map((row, i) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row', text: name(matrix.ids[i]) }),
          ...row.map((v, j) => el('td', { class: 'num', text: i === j ? '—' : fmt(v) })),
        ),
      ),
    ),
  );
  $('heatmap-table').replaceChildren(table);
}

function renderHeatmap() {
  const key = state.matrix;
  $('matrix-help').textContent = t(`help_${key}`);
  const holder = $('heatmap');
  holder.dataset.matrix = key;
  const needs = heatmapNeeds(key);
  $('heatmap-details').hidden = needs !== null;
  if (needs !== null) {
    holder.replaceChildren(el('p', { class: 'needs', dataset: { testid: 'heatmap-needs' }, text: needs }));
    return;
  }
  const matrix = matrixOf(key);
  const n = matrix.ids.length;
  const small = n <= 16;
  const svgText = report.renderHeatmapSvg(matrix, {
    title: t(`matrix_${key}`),
    labels: memberNames(),
    cellSize: small ? 34 : n <= 40 ? 18 : 10,
    showValues: small,
    decimalSeparator: state.lang === 'nl' ? ',' : '.',
    axisNote: t('heatmapAxisNote'),
    emptyText: t('heatmapEmpty'),
  });
  const svg = parseSvg(svgText);
  if (svg === null) {
    holder.replaceChildren(el('p', { class: 'error', text: t('heatmapError') }));
    return;
  }
  holder.replaceChildren(svg);
  renderHeatmapTable(matrix);
}

function sortedCountries() {
  return Object.values(state.json.countries)
    .map((view) => ({
      code: view.country,
      name: label('countries', view.country),
      size: view.members.length,
    }))
    .sort((a, b) => byName(a.name, b.name) || cmp(a.code, b.code));
}

function renderCountrySelect() {
  const select = $('country-select');
  const countries = sortedCountries();
  if (!countries.some((c) => c.code === state.country)) {
    // Start with the country where most members are present.
    const busiest = [...countries].sort((a, b) => b.size - a.size || byName(a.name, b.name))[0];
    state.country = busiest?.code ?? null;
  }
  select.replaceChildren(
    ...countries.map((c) =>
      el('option', { value: c.code, selected: c.code === state.country, text: `${c.name} (${c.size})` }),
    ),
  );
  select.disabled = countries.length === 0;
  if (state.country !== null) select.value = state.country;
}

function chipList(items, className = 'tag') {
  if (items.length === 0) return el('p', { class: 'hint', text: t('none') });
  return el('ul', { class: 'tags' }, ...items.map((text) => el('li', { class: className, text })));
}

function renderCountry() {
  const holder = $('country-view');
  const code = state.country;
  if (code === null || !Object.hasOwn(state.json.countries, code)) {
    holder.replaceChildren(el('p', { class: 'hint', text: t('noCountries') }));
    return;
  }
  const view = state.json.countries[code];
  const duplicated = new Set(view.duplicated);
  const membersTable = el(
    'table',
    { dataset: { testid: 'country-members' } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: t('colMember') }),
        el('th', { scope: 'col', text: t('colPresence') }),
        el('th', { scope: 'col', text: t('colPartners') }),
      ),
    ),
    el(
      'tbody',
      {},
      ...view.members.map((m) =>
        el(
          'tr',
          { dataset: { member: m.id } },
          el('td', { text: memberName(m.id) }),
          el(
            'td',
            {},
            el('span', { class: `presence presence-${m.presence}`, text: t(`presence_${m.presence}`) }),
          ),
          el('td', { text: m.partners.length === 0 ? '—' : m.partners.join('; ') }),
        ),
      ),
    ),
  );
  const themesTable = el(
    'table',
    { dataset: { testid: 'country-themes' } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: t('colTheme') }),
        el('th', { scope: 'col', class: 'num', text: t('colLevel') }),
        el('th', { scope: 'col', text: t('colAtLevel') }),
      ),
    ),
    el(
      'tbody',
      {},
      ...view.themes.map((theme) =>
        el(
          'tr',
          {},
          el(
            'td',
            {},
            label('themes', theme.theme),
            duplicated.has(theme.theme)
              ? el('span', { class: 'badge badge-warning', text: t('duplicatedBadge') })
              : null,
          ),
          el('td', { class: 'num', text: String(theme.maxLevel) }),
          el('td', { text: theme.members.map(memberName).join(', ') }),
        ),
      ),
    ),
  );
  const shared =
    view.sharedPartners.length === 0
      ? el('p', { class: 'hint', text: t('none') })
      : el(
          'ul',
          { class: 'shared', dataset: { testid: 'shared-partners' } },
          ...view.sharedPartners.map((p) => {
            const others = p.variants.filter((v) => v !== p.partner);
            return el(
              'li',
              {},
              el('strong', { text: p.partner }),
              ` — ${p.members.map(memberName).join(', ')}`,
              others.length > 0
                ? el('span', {
                    class: 'hint',
                    text: ` (${t('alsoWritten', { variants: others.join('; ') })})`,
                  })
                : null,
            );
          }),
        );
  holder.replaceChildren(
    el(
      'p',
      { class: 'country-lede' },
      el('strong', { text: label('countries', code) }),
      ` · ${t('membersPresent', { count: view.members.length })}`,
    ),
    el('div', { class: 'table-scroll' }, membersTable),
    el('h3', { text: t('missingHeading') }),
    chipList(
      view.missing.map((id) => label('themes', id)),
      'tag tag-gap',
    ),
    el('h3', { text: t('duplicatedHeading') }),
    chipList(
      view.duplicated.map((id) => label('themes', id)),
      'tag tag-dup',
    ),
    el('h3', { text: t('sharedHeading') }),
    shared,
    el('h3', { text: t('themesHeading') }),
    // A scrolling box: focusable and named, so keyboard users can scroll it too.
    el(
      'div',
      { class: 'table-scroll tall', tabindex: 0, role: 'region', 'aria-label': t('themesHeading') },
      themesTable,
    ),
  );
  holder.dataset.country = code;
}

function kindTitle(kind) {
  const title = KIND_TITLES.get(kind);
  return title ? (title[state.lang] ?? title.en) : kind;
}

function renderKindFilter() {
  const recs = state.json.recommendations;
  const counts = new Map();
  for (const r of recs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (state.kind !== 'all' && !counts.has(state.kind)) state.kind = 'all';
  const kinds = [...counts.keys()].sort((a, b) => cmp(kindTitle(a), kindTitle(b)));
  $('kind-filter').replaceChildren(
    el('option', { value: 'all', text: t('allKinds', { count: recs.length }) }),
    ...kinds.map((k) => el('option', { value: k, text: `${kindTitle(k)} (${counts.get(k)})` })),
  );
  $('kind-filter').value = state.kind;
}

function evidenceList(evidence) {
  const byFile = new Map();
  for (const ref of evidence) {
    if (!byFile.has(ref.file)) byFile.set(ref.file, []);
    byFile.get(ref.file).push(ref.line);
  }
  return el(
    'ul',
    { class: 'evidence' },
    ...[...byFile].map(([file, lines]) =>
      el(
        'li',
        {},
        el('code', { text: file }),
        ` — ${lines.length === 1 ? t('line') : t('lines')} ${lines.join(', ')}`,
      ),
    ),
  );
}

function renderRecommendations() {
  renderKindFilter();
  const recs = state.json.recommendations;
  $('recs-empty').hidden = recs.length > 0;
  $('recommendations').replaceChildren(
    ...recs.map((r, index) => {
      const countries = (r.countries ?? (r.country === null ? [] : [r.country]))
        .map((c) => label('countries', c))
        .sort(byName);
      const where = [
        countries.length === 0 ? t('noCountry') : countries.join(', '),
        r.sector === null ? null : label('sectors', r.sector),
      ].filter((x) => x !== null);
      return el(
        'li',
        {
          class: 'rec',
          hidden: state.kind !== 'all' && r.kind !== state.kind,
          dataset: { id: r.id, kind: r.kind, score: r.score, testid: 'recommendation' },
        },
        el(
          'div',
          { class: 'rec-head' },
          el(
            'span',
            {},
            el('span', { class: 'rank', text: `#${index + 1}` }),
            el('span', {
              class: 'badge badge-kind',
              dataset: { testid: 'rec-kind' },
              text: kindTitle(r.kind),
            }),
          ),
          el(
            'span',
            { class: 'score' },
            el('meter', { min: 0, max: 1, value: r.score, 'aria-label': t('score') }),
            el('span', { class: 'score-value', dataset: { testid: 'rec-score' }, text: fmt(r.score) }),
          ),
        ),
        el('p', { class: 'rec-members', text: r.members.map(memberName).join(' · ') }),
        where.length > 0 || r.themes.length > 0
          ? el(
              'p',
              { class: 'rec-meta', dataset: { testid: 'rec-where' } },
              `${t('where')}: ${where.join(' · ')}`,
              ...r.themes.map((id) => el('span', { class: 'tag', text: label('themes', id) })),
            )
          : null,
        el('p', { class: 'rationale', dataset: { testid: 'rationale' }, text: r.rationale }),
        r.evidence.length > 0
          ? el(
              'details',
              { class: 'rec-evidence' },
              el('summary', { text: t('evidence', { count: r.evidence.length }) }),
              evidenceList(r.evidence),
            )
          : null,
      );
    }),
  );
}

// ---------------------------------------------------------------- search

async function searchIndex() {
  searchModule ??= await import(SEARCH_MODULE);
  const key = `${state.generation}:${state.lang}`;
  if (search.key !== key || search.index === null) {
    search.index = searchModule.createBaselineSearch(state.json, {
      lang: state.lang,
      catalogue: ps.describeCatalogue(),
    });
    search.key = key;
  }
  return search.index;
}

/** Search the current baseline for what the box holds and list the hits (as text, never markup). */
async function runSearch() {
  const input = $('search-input');
  const list = $('search-results');
  const status = $('search-status');
  const query = input.value.trim();
  if (query === '' || state.json === null) {
    list.replaceChildren();
    status.textContent = '';
    delete list.dataset.query;
    return;
  }
  let index;
  try {
    index = await searchIndex();
  } catch {
    status.textContent = t('searchError');
    return;
  }
  if (input.value.trim() !== query || state.json === null) return; // the user typed on
  const hits = index.search(query, { limit: MAX_SEARCH_HITS });
  list.replaceChildren(...hits.map(hitItem));
  status.textContent =
    hits.length === 0
      ? t('searchNone', { query })
      : hits.length === 1
        ? t('searchOne', { query })
        : t('searchCount', { count: hits.length, query });
  list.dataset.query = query;
}

function clip(text, max = 80) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What a hit says: its label, and for a joint activity the members it is for. */
function hitLabel(hit) {
  if (hit.kind !== 'recommendation') return hit.label;
  const rec = state.json.recommendations.find((r) => r.id === hit.id);
  return rec ? `${hit.label}: ${rec.members.map(memberName).join(', ')}` : hit.label;
}

function hitItem(hit) {
  const button = el(
    'button',
    { type: 'button', class: 'search-hit' },
    el('span', { class: 'badge badge-kind', text: t(`hit_${hit.kind}`) }),
    ' ',
    el('span', { class: 'hit-label', text: hitLabel(hit) }),
    hit.key === 'label' || hit.value === ''
      ? null
      : el('span', { class: 'hit-matched', text: ` (${t('hitMatched', { value: clip(hit.value) })})` }),
  );
  button.addEventListener('click', () => openHit(hit));
  return el('li', { dataset: { kind: hit.kind, id: hit.id, testid: 'search-hit' } }, button);
}

/** Mark, scroll to and focus what a search hit opened. */
function focusTarget(node) {
  for (const old of document.querySelectorAll('.search-target')) old.classList.remove('search-target');
  node.classList.add('search-target');
  node.tabIndex = -1;
  node.scrollIntoView({ block: 'center' });
  node.focus({ preventScroll: true });
}

function openMember(id) {
  $('members-details').open = true;
  const row = [...$('members-body').children].find((tr) => tr.dataset.member === id);
  if (row) focusTarget(row);
}

function openRecommendation(id) {
  const item = [...$('recommendations').children].find((li) => li.dataset.id === id);
  if (!item) return;
  if (item.hidden) applyKindFilter('all');
  focusTarget(item);
}

/** A member opens in the members table, a country its view, a theme or sector its first joint activity. */
function openHit(hit) {
  if (hit.kind === 'country') selectCountry(hit.id, true);
  else if (hit.kind === 'member') openMember(hit.id);
  else if (hit.kind === 'recommendation') openRecommendation(hit.id);
  else {
    const rec = state.json.recommendations.find((r) =>
      hit.kind === 'theme' ? r.themes.includes(hit.id) : r.sector === hit.id,
    );
    if (rec) openRecommendation(rec.id);
    else $('search-status').textContent = t('searchNoActivity', { label: hit.label });
  }
}

function wireSearch() {
  const input = $('search-input');
  const list = $('search-results');
  const buttons = () => [...list.querySelectorAll('button')];
  input.addEventListener('input', () => {
    clearTimeout(search.timer);
    search.timer = setTimeout(() => void runSearch(), 60);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && buttons().length > 0) {
      event.preventDefault();
      buttons()[0].focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(search.timer);
      void runSearch().then(() => buttons()[0]?.click());
    } else if (event.key === 'Escape') {
      input.value = '';
      void runSearch();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}

// ---------------------------------------------------------------- wiring

function wire() {
  // The heatmap box scrolls when the grid is wider than the card: keyboard users must reach it.
  const heatmap = $('heatmap');
  heatmap.tabIndex = 0;
  heatmap.setAttribute('role', 'region');
  heatmap.setAttribute('aria-labelledby', 'heatmap-heading');
  const zone = $('drop-zone');
  const input = $('file-input');
  input.addEventListener('change', () => {
    const files = input.files;
    void addFiles(files ?? []).finally(() => {
      input.value = ''; // choosing the same file again fires change again
    });
  });
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      zone.classList.add('dragging');
    });
  }
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    void addFiles(event.dataTransfer?.files ?? []);
  });
  // A file dropped beside the zone must not make the browser navigate away from the dashboard.
  for (const type of ['dragover', 'drop']) window.addEventListener(type, (event) => event.preventDefault());

  $('load-sample').addEventListener('click', () => void loadSample());
  $('clear-files').addEventListener('click', () => {
    state.files = new Map();
    renderFileList();
    void rebuild();
  });
  $('lang').addEventListener('change', (event) => {
    state.lang = event.target.value === 'nl' ? 'nl' : 'en';
    applyStaticTexts();
    renderFileList();
    void rebuild();
  });
  $('matrix-select').addEventListener('change', (event) => {
    state.matrix = MATRICES.includes(event.target.value) ? event.target.value : 'synergy';
    if (state.json) renderHeatmap();
  });
  $('country-select').addEventListener('change', (event) => selectCountry(event.target.value, false));
  const map = $('world-map');
  // A country's shape, or the marker drawn over a small one (the shape keeps the keyboard focus).
  const countryOf = (event) => {
    const hit = event.target.closest?.('[data-country][role="button"], [data-marker]');
    return hit?.dataset.country ?? hit?.dataset.marker;
  };
  map.addEventListener('click', (event) => {
    const code = countryOf(event);
    if (code) selectCountry(code, true);
  });
  map.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const code = countryOf(event);
    if (!code) return;
    event.preventDefault();
    selectCountry(code, true);
  });
  $('kind-filter').addEventListener('change', (event) => applyKindFilter(event.target.value));
  wireSearch();
}

/** Show the recommendations of one kind ('all': every kind). */
function applyKindFilter(kind) {
  state.kind = kind;
  $('kind-filter').value = kind;
  for (const item of $('recommendations').children) {
    item.hidden = state.kind !== 'all' && item.dataset.kind !== state.kind;
  }
}

state.lang = $('lang').value === 'nl' ? 'nl' : 'en';
applyStaticTexts();
wire();
renderFileList();
document.body.dataset.ready = 'true';
