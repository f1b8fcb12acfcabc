/**
 * The CLI's reliability corpus as a table (issue 16): files, folders, terminals and options that
 * fight back. Each row builds its situation in a fresh temporary folder (FIFOs, devices, symbolic
 * and hard links, folders where files should be), runs the CLI and states what must come out: the
 * exit code, the one line on stderr, and for `validate --format json` the accepted and rejected
 * rows. cli.test.ts runs every row; the data-level corpus (what parsing gives) is in cases.ts.
 *
 * Classes, as the issue numbers them: 1 input destroyed, 2 special files and limits, 3 output
 * paths, 4 terminal escapes, 5 merges, 6 import round trip, 7 options and schemas, 8 smaller.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { buildBaselineFromDir } from '../../src/node/buildFromDir.js';
import { repoRoot } from '../helpers.js';
import { CORPUS_DIR } from './generate.js';

/** What one CLI run printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** One row of the table. */
export interface CliCase {
  readonly name: string;
  readonly class: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  readonly about: string;
  /** Build the situation in `dir` (fresh and empty) and return the CLI arguments. */
  readonly setup: (dir: string) => string[];
  readonly expected: {
    readonly code: 0 | 1 | 2;
    /** The one line on stderr (exit codes 1 and 2): stderr is exactly this one line. */
    readonly stderr?: RegExp;
    /** `validate --format json`: accepted and rejected rows over all files. */
    readonly rows?: { readonly accepted: number; readonly rejected: number };
    /** Most milliseconds the run may take (a refusal must be quick). Default 15,000. */
    readonly within?: number;
  };
  /** Run the CLI as another user (the folder must be unwritable even for root). */
  readonly asNobody?: boolean;
  readonly check?: (dir: string, run: CliRun) => void;
}

const SAMPLE = join(repoRoot, 'data/sample-partnership');
/** Raw terminal control characters (C0 but line feed, DEL, C1): none may reach a terminal. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A copy of the sample partnership in dir/name; returns its path. */
function sample(dir: string, name = 'in'): string {
  const to = join(dir, name);
  cpSync(SAMPLE, to, { recursive: true });
  return to;
}

/** A folder with the sample's members.csv only. */
function membersOnly(dir: string, name = 'in'): string {
  const to = join(dir, name);
  mkdirSync(to);
  cpSync(join(SAMPLE, 'members.csv'), join(to, 'members.csv'));
  return to;
}

const corpus = (name: string) => join(CORPUS_DIR, name);
const bytesOf = (path: string) => readFileSync(path);

/** The bytes of every file of a folder, to show that nothing changed. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['companies.csv', 'expertise.csv', 'geography.csv', 'members.csv', 'sectors.csv']) {
    try {
      out[name] = bytesOf(join(folder, name)).toString('base64');
    } catch {
      // absent
    }
  }
  return out;
}

/** A baseline.json of the sample with `edit` applied, written to dir/name. */
function editedBaseline(dir: string, name: string, edit: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(stringifyBaseline(toBaselineJson(buildBaselineFromDir(SAMPLE)))) as Record<
    string,
    unknown
  >;
  edit(json);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const before = new Map<string, Record<string, string>>();

/** The corpus. */
export const CLI_CASES: readonly CliCase[] = [
  // 1. Input destroyed.
  {
    name: 'baseline DIR --out DIR',
    class: 1,
    about: 'the output folder is the input folder: members.csv would be overwritten by its export',
    setup: (dir) => {
      const input = sample(dir);
      before.set(dir, snapshot(input));
      return ['baseline', input, '--out', input];
    },
    expected: {
      code: 1,
      stderr:
        /--out ".*in" holds the input files of this run \(companies\.csv, .*Give another folder, e\.g\. --out ".*in\/partner-synergy-output"/,
    },
    check: (dir) => {
      expect(snapshot(join(dir, 'in'))).toEqual(before.get(dir));
      expect(() => bytesOf(join(dir, 'in', 'baseline.json'))).toThrow();
    },
  },
  {
    name: 'baseline DIR --out DIR (Dutch)',
    class: 1,
    about: 'the same with --lang nl: the message in Dutch',
    setup: (dir) => ['baseline', sample(dir), '--out', join(dir, 'in'), '--lang', 'nl'],
    expected: { code: 1, stderr: /bevat de invoerbestanden van deze run/ },
  },
  {
    name: 'baseline FILE --out its folder',
    class: 1,
    about: 'one members.csv read, the output folder holds it',
    setup: (dir) => {
      const input = membersOnly(dir);
      return ['baseline', join(input, 'members.csv'), '--out', input];
    },
    expected: { code: 1, stderr: /holds the input files of this run \(members\.csv\)/ },
  },
  {
    name: '--out a symbolic link to the input folder',
    class: 1,
    about: 'out -> in: the same folder under another name',
    setup: (dir) => {
      const input = sample(dir);
      symlinkSync(input, join(dir, 'out'));
      return ['baseline', input, '--out', join(dir, 'out')];
    },
    expected: { code: 1, stderr: /holds the input files of this run/ },
  },
  {
    name: 'an output that is a hard link to an input',
    class: 1,
    about: 'out/members.csv is the same file as in/members.csv',
    setup: (dir) => {
      const input = sample(dir);
      mkdirSync(join(dir, 'out'));
      linkSync(join(input, 'members.csv'), join(dir, 'out', 'members.csv'));
      before.set(dir, snapshot(input));
      return ['baseline', input, '--out', join(dir, 'out')];
    },
    expected: {
      code: 1,
      stderr: /Refusing to write ".*out\/members\.csv": it is one of the input files of this run/,
    },
    check: (dir) => expect(snapshot(join(dir, 'in'))).toEqual(before.get(dir)),
  },
  {
    name: 'import --out the folder of the imported file',
    class: 1,
    about: 'a 3W export imported into its own folder',
    setup: (dir) => {
      cpSync(join(repoRoot, 'tests/fixtures/import/3w-hxl-bom.csv'), join(dir, '3w.csv'));
      return ['import', '3w', join(dir, '3w.csv'), '--out', dir];
    },
    expected: { code: 1, stderr: /holds the input files of this run \(3w\.csv\)/ },
  },
  {
    name: 'diff --out the folder of a baseline.json',
    class: 1,
    about: 'diff.json, diff.md and diff.html next to the baseline they compare',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', () => {});
      return ['diff', a, a, '--out', dir];
    },
    expected: { code: 1, stderr: /holds the input files of this run \(a\.json\)/ },
  },
  // 2. Special files and limits.
  {
    name: 'a FIFO named expertise.csv',
    class: 2,
    about: 'validate would wait for a writer forever',
    setup: (dir) => {
      const input = membersOnly(dir);
      execFileSync('mkfifo', [join(input, 'expertise.csv')]);
      return ['validate', input];
    },
    expected: {
      code: 1,
      stderr: /Cannot read "expertise\.csv" in ".*": it is a named pipe \(FIFO\), not a regular file/,
      within: 5000,
    },
  },
  {
    name: 'a symbolic link to /dev/zero',
    class: 2,
    about: 'expertise.csv -> /dev/zero: stat() says 0 bytes, reading never ends',
    setup: (dir) => {
      const input = membersOnly(dir);
      symlinkSync('/dev/zero', join(input, 'expertise.csv'));
      return ['validate', input];
    },
    expected: { code: 1, stderr: /it is a character device, not a regular file/, within: 5000 },
  },
  {
    name: 'validate /dev/zero',
    class: 2,
    about: 'a device as the one input file',
    setup: () => ['validate', '/dev/zero'],
    expected: { code: 1, stderr: /Cannot read "\/dev\/zero": it is a character device/, within: 5000 },
  },
  {
    name: 'a folder named expertise.csv',
    class: 2,
    about: 'a directory where a CSV file is expected',
    setup: (dir) => {
      const input = membersOnly(dir);
      mkdirSync(join(input, 'expertise.csv'));
      return ['validate', input];
    },
    expected: { code: 1, stderr: /Cannot read "expertise\.csv" in ".*": it is a folder, not a regular file/ },
  },
  {
    name: 'a dangling symbolic link named geography.csv',
    class: 2,
    about: 'the link points at a file that was moved',
    setup: (dir) => {
      const input = membersOnly(dir);
      symlinkSync(join(dir, 'moved.csv'), join(input, 'geography.csv'));
      return ['validate', input];
    },
    expected: {
      code: 1,
      stderr: /geography\.csv": it is a symbolic link to ".*moved\.csv", which does not exist/,
    },
  },
  {
    name: 'a missing input folder',
    class: 2,
    about: 'a typo in the path',
    setup: (dir) => ['validate', join(dir, 'nope')],
    expected: { code: 1, stderr: /Cannot read ".*nope": no such file or folder/ },
  },
  {
    name: 'diff /dev/zero x.json',
    class: 2,
    about: 'diff read without any limit before',
    setup: (dir) => ['diff', '/dev/zero', join(dir, 'x.json')],
    expected: { code: 1, stderr: /"\/dev\/zero": it is a character device/, within: 5000 },
  },
  {
    name: 'diff over --max-bytes',
    class: 2,
    about: 'diff has the same byte limit as the other commands',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', () => {});
      return ['diff', a, a, '--max-bytes', '1000'];
    },
    expected: {
      code: 1,
      stderr: /error \[E_LIMIT\]: a\.json is larger than the limit of 1000 bytes .*--max-bytes/,
    },
  },
  {
    name: 'a file over --max-bytes',
    class: 2,
    about: 'members.csv of 1,000 rows with --max-bytes 500',
    setup: (dir) => {
      const input = join(dir, 'in');
      mkdirSync(input);
      writeFileSync(join(input, 'members.csv'), `id,name\n${'M,x\n'.repeat(1000)}`);
      return ['validate', input, '--max-bytes', '500'];
    },
    expected: { code: 1, stderr: /error \[E_LIMIT\]: members\.csv is larger than the limit of 500 bytes/ },
  },
  {
    name: 'a 20 MB one-line file',
    class: 2,
    about: '10 million commas on the line after the header: refused on the column count, quickly',
    setup: (dir) => {
      const input = join(dir, 'in');
      mkdirSync(input);
      writeFileSync(join(input, 'members.csv'), `id,name\n${'a,'.repeat(10_000_000)}`);
      return ['validate', input];
    },
    expected: {
      code: 1,
      stderr: /members\.csv, line 2: more than 20000 columns in one row \(maxColumns\)/,
      within: 5000,
    },
  },
  {
    name: 'a 20 MB line inside a quote that never closes',
    class: 2,
    about: 'the parser must not buffer the rest of the file: the line is rejected, quickly',
    setup: (dir) => {
      const input = join(dir, 'in');
      mkdirSync(input);
      writeFileSync(join(input, 'members.csv'), `id,name\nA,Alpha\n"${'x,'.repeat(10_000_000)}\n`);
      return ['validate', input, '--format', 'json'];
    },
    expected: { code: 1, rows: { accepted: 1, rejected: 1 }, within: 8000 },
  },
  // 3. Output paths.
  {
    name: '--out /proc/x',
    class: 3,
    about: 'a folder that can never exist (recursive mkdir spun at 100 % CPU)',
    setup: () => ['baseline', SAMPLE, '--out', '/proc/x'],
    expected: {
      code: 1,
      stderr: /--out "\/proc\/x" cannot be created: no folder can be made there/,
      within: 8000,
    },
  },
  {
    name: '--out /dev/null/out',
    class: 3,
    about: 'a device as a parent folder',
    setup: () => ['baseline', SAMPLE, '--out', '/dev/null/out'],
    expected: { code: 1, stderr: /"\/dev\/null" is a character device, not a folder/ },
  },
  {
    name: '--out an existing file',
    class: 3,
    about: 'report.txt given as the output folder',
    setup: (dir) => {
      writeFileSync(join(dir, 'report.txt'), 'keep me');
      return ['baseline', SAMPLE, '--out', join(dir, 'report.txt')];
    },
    expected: { code: 1, stderr: /--out ".*report\.txt" is a file, not a folder/ },
    check: (dir) => expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('keep me'),
  },
  {
    name: '--out a dangling symbolic link',
    class: 3,
    about: 'out -> a folder that was removed',
    setup: (dir) => {
      symlinkSync(join(dir, 'gone'), join(dir, 'out'));
      return ['baseline', SAMPLE, '--out', join(dir, 'out')];
    },
    expected: { code: 1, stderr: /--out ".*out" is a symbolic link to ".*gone", which does not exist/ },
  },
  {
    name: 'a folder named report.md in the output folder',
    class: 3,
    about: 'something in the way of one output: nothing is written',
    setup: (dir) => {
      mkdirSync(join(dir, 'out', 'report.md'), { recursive: true });
      return ['baseline', SAMPLE, '--out', join(dir, 'out')];
    },
    expected: { code: 1, stderr: /Cannot write ".*report\.md": a folder of that name is in the way/ },
    check: (dir) => expect(() => bytesOf(join(dir, 'out', 'baseline.json'))).toThrow(),
  },
  {
    name: 'a folder named expertise.csv in the import output folder',
    class: 3,
    about: 'import writes expertise.csv',
    setup: (dir) => {
      mkdirSync(join(dir, 'out', 'expertise.csv'), { recursive: true });
      return [
        'import',
        '3w',
        join(repoRoot, 'tests/fixtures/import/3w-hxl-bom.csv'),
        '--out',
        join(dir, 'out'),
      ];
    },
    expected: { code: 1, stderr: /Cannot write ".*expertise\.csv": a folder of that name is in the way/ },
  },
  {
    name: 'a symbolic link named report.md in the output folder',
    class: 3,
    about: 'out/report.md -> a file elsewhere: the link is replaced, its target never written',
    setup: (dir) => {
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'precious.txt'), 'keep me');
      symlinkSync(join(dir, 'precious.txt'), join(dir, 'out', 'report.md'));
      return ['baseline', SAMPLE, '--out', join(dir, 'out')];
    },
    expected: { code: 0 },
    check: (dir) => {
      expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
      expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toMatch(/^# Partnership synergy baseline/);
    },
  },
  {
    name: 'an unwritable output folder',
    class: 3,
    about: 'a read-only folder (run as an unprivileged user)',
    asNobody: true,
    setup: (dir) => {
      mkdirSync(join(dir, 'ro'), { mode: 0o555 });
      return ['baseline', SAMPLE, '--out', join(dir, 'ro')];
    },
    expected: { code: 1, stderr: /--out ".*ro" cannot be written to: permission denied/ },
  },
  // 4. Terminal escapes.
  {
    name: 'validate: escape sequences and a forged line',
    class: 4,
    about:
      'clear screen, window title, OSC 8, BEL, BS, C1 CSI in names/types/values; an id with a line break',
    setup: () => ['validate', corpus('terminal-escapes')],
    expected: { code: 1 },
    check: (_dir, run) => {
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      // The id with a line break stays on its own line: nothing can forge a report line.
      expect(run.stdout.split('\n').some((l) => l.startsWith('members.csv:9 forged'))).toBe(false);
      expect(run.stdout).toContain('NL\\nmembers.csv:9 forged');
      expect(run.stdout).toContain('\\x1b[2Jgbv');
    },
  },
  {
    name: 'validate --format json: C1 and DEL escaped too',
    class: 4,
    about: 'JSON.stringify leaves U+009B (CSI) raw; the terminal JSON does not',
    setup: () => ['validate', corpus('terminal-escapes'), '--format', 'json'],
    expected: { code: 1, rows: { accepted: 8, rejected: 1 } },
    check: (_dir, run) => expect(run.stdout).not.toMatch(RAW_CONTROL),
  },
  {
    name: 'baseline summary with escape sequences in names',
    class: 4,
    about: 'names in the top recommendations and rejected rows',
    setup: (dir) => ['baseline', corpus('terminal-escapes'), '--out', join(dir, 'out')],
    expected: { code: 0 },
    check: (_dir, run) => expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL),
  },
  {
    name: 'an unknown flag with an escape sequence',
    class: 4,
    about: 'commander echoes the argument in its message',
    setup: (dir) => ['validate', dir, '--\u001b[2Jbogus'],
    expected: { code: 2 },
    check: (_dir, run) => {
      expect(run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stderr).toContain('\\x1b[2Jbogus');
    },
  },
  // 5. Merges (the data-level checks are in cases.ts).
  {
    name: 'validate: a repeated header row',
    class: 5,
    about: 'two exports pasted together: the second header is rejected, not a member called "id"',
    setup: () => ['validate', corpus('pasted-exports'), '--format', 'json'],
    expected: { code: 1, rows: { accepted: 6, rejected: 3 } },
  },
  {
    name: 'validate: rows of a rejected duplicate id',
    class: 5,
    about: 'expertise rows of abc (rejected beside ABC) are rejected, not credited to ABC',
    setup: () => ['validate', corpus('id-collisions'), '--format', 'json'],
    expected: { code: 1, rows: { accepted: 6, rejected: 4 } },
    check: (_dir, run) => expect(run.stdout).toContain('"code": "rejected_member"'),
  },
  // 6. Import round trip.
  {
    name: "validate the project's own formula-guarded CSV",
    class: 6,
    about: "'=Plus Union reads back as =Plus Union, 's-Hertogenbosch stays",
    setup: () => ['validate', corpus('formula-roundtrip'), '--format', 'json'],
    expected: { code: 0, rows: { accepted: 8, rejected: 0 } },
  },
  // 7. Options and schemas.
  {
    name: '--weights geography=1e308,sectors=1e308',
    class: 7,
    about: 'huge weights overflowed to Infinity and made every synergy 0',
    setup: (dir) => [
      'baseline',
      SAMPLE,
      '--out',
      join(dir, 'out'),
      '--weights',
      'geography=1e308,sectors=1e308',
    ],
    expected: { code: 2, stderr: /--weights: geography=1e308 is not a number from 0 to 1000/ },
  },
  {
    name: '--weights geography=0,sectors=0',
    class: 7,
    about: 'no context left',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--weights', 'geography=0,sectors=0'],
    expected: { code: 2, stderr: /geography and sectors cannot both be 0/ },
  },
  {
    name: '--weights office=1.5',
    class: 7,
    about: 'a presence weight above 1',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--weights', 'office=1.5'],
    expected: { code: 2, stderr: /--weights: office=1\.5 is not a number from 0 to 1/ },
  },
  {
    name: '--weights geography=NaN',
    class: 7,
    about: 'not a number',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--weights', 'geography=NaN'],
    expected: { code: 2, stderr: /--weights: geography=NaN is not a number/ },
  },
  {
    name: '--focus-themes ""',
    class: 7,
    about: 'an empty list was accepted and ignored',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--focus-themes', ''],
    expected: { code: 2, stderr: /--focus-themes: the list is empty/ },
  },
  {
    name: '--redact-themes ";"',
    class: 7,
    about: 'an empty redaction list would redact nothing without a word',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--redact-themes', ';'],
    expected: { code: 2, stderr: /--redact-themes: the list is empty/ },
  },
  {
    name: '--opt-out "" (Dutch)',
    class: 7,
    about: 'an empty opt-out list, message in Dutch',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--opt-out', '', '--lang', 'nl'],
    expected: { code: 2, stderr: /--opt-out: de lijst is leeg/ },
  },
  {
    name: '--top 1e308',
    class: 7,
    about: 'an exponent is not a whole number written in digits',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--top', '1e308'],
    expected: { code: 2, stderr: /--top: "1e308" is not a whole number from 1 to 100,000/ },
  },
  {
    name: '--max-bytes 0',
    class: 7,
    about: 'below the range',
    setup: (dir) => ['validate', dir, '--max-bytes', '0'],
    expected: { code: 2, stderr: /--max-bytes: "0" is not a whole number from 1/ },
  },
  {
    name: '--max-members 3',
    class: 7,
    about: 'the all-pairs limit from the command line: 12 members are more',
    setup: (dir) => ['baseline', SAMPLE, '--out', join(dir, 'out'), '--max-members', '3'],
    expected: {
      code: 1,
      stderr: /error \[E_LIMIT\]: 12 members is more than the limit of 3 .*--max-members 12/,
    },
  },
  {
    name: 'coalition --min-level 6',
    class: 7,
    about: 'levels are 1 to 5',
    setup: () => ['coalition', SAMPLE, '--themes', 'gbv', '--min-level', '6'],
    expected: { code: 2, stderr: /--min-level: "6" is not a whole number from 1 to 5/ },
  },
  {
    name: 'diff: duplicate member ids',
    class: 7,
    about: 'a baseline.json listing a member twice',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', (j) => {
        const members = j.members as unknown[];
        members.push(members[0]);
      });
      return ['diff', a, a];
    },
    expected: {
      code: 1,
      stderr:
        /error \[E_SCHEMA\]: This baseline\.json does not fit schema version 1, 2, 3 or 4: members\.12\.id: member id "AER" occurs more than once/,
    },
  },
  {
    name: 'diff: a non-square matrix',
    class: 7,
    about: 'the synergy matrix one row short',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', (j) => {
        const m = j.matrices as { synergy: { values: unknown[] } };
        m.synergy.values.pop();
      });
      return ['diff', a, a];
    },
    expected: { code: 1, stderr: /matrices\.synergy\.values: 11 rows for 12 ids/ },
  },
  {
    name: 'diff: a value of 1e308',
    class: 7,
    about: 'an overlap far outside 0 to 1',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', (j) => {
        const m = j.matrices as { expertise: { overlap: number[][] } };
        m.expertise.overlap[0]![1] = 1e308;
      });
      return ['diff', a, a];
    },
    expected: {
      code: 1,
      stderr: /matrices\.expertise\.overlap: value 1e\+308 at row 1, column 2 is not a number from 0 to 1/,
    },
  },
  {
    name: 'diff: matrix ids that are not the members (Dutch)',
    class: 7,
    about: 'an id list of another partnership, message in Dutch',
    setup: (dir) => {
      const a = editedBaseline(dir, 'a.json', (j) => {
        const m = j.matrices as { geography: { ids: string[] } };
        m.geography.ids[0] = 'ZZZ';
      });
      return ['diff', a, a, '--lang', 'nl'];
    },
    expected: { code: 1, stderr: /matrices\.geography\.ids: de ids zijn niet de ids van de ledenlijst/ },
  },
];
