/**
 * `npm run build && npx tsx bench/reliability.ts`: what it costs to refuse hostile input and to
 * read the largest input the default limits accept, measured as a user meets it: one fresh
 * `partner-synergy validate` process per case (wall time of the whole process, its peak RSS).
 * Writes bench/RELIABILITY.md. Not part of the test run (it writes about 1 GB of files in turn).
 *
 * Targets (issue 16): any file over the byte limit, however it is shaped, and any 100 MB file
 * over another limit, is refused in under 2 s and under 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './markdown.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const MB = 1_000_000;

interface Case {
  readonly name: string;
  /** Bytes of the input file (0 for special files). */
  readonly bytes: number;
  /** Write the input folder; return the arguments after `validate`. */
  readonly make: (dir: string) => string[];
  /** A refusal (target: < 2 s, < 300 MB) or an accepted read. */
  readonly refusal: boolean;
}

const ROW = 'M123,living wage,4\n';
const countriesLib = createRequire(import.meta.url)('i18n-iso-countries') as {
  getAlpha2Codes(): Record<string, string>;
};

/** Write `total` bytes made of `unit` repeated, after `head`, in 16 MB pieces. */
function writeRepeated(path: string, head: string, unit: string, total: number): void {
  const piece = unit.repeat(Math.ceil((16 * MB) / unit.length));
  writeFileSync(path, head);
  let left = total - head.length;
  while (left > 0) {
    const chunk = piece.slice(0, Math.min(left, piece.length));
    writeFileSync(path, chunk, { flag: 'a' });
    left -= chunk.length;
  }
}

function folder(dir: string, name: string, head: string, unit: string, total: number): string[] {
  const input = join(dir, 'in');
  mkdirSync(input);
  writeRepeated(join(input, name), head, unit, total);
  return [input];
}

const OVER = 101 * 1024 * 1024 + 1;

const CASES: readonly Case[] = [
  {
    name: 'over the byte limit: one line of commas',
    bytes: OVER,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\n', 'a,', OVER),
  },
  {
    name: 'over the byte limit: line breaks only',
    bytes: OVER,
    refusal: true,
    make: (d) => folder(d, 'members.csv', '', '\n', OVER),
  },
  {
    name: 'over the byte limit: valid rows',
    bytes: OVER,
    refusal: true,
    make: (d) => folder(d, 'expertise.csv', 'member,theme,level\n', ROW, OVER),
  },
  {
    name: 'a symbolic link to /dev/zero (size 0, endless)',
    bytes: 0,
    refusal: true,
    make: (d) => {
      mkdirSync(join(d, 'in'));
      writeFileSync(join(d, 'in', 'members.csv'), 'id,name\nA,Alpha\n');
      symlinkSync('/dev/zero', join(d, 'in', 'expertise.csv'));
      return [join(d, 'in')];
    },
  },
  {
    name: '100 MB one line of commas (maxColumns)',
    bytes: 100 * MB,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\n', 'a,', 100 * MB),
  },
  {
    name: '100 MB one cell (maxCellChars)',
    bytes: 100 * MB,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\n', 'x', 100 * MB),
  },
  {
    name: '100 MB of blank lines (maxRows)',
    bytes: 100 * MB,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\n', '\n', 100 * MB),
  },
  {
    name: '100 MB of short rows (maxRows)',
    bytes: 100 * MB,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\n', 'a\n', 100 * MB),
  },
  {
    name: '100 MB line in a quote that never closes (1 row rejected)',
    bytes: 100 * MB,
    refusal: true,
    make: (d) => folder(d, 'members.csv', 'id,name\nA,Alpha\n"', 'x,', 100 * MB),
  },
  {
    name: 'largest accepted: 1,000,000 distinct geography rows (maxRows) and 4,000 members',
    bytes: 0,
    refusal: false,
    make: (d) => {
      const input = join(d, 'in');
      mkdirSync(input);
      const countries = Object.keys(countriesLib.getAlpha2Codes()).sort().slice(0, 250);
      const ids = Array.from({ length: 4000 }, (_, i) => `M${i}`);
      writeFileSync(
        join(input, 'members.csv'),
        `id,name\n${ids.map((id) => `${id},Member ${id}`).join('\n')}\n`,
      );
      const presence = ['office', 'local_partner', 'programme', 'network'];
      const lines = ['member,country,presence'];
      for (const id of ids)
        for (const [k, c] of countries.entries()) lines.push(`${id},${c},${presence[k % 4]}`);
      writeFileSync(join(input, 'geography.csv'), `${lines.join('\n')}\n`);
      return [input];
    },
  },
];

/** Bytes of the regular files of a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir)
    .map((n) => lstatSync(join(dir, n)))
    .filter((st) => st.isFile())
    .reduce((sum, st) => sum + st.size, 0);
}

interface Measured {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly code: number;
  readonly line: string;
}

/** One `validate` process: wall time, peak RSS (from the process itself), exit code, first stderr line. */
function measure(args: readonly string[]): Measured {
  const script = `const t0 = performance.now();
const { runCli } = await import(${JSON.stringify(new URL(`file://${resolve(here, '../dist/node.js')}`).href)});
let err = '';
const code = await runCli(${JSON.stringify(['validate', ...args, '--format', 'json'])}, { stdout: { write: () => true }, stderr: { write: (s) => (err += s) } });
process.stderr.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS, line: err.split('\\n')[0] }));`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const out = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{"code"'))) as {
    code: number;
    rss: number;
    line: string;
  };
  return { seconds, rssMiB: out.rss / 1024, code: out.code, line: out.line };
}

function main(): void {
  const rows: string[][] = [];
  for (const c of CASES) {
    const dir = mkdtempSync(join(tmpdir(), 'partner-synergy-reliability-'));
    try {
      const args = c.make(dir);
      const m = measure(args);
      const met = c.refusal ? (m.seconds < 2 && m.rssMiB < 300 ? 'yes' : 'no') : '';
      const bytes = c.bytes > 0 ? c.bytes : folderBytes(join(dir, 'in'));
      const rate = c.refusal ? '' : `${(bytes / MB / m.seconds).toFixed(1)} MB/s`;
      rows.push([
        c.name,
        bytes === 0 ? '' : `${(bytes / MB).toFixed(1)} MB`,
        m.seconds.toFixed(2),
        m.rssMiB.toFixed(0),
        String(m.code),
        rate,
        met,
        m.line.slice(0, 90),
      ]);
      console.log(rows.at(-1)!.join(' | '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [l1] = loadavg();
  const table = markdownTable(
    [
      'case',
      'input',
      'time (s)',
      'peak RSS (MiB)',
      'exit',
      'read rate',
      '< 2 s and < 300 MB',
      'first line on stderr',
    ],
    [false, true, true, true, true, true, false, false],
    rows,
  );
  const text = `# Reliability: refusing hostile input, reading the largest accepted input\n\nOne \`partner-synergy validate --format json\` process per case (wall time includes starting Node, about 0.3-0.5 s here), ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${l1?.toFixed(1)} at the end, Node ${process.version}. Regenerate: \`npm run build && npx tsx bench/reliability.ts\`.\n\n${table}\n`;
  writeFileSync(resolve(here, 'RELIABILITY.md'), text);
  console.log(text);
}

main();
