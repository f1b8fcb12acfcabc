/**
 * Reading IATI activity files in the standard's own XML (versions 2.0x, and the 1.0x forms of
 * roles and names) as a stream of parser events: only the elements the importer needs are kept,
 * no tree of the file is built, no entity is expanded (a document type declaration is refused)
 * and the size limits are enforced while reading.
 * @module
 */

import { decodeInput } from '../ingest/decode.js';
import { checkLimit, type ResolvedLimits, resolveLimits } from '../ingest/limits.js';
import type { Limits } from '../ingest/types.js';
import { scanXml, XmlSyntaxError } from '../ingest/xml.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { IatiActivity, IatiAdministrative, IatiLocation, IatiOrg, IatiSector } from './iatiActivity.js';
import { iatiRole } from './iatiActivity.js';
import { type IatiRead, orgName } from './iatiCsv.js';
import { IMPORT_IATI_OPTION_KEYS, type ImportIatiOptions, importIatiActivities } from './importIati.js';
import type { ImportResult } from './types.js';
import { WarningCollector } from './warnings.js';

/** Deepest element nesting accepted (IATI activities nest about 8 deep). */
const MAX_DEPTH = 64;

/** Names (narratives) of one element: the one without a language (or in English) wins. */
class Narratives {
  private readonly list: { lang: string; text: string }[] = [];
  add(lang: string, text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t !== '') this.list.push({ lang: lang.toLowerCase(), text: t });
  }
  best(): string {
    return (
      (this.list.find((n) => n.lang === '') ?? this.list.find((n) => n.lang.startsWith('en')) ?? this.list[0])
        ?.text ?? ''
    );
  }
}

/** An organisation element being read (reporting-org, participating-org). */
interface OrgDraft {
  readonly attrs: Readonly<Record<string, string>>;
  readonly names: Narratives;
  /** IATI 1.0x: the name as the element's own text. */
  own: string;
}

/** A location element being read. */
interface LocationDraft {
  readonly names: Narratives;
  locationClass: string;
  readonly administrative: IatiAdministrative[];
}

/** One activity being read. */
class ActivityDraft {
  id = '';
  readonly orgs: OrgDraft[] = [];
  readonly countries: string[] = [];
  readonly regions: string[] = [];
  readonly locations: LocationDraft[] = [];
  readonly sectors: IatiSector[] = [];
  /** Transaction-level sectors and countries: used when the activity gives none of its own. */
  readonly txSectors: IatiSector[] = [];
  readonly txCountries: string[] = [];
  actualStart = '';
  plannedStart = '';
  constructor(readonly line: number) {}

  finish(): IatiActivity {
    const orgs: IatiOrg[] = [];
    for (const o of this.orgs) {
      const role = o.attrs.tag === 'reporting-org' ? 'reporting' : iatiRole(o.attrs.role ?? '');
      const name = orgName(o.names.best() || o.own);
      const ref = (o.attrs.ref ?? '').trim() || null;
      if (role !== null && (name !== '' || ref !== null))
        orgs.push({ name: name || ref!, ref, type: (o.attrs.type ?? '').trim(), role });
    }
    return {
      line: this.line,
      id: this.id.trim(),
      orgs,
      countries: this.countries.length > 0 ? this.countries : this.txCountries,
      regions: this.regions,
      locations: this.locations.map(
        (l): IatiLocation => ({
          name: l.names.best(),
          locationClass: l.locationClass,
          administrative: l.administrative,
        }),
      ),
      sectors: this.sectors.length > 0 ? this.sectors : this.txSectors,
      actualStart: this.actualStart,
      plannedStart: this.plannedStart,
    };
  }
}

/** The event handlers' state: where we are and what is being read. */
class XmlReader {
  readonly activities: IatiActivity[] = [];
  private readonly stack: string[] = [];
  private activity: ActivityDraft | null = null;
  private activityDepth = 0;
  private org: OrgDraft | null = null;
  private location: LocationDraft | null = null;
  private narrativeLang: string | null = null;
  private text = '';
  private capturing = false;

  constructor(
    private readonly file: string,
    private readonly limits: ResolvedLimits,
  ) {}

  open(name: string, attrs: Readonly<Record<string, string>>, line: number): void {
    this.stack.push(name);
    if (this.stack.length > MAX_DEPTH) throw new Error(`elements nested more than ${MAX_DEPTH} deep`);
    if (name === 'iati-activity' && this.activity === null) {
      checkLimit(this.file, 'maxRows', this.limits, this.activities.length + 1);
      this.activity = new ActivityDraft(line);
      this.activityDepth = this.stack.length;
      return;
    }
    if (this.activity === null) return;
    const rel = this.stack.length - this.activityDepth;
    if (rel === 1) this.openChild(this.activity, name, attrs);
    else if (rel === 2) this.openGrandchild(this.activity, name, attrs);
    else if (name === 'narrative' && rel === 3 && this.location !== null && this.stack.at(-2) === 'name')
      this.startText(attrs);
  }

  private openChild(a: ActivityDraft, name: string, attrs: Readonly<Record<string, string>>): void {
    const code = (attrs.code ?? '').trim();
    switch (name) {
      case 'iati-identifier':
        this.startText(null);
        break;
      case 'reporting-org':
      case 'participating-org':
        this.org = { attrs: { ...attrs, tag: name }, names: new Narratives(), own: '' };
        a.orgs.push(this.org);
        this.startText(null);
        break;
      case 'recipient-country':
        if (code !== '') a.countries.push(code);
        break;
      case 'recipient-region':
        if (code !== '') a.regions.push(code);
        break;
      case 'location':
        this.location = { names: new Narratives(), locationClass: '', administrative: [] };
        a.locations.push(this.location);
        break;
      case 'sector':
        if (code !== '') a.sectors.push({ code, vocabulary: (attrs.vocabulary ?? '').trim() });
        break;
      case 'activity-date':
        this.activityDate(a, attrs);
        break;
    }
  }

  private activityDate(a: ActivityDraft, attrs: Readonly<Record<string, string>>): void {
    const type = (attrs.type ?? '').trim();
    const date = (attrs['iso-date'] ?? '').trim();
    if (type === '1' || type === 'start-planned') a.plannedStart ||= date;
    if (type === '2' || type === 'start-actual') a.actualStart ||= date;
  }

  private openGrandchild(a: ActivityDraft, name: string, attrs: Readonly<Record<string, string>>): void {
    const parent = this.stack.at(-2);
    const code = (attrs.code ?? '').trim();
    if (name === 'narrative' && this.org !== null) this.startText(attrs);
    else if (parent === 'location' && this.location !== null) {
      if (name === 'location-class') this.location.locationClass = code;
      if (name === 'administrative' && code !== '') {
        const level = Number.parseInt(attrs.level ?? '', 10);
        this.location.administrative.push({
          code,
          level: Number.isFinite(level) ? level : null,
          vocabulary: (attrs.vocabulary ?? '').trim(),
        });
      }
    } else if (parent === 'transaction' && code !== '') {
      if (name === 'sector') a.txSectors.push({ code, vocabulary: (attrs.vocabulary ?? '').trim() });
      if (name === 'recipient-country') a.txCountries.push(code);
    }
  }

  private startText(attrs: Readonly<Record<string, string>> | null): void {
    this.capturing = true;
    this.text = '';
    this.narrativeLang = attrs === null ? null : (attrs['xml:lang'] ?? '');
  }

  addText(t: string): void {
    if (!this.capturing) return;
    this.text += t;
    checkLimit(this.file, 'maxCellChars', this.limits, this.text.length);
  }

  close(name: string): void {
    const a = this.activity;
    const rel = this.stack.length - this.activityDepth;
    this.stack.pop();
    if (a === null) return;
    if (name === 'narrative' && this.narrativeLang !== null) {
      (this.location !== null && this.org === null ? this.location.names : this.org?.names)?.add(
        this.narrativeLang,
        this.text,
      );
      this.narrativeLang = null;
      this.capturing = this.org !== null;
      this.text = '';
      return;
    }
    if (rel === 0 && name === 'iati-activity') {
      this.activities.push(a.finish());
      this.activity = null;
      return;
    }
    if (rel !== 1) return;
    if (name === 'iati-identifier') a.id = this.text;
    if (name === 'reporting-org' || name === 'participating-org') {
      if (this.org !== null) this.org.own = this.text;
      this.org = null;
    }
    if (name === 'location') this.location = null;
    this.capturing = false;
    this.text = '';
  }

  /** Whether an activity was open when reading stopped (it is lost). */
  get inActivity(): boolean {
    return this.activity !== null;
  }
}

/**
 * Read an IATI activity file in XML into activities (the same records readIatiCsv gives):
 * `iati-identifier`, `reporting-org` and `participating-org` (`@ref`, `@type`, `@role` 1-4 or
 * the 1.0x words, the narrative name without a language or in English), `recipient-country`,
 * `recipient-region`, `location` (`name`, `location-class`, `administrative` with `@level` and
 * `@code`), `sector` (`@code`, `@vocabulary`; transaction sectors and countries when the activity
 * has none) and `activity-date` (planned and actual start). Malformed XML stops the reading with
 * a located 'parse_error' warning; the activities read before it are kept.
 *
 * @param input - the XML file as text or bytes (UTF-8, UTF-16 with BOM, or Windows-1252)
 * @param file - file name used in warnings
 * @param limits - size limits: maxBytes (the file), maxRows (activities), maxCellChars (one text)
 * @throws LimitError when the input exceeds a limit
 * @example
 * const xml = '<iati-activities version="2.03"><iati-activity><iati-identifier>NL-1-A</iati-identifier>' +
 *   '<reporting-org ref="NL-KVK-41160054" type="21"><narrative>Cordaid</narrative></reporting-org>' +
 *   '<participating-org role="4" type="22"><narrative>Local Health NGO</narrative></participating-org>' +
 *   '<recipient-country code="KE"/></iati-activity></iati-activities>';
 * readIatiXml(xml, 'a.xml').activities[0]?.orgs.map((o) => `${o.role}:${o.name}`);
 * // => ['reporting:Cordaid', 'implementing:Local Health NGO']
 */
export function readIatiXml(
  input: string | Uint8Array,
  file: string,
  limits: Limits = {},
  lang: 'en' | 'nl' = 'en',
): IatiRead {
  const resolved = resolveLimits(limits);
  checkLimit(file, 'maxBytes', resolved, typeof input === 'string' ? input.length : input.byteLength);
  const warnings = new WarningCollector(file, lang);
  const reader = new XmlReader(file, resolved);
  const { text } = decodeInput(input);
  let stopped = false;
  try {
    scanXml(
      text,
      {
        open: (name, attributes, line) => reader.open(name, attributes as Record<string, string>, line),
        close: (name) => reader.close(name),
        text: (t) => reader.addText(t),
      },
      { positions: true },
    );
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    warnings.add(
      e.line,
      'parse_error',
      null,
      null,
      e.kind === 'doctype'
        ? warnings.t('import.doctype')
        : warnings.t('import.bad_xml', { reason: e.reason }),
    );
    stopped = true;
  }
  if (reader.activities.length === 0 && !stopped) {
    warnings.add(0, 'empty_file', null, null, warnings.t('import.no_activity'));
  }
  const lost = stopped && reader.inActivity ? 1 : 0;
  return {
    activities: reader.activities,
    warnings,
    rows: reader.activities.length + lost,
    rejected: lost,
    headerLine: 0,
    sectorColumn: 'sector',
  };
}

/**
 * Import an IATI activity file in the standard's XML into the five long CSV texts: readIatiXml,
 * then the same members, funders, partners, places and themes as importIati (see there).
 * Locations with administrative codes become areas (`Turkana (KE23)`, `KE23 > ...`).
 *
 * @param input - the XML file as text or bytes
 * @param options - as importIati (`organisations` does not apply); `file` defaults to 'iati.xml'
 * @throws LimitError when the input exceeds a limit
 * @example
 * const xml = '<iati-activities version="2.03"><iati-activity><iati-identifier>NL-1-A</iati-identifier>' +
 *   '<reporting-org ref="NL-KVK-41160054" type="21"><narrative>Cordaid</narrative></reporting-org>' +
 *   '<participating-org role="1" ref="XM-DAC-7" type="10"><narrative>Ministry of Foreign Affairs</narrative></participating-org>' +
 *   '<participating-org role="4" type="22"><narrative>Local Health NGO</narrative></participating-org>' +
 *   '<recipient-country code="KE"/><sector code="12220"/></iati-activity></iati-activities>';
 * const { files, stats } = importIatiXml(xml);
 * [stats.members, stats.funders]; // => [2, 1]
 * files['geography.csv'].split('\n')[1]; // => 'NL-KVK-41160054,KE,,programme,Local Health NGO,,1,local-health-ngo'
 */
export function importIatiXml(input: string | Uint8Array, options: ImportIatiOptions = {}): ImportResult {
  checkOptionKeys(options, IMPORT_IATI_OPTION_KEYS);
  const file = options.file ?? DEFAULT_IATI_XML_FILE;
  return importIatiActivities(readIatiXml(input, file, options.limits, options.lang), { ...options, file });
}

/**
 * Default file name of importIatiXml in warnings.
 *
 * @example
 * DEFAULT_IATI_XML_FILE; // => 'iati.xml'
 */
export const DEFAULT_IATI_XML_FILE = 'iati.xml';
