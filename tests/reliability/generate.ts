/**
 * Generator of the corpus files that cannot be written by hand: binary or re-encoded files
 * (committed under tests/corpus/, so other tools can read them too) and files too big to commit
 * (written at test time into a temporary directory).
 *
 * Regenerate the committed ones with `npx tsx tests/reliability/generate.ts`; the corpus test
 * fails when a committed file differs from what this generator produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Case directory -> file name -> bytes. */
export type GeneratedCases = Readonly<Record<string, Readonly<Record<string, () => Uint8Array>>>>;

/** Directory of the committed corpus. */
export const CORPUS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../corpus');

/** Width of the wide-table case. */
export const WIDE_COLUMNS = 10_000;
/** Characters in the single big cell of the big-cell case (1 MiB of ASCII). */
export const BIG_CELL_CHARS = 1024 * 1024;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** UTF-16 code units as bytes, without a byte-order mark. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** Windows-1252 code points 0x80-0x9F, by character. */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
};

/** Encode text as Windows-1252 (only Latin-1 and the characters of CP1252 above). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const high = CP1252[c];
    if (high === undefined) throw new Error(`not in the generator's Windows-1252 table: ${c}`);
    return high;
  });
}

/** Seeded bytes (mulberry32), so the "random" garbage is the same on every run. */
export function seededBytes(length: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Small binary or re-encoded files, committed under tests/corpus/<case>/. */
export const COMMITTED_GENERATED: GeneratedCases = {
  'bom-only': { 'members.csv': () => Uint8Array.of(0xef, 0xbb, 0xbf) },
  // An .xlsx (a ZIP archive) saved under a .csv name: local file header, then noise.
  'binary-garbage': {
    'expertise.csv': () => concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), seededBytes(4096, 7)),
  },
  'null-bytes': {
    'members.csv': () =>
      utf8(
        'id,name,type,country,role\n' +
          'FTA,Fair Threads Alliance,ngo,Netherlands,lead\n' +
          'SEW,Stichting\0Eerlijk Werk,ngo,Netherlands,member\n' +
          'UWS,Unie Werk & Solidariteit,union,Netherlands,member\n' +
          '\0\0\0\0\n',
      ),
  },
  'utf16-no-bom': {
    'members.csv': () =>
      utf16(
        'id,name,type,country,role\n' +
          'CAF,Café Noël Coöperatie,ngo,Türkiye,lead\n' +
          'SEW,Stichting Eerlijk Werk,ngo,Nederland,member\n',
        true,
      ),
    'expertise.csv': () =>
      utf16('member,theme,level\nCafé Noël Coöperatie,living wage,5\nSEW,due diligence,4\n', false),
  },
  'windows-1252': {
    'members.csv': () =>
      windows1252(
        'id;name;type;country;role\r\n' +
          'EUR;“Fair” Wages € Coöperatie;ngo;Nederland;lead\r\n' +
          'SEW;Stichting ‘Eerlijk’ Werk – Déjà vu;ngo;Nederland;member\r\n',
      ),
    'expertise.csv': () =>
      windows1252('member;theme;level\r\n“Fair” Wages € Coöperatie;living wage;5\r\nSEW;due diligence;4\r\n'),
  },
};

/** ESC, as terminal sequences start. */
const ESC = '\u001b';

/** Small binary or control-character files added by issue 16 (reliability, round two). */
export const COMMITTED_GENERATED_16: GeneratedCases = {
  // A UTF-8 file with accents everywhere and one Latin-1 byte (0xE9) pasted in on line 4.
  'invalid-utf8-byte': {
    'members.csv': () =>
      concat(
        utf8(
          'id,name,type,country,role\n' +
            'CAF,Café Noël Coöperatie,ngo,Türkiye,lead\n' +
            'SEW,Stichting Eerlijk Wérk,ngo,Nederland,member\n' +
            'KMK,Kennisinstituut R',
        ),
        Uint8Array.of(0xe9),
        utf8('seau,knowledge,Nederland,member\nUWS,Unie Werk & Solidariteit,union,België,member\n'),
      ),
  },
  // Names, types and values that try to drive a terminal: clear screen, window title, OSC 8 link,
  // BEL, backspaces, a C1 CSI, and an id with a line break that tries to forge a report line.
  'terminal-escapes': {
    'members.csv': () =>
      utf8(
        'id,name,type,country,role\n' +
          `CLR,Clear${ESC}[2J${ESC}[H Screen,ngo,Netherlands,lead\n` +
          `TTL,Title${ESC}]0;pwned\u0007 Union,union,Netherlands,member\n` +
          `LNK,${ESC}]8;;https://evil.example${ESC}\\Click${ESC}]8;;${ESC}\\,ngo,Netherlands,member\n` +
          `BSP,Real Name\b\b\b\bFake,ngo${ESC}[31m,Netherlands,member\n` +
          `CSI,C1\u009b2J Control,ngo,Netherlands,member\n` +
          '"NL\nmembers.csv:9 forged: all rows accepted",New Line Org,ngo,Netherlands,member\n',
      ),
    'expertise.csv': () =>
      utf8(
        'member,theme,level\n' +
          'CLR,living wage,5\n' +
          `TTL,${ESC}[2Jgbv,4\n` +
          `LNK,living wage,9${ESC}[2J\n`,
      ),
  },
  // Member ids that differ only in a control character (BEL, BS): two nodes in GraphML/GEXF.
  'control-char-ids': {
    'members.csv': () =>
      utf8(
        'id,name,type,country,role\n' +
          'A\u0007,Alpha Bell,ngo,Netherlands,lead\n' +
          'A\u0008,Alpha Backspace,ngo,Netherlands,member\n',
      ),
    'geography.csv': () => utf8('member,country,presence\nA\u0007,Kenya,office\nA\u0008,Kenya,office\n'),
    'expertise.csv': () => utf8('member,theme,level\nA\u0007,living wage,5\nA\u0008,gbv,5\n'),
  },
};

/** Characters of each huge label in the huge-labels case. */
export const HUGE_LABEL_CHARS = 200_000;

/** Files too big to commit, written at test time. */
export const LARGE_GENERATED: GeneratedCases = {
  // 10 members sharing two partners and a sector, each with custom themes, partner and company
  // names of 200,000 characters: rationales and reports must not repeat them whole.
  'huge-labels': (() => {
    const big = (prefix: string) => `${prefix}${'x'.repeat(HUGE_LABEL_CHARS - prefix.length)}`;
    const ids = Array.from({ length: 10 }, (_, i) => `M${i}`);
    const rows = (header: string, row: (id: string, i: number) => string) => () =>
      utf8(`${header}\n${ids.map((id, i) => row(id, i)).join('\n')}\n`);
    return {
      'members.csv': rows('id,name', (id, i) => `${id},Member ${i}`),
      'expertise.csv': rows('member,theme,level', (id, i) =>
        [0, 1, 2].map((t) => `${id},${big(`Theme ${t} `)},${1 + ((i + t) % 5)}`).join('\n'),
      ),
      'geography.csv': rows(
        'member,country,presence,partners',
        (id) => `${id},Kenya,office,${big('Partner ')};${big('Other ')}`,
      ),
      'sectors.csv': rows(
        'member,sector,network,strength,companies',
        (id) => `${id},garment,companies,4,${big('Company ')}`,
      ),
    };
  })(),
  'wide-10000-columns': {
    'members.csv': () => {
      const extra = Array.from({ length: WIDE_COLUMNS - 5 }, (_, i) => `extra ${i + 1}`);
      const header = ['id', 'name', 'type', 'country', 'role', ...extra].join(',');
      const row = (id: string, name: string, role: string) =>
        [id, name, 'ngo', 'Netherlands', role, ...extra.map((_, i) => `${id}-${i + 1}`)].join(',');
      return utf8(
        `${header}\n${row('FTA', 'Fair Threads Alliance', 'lead')}\n${row('SEW', 'Stichting Eerlijk Werk', 'member')}\n`,
      );
    },
  },
  'cell-1mb': {
    'members.csv': () => {
      const base = 'Lorem ipsum dolor sit amet, "quoted", semi; colon, <b>tag</b> & more. ';
      const big = base.repeat(Math.ceil(BIG_CELL_CHARS / base.length)).slice(0, BIG_CELL_CHARS);
      const quoted = `"${big.replace(/"/g, '""')}"`;
      return utf8(
        `id,name,type,country,role\nBIG,${quoted},ngo,Netherlands,lead\nSEW,Stichting Eerlijk Werk,ngo,Netherlands,member\n`,
      );
    },
    'expertise.csv': () => utf8('member,theme,level\nBIG,living wage,4\nSEW,living wage,3\n'),
  },
};

/** Write generated cases under `dir/<case>/<file>`; returns the case directories written. */
export function writeGenerated(cases: GeneratedCases, dir: string): string[] {
  const written: string[] = [];
  for (const [name, files] of Object.entries(cases)) {
    const caseDir = join(dir, name);
    mkdirSync(caseDir, { recursive: true });
    for (const [file, make] of Object.entries(files)) writeFileSync(join(caseDir, file), make());
    written.push(caseDir);
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const d of writeGenerated({ ...COMMITTED_GENERATED, ...COMMITTED_GENERATED_16 }, CORPUS_DIR)) {
    console.log(`wrote ${d}`);
  }
}
