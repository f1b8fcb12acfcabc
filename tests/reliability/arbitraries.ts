/**
 * fast-check arbitraries for the reliability properties: hostile file contents, and valid
 * partnership tables (a model) written out as CSV in any delimiter, quoting, line ending, row
 * order and encoding.
 */
import fc from 'fast-check';

/** Characters that stress a CSV reader, plus text that stresses reports. */
const NASTY = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\0',
  '\uFEFF',
  '\u202E',
  '=',
  '+',
  '-',
  '@',
  '<',
  '>',
  '&',
  '#',
  'a',
  'Z',
  '1',
  '5',
  'é',
  'ß',
  '€',
  '“',
  'ش',
  '🧵',
  '👩🏽‍🏭',
  '\u0085',
  '\u2028',
];

/** A string made of CSV- and report-hostile pieces. */
export const nastyText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...NASTY), maxLength });

/** File names the pipeline must cope with (the name is shown in every issue and report). */
export const fileName = fc.constantFrom(
  'members.csv',
  'expertise.csv',
  'geography.csv',
  'sectors.csv',
  'companies.csv',
  'survey.csv',
  'leden "2024".csv',
  '<img src=x onerror=alert(1)>.csv',
  '=1+1.csv',
);

const HEADERS = [
  'id,name,type,country,role',
  'member,theme,level',
  'member,country,presence,partners,since',
  'member,sector,network,strength,companies',
  'company,sector,countries,drivers,needs',
  'name,expertise,offices,sectors',
  '',
];

/** One file's content: raw bytes, hostile text, or a real header followed by hostile text. */
export const hostileContent: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  nastyText(300),
  fc
    .tuple(fc.constantFrom(...HEADERS), fc.constantFrom('\n', '\r\n', '\r'), nastyText(300))
    .map(([h, eol, body]) => `${h}${eol}${body}`),
  fc
    .tuple(fc.constantFrom(...HEADERS), fc.array(fc.array(nastyText(12), { maxLength: 6 }), { maxLength: 8 }))
    .map(([h, rows]) => `${h}\n${rows.map((r) => r.join(',')).join('\n')}`),
);

/** A set of hostile input files (always with a plausible members file, so a baseline is often built). */
export const hostileFiles: fc.Arbitrary<Record<string, string | Uint8Array>> = fc
  .tuple(
    fc.array(fc.tuple(fileName, hostileContent), { maxLength: 4 }),
    fc.array(fc.tuple(nastyText(10), nastyText(20)), { maxLength: 5 }),
  )
  .map(([files, people]) => {
    const out: Record<string, string | Uint8Array> = Object.create(null);
    out['members.csv'] =
      `id,name,type,country,role\n${people.map(([id, name], i) => `"M${i}${id.replace(/"/g, '""')}","${name.replace(/"/g, '""')}",ngo,NL,member`).join('\n')}\n`;
    for (const [name, content] of files) out[name] = content;
    return out;
  });

// ---------------------------------------------------------------------------------------------
// Valid tables

const THEMES = [
  'living wage',
  'Living Wage',
  'due diligence',
  'child labour',
  'gender-based violence',
  'freedom of association',
  'lobby and advocacy',
  'land rights',
  'occupational safety and health',
  'knitting circles',
  'Théâtre forum',
];
const LEVELS = ['0', '1', '2', '3', '4', '5', 'expert', 'basic', 'gevorderd', 'niveau 3', '4/5', ' 2 '];
const COUNTRIES = [
  'Bangladesh',
  'BD',
  'India',
  'Ivory Coast',
  "Côte d'Ivoire",
  'DRC',
  'Nederland',
  'Türkiye',
  'VNM',
];
const PRESENCE = ['office', 'kantoor', 'local partner', 'programme', 'network', 'via partner'];
const SECTORS = ['garment and textiles', 'cocoa', 'tea', 'gold-metals', 'Coffee'];
const NETWORKS = ['irbc_agreement', 'IMVO-convenant', 'companies', 'bedrijven', 'association', 'unions'];
/** Local organisations, including spellings that differ only in case. */
const PARTNERS = [
  'Awaj Foundation',
  'AWAJ FOUNDATION',
  'awaj foundation',
  'BILS',
  'Karmojibi Nari',
  'Sramik Nirapotta',
];
const COMPANIES = ['Dhaka Knit', 'DHAKA KNIT', 'Noorderlicht Fashion', 'Kakao Kust'];
const TYPES = ['ngo', 'NGO', 'vakbond', 'union', 'knowledge', 'bedrijf', 'overheid', 'other'];
const ROLES = ['lead', 'member', 'penvoerder', 'lid', 'local partner'];

/** A member name: any text (Latin-1 or full Unicode, hostile characters welcome), made unique by a suffix. */
const nameText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aAbBéÉöß€“”‘’–&<>"\'=+-@;,|#/ '.split('')), maxLength: 14 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  nastyText(10),
);

/** The normalised content of a partnership before it is written as CSV. */
export interface TableModel {
  readonly members: readonly {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly country: string;
    readonly role: string;
  }[];
  /** Member references are indices into members; `byName` writes the name instead of the id. */
  readonly expertise: readonly { member: number; byName: boolean; theme: string; level: string }[];
  readonly geography: readonly {
    member: number;
    byName: boolean;
    country: string;
    presence: string;
    partners: string[];
    since: string;
  }[];
  readonly sectors: readonly {
    member: number;
    byName: boolean;
    sector: string;
    network: string;
    strength: string;
    companies: string[];
  }[];
}

/** Strip what no CSV cell can carry as data (NUL, BOM) and the edges a reader trims. */
function cleanName(s: string): string {
  return s.replace(/[\0\uFEFF\r\n\u0085\u2028\u2029]/g, ' ').trim();
}

/** A valid partnership: 1-7 members and up to ~25 rows per dimension, every row acceptable. */
export const tableModel: fc.Arbitrary<TableModel> = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const ref = fc.record({ member: fc.integer({ min: 0, max: n - 1 }), byName: fc.boolean() });
  return fc.record({
    members: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          id: fc.constantFrom(`M${i}`, `m-${i}x`, `ORG_${i}`),
          name: nameText.map((t) => `${cleanName(t) || 'Org'} (${i})`),
          type: fc.constantFrom(...TYPES),
          country: fc.constantFrom(...COUNTRIES),
          role: fc.constantFrom(...ROLES),
        }),
      ),
    ),
    expertise: fc.array(
      fc.record({ ref, theme: fc.constantFrom(...THEMES), level: fc.constantFrom(...LEVELS) }).map((r) => ({
        member: r.ref.member,
        byName: r.ref.byName,
        theme: r.theme,
        level: r.level,
      })),
      { maxLength: 25 },
    ),
    geography: fc.array(
      fc
        .record({
          ref,
          country: fc.constantFrom(...COUNTRIES),
          presence: fc.constantFrom(...PRESENCE),
          partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { maxLength: 3 }),
          since: fc.constantFrom('', '2010', '2019', '2024'),
        })
        .map(({ ref: r, ...rest }) => ({ member: r.member, byName: r.byName, ...rest })),
      { maxLength: 20 },
    ),
    sectors: fc.array(
      fc
        .record({
          ref,
          sector: fc.constantFrom(...SECTORS),
          network: fc.constantFrom(...NETWORKS),
          strength: fc.constantFrom('1', '2', '3', '4', '5'),
          companies: fc.uniqueArray(fc.constantFrom(...COMPANIES), { maxLength: 2 }),
        })
        .map(({ ref: r, ...rest }) => ({ member: r.member, byName: r.byName, ...rest })),
      { maxLength: 15 },
    ),
  });
});

/** How a table is written: the same data in another dress. */
export interface CsvDress {
  readonly delimiter: ',' | ';' | '\t' | '|';
  readonly eol: '\n' | '\r\n' | '\r';
  readonly quoteAll: boolean;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Seed of the row shuffle; 0 keeps the model's order. */
  readonly shuffle: number;
}

/** Any dress. windows-1252 falls back to UTF-8 when the text holds characters it cannot encode. */
export const csvDress: fc.Arbitrary<CsvDress> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  quoteAll: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  shuffle: fc.nat(),
});

function cell(value: string, dress: CsvDress): string {
  const needs =
    dress.quoteAll ||
    value.includes(dress.delimiter) ||
    /["\r\n]/.test(value) ||
    value !== value.trim() ||
    value.startsWith('#');
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Deterministic Fisher-Yates with a small LCG (seed 0: no shuffle). */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  if (seed === 0) return out;
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Windows-1252 for the characters the generator uses; null when the text has others. */
function windows1252(text: string): Uint8Array | null {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (high[c] !== undefined) out.push(high[c]!);
    else return null;
  }
  return Uint8Array.from(out);
}

function encode(text: string, encoding: CsvDress['encoding']): Uint8Array {
  if (encoding === 'windows-1252') {
    const bytes = windows1252(text);
    if (bytes !== null && /[\u0080-\u00ff€‘’“”–]/.test(text)) return bytes;
    return new TextEncoder().encode(text);
  }
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  const le = encoding === 'utf-16le';
  const body = `\uFEFF${text}`;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const u = body.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** Write a model as CSV files (members, expertise, geography, sectors) in the given dress. */
export function writeTables(model: TableModel, dress: CsvDress): Record<string, Uint8Array> {
  const ref = (r: { member: number; byName: boolean }) => {
    const m = model.members[r.member]!;
    return r.byName ? m.name : m.id;
  };
  const list = (xs: readonly string[]) => xs.join('; ');
  const tables: Record<string, [string[], string[][]]> = {
    'members.csv': [
      ['id', 'name', 'type', 'country', 'role'],
      model.members.map((m) => [m.id, m.name, m.type, m.country, m.role]),
    ],
    'expertise.csv': [['member', 'theme', 'level'], model.expertise.map((e) => [ref(e), e.theme, e.level])],
    'geography.csv': [
      ['member', 'country', 'presence', 'partners', 'since'],
      model.geography.map((g) => [ref(g), g.country, g.presence, list(g.partners), g.since]),
    ],
    'sectors.csv': [
      ['member', 'sector', 'network', 'strength', 'companies'],
      model.sectors.map((s) => [ref(s), s.sector, s.network, s.strength, list(s.companies)]),
    ],
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, [header, rows]] of Object.entries(tables)) {
    if (name !== 'members.csv' && rows.length === 0) continue;
    const lines = [header, ...shuffled(rows, dress.shuffle)].map((r) =>
      r.map((c) => cell(c, dress)).join(dress.delimiter),
    );
    files[name] = encode(`${lines.join(dress.eol)}${dress.eol}`, dress.encoding);
  }
  return files;
}

/**
 * The model with one spelling per local partner and company (the first of each case-insensitive
 * group), for properties that must not depend on which spelling is kept.
 */
export function oneSpelling(model: TableModel): TableModel {
  const canonical = (pool: readonly string[]) => (name: string) =>
    pool.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name;
  const partner = canonical(PARTNERS);
  const company = canonical(COMPANIES);
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    ...model,
    geography: model.geography.map((g) => ({ ...g, partners: unique(g.partners.map(partner)) })),
    sectors: model.sectors.map((s) => ({ ...s, companies: unique(s.companies.map(company)) })),
  };
}

/** Number of data rows a model writes. */
export function rowCount(model: TableModel): number {
  return model.members.length + model.expertise.length + model.geography.length + model.sectors.length;
}
