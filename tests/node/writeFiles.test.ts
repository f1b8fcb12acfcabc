import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IoError } from '../../src/errors.js';
import { writeOutputFiles } from '../../src/node/writeFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'partner-synergy-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function caught(run: () => unknown): IoError {
  try {
    run();
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('writeOutputFiles (the one output writer)', () => {
  it('creates missing folders level by level and writes every file, returning the paths sorted', () => {
    const out = join(dir, 'a', 'b', 'c');
    expect(writeOutputFiles(out, { 'z.txt': 'Z', 'a.txt': 'A' })).toEqual([
      join(out, 'a.txt'),
      join(out, 'z.txt'),
    ]);
    expect(readFileSync(join(out, 'z.txt'), 'utf8')).toBe('Z');
  });

  it('refuses a folder that holds an input, and an output that is an input, before writing anything', () => {
    const input = join(dir, 'input');
    mkdirSync(input);
    writeFileSync(join(input, 'members.csv'), 'original');
    const held = caught(() =>
      writeOutputFiles(input, { 'members.csv': 'export' }, { inputs: [join(input, 'members.csv')] }),
    );
    expect(held).toMatchObject({ reason: 'input_overlap', path: input });
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(join(input, 'members.csv'), join(elsewhere, 'members.csv'));
    const same = caught(() =>
      writeOutputFiles(elsewhere, { 'members.csv': 'export' }, { inputs: [join(input, 'members.csv')] }),
    );
    expect(same).toMatchObject({ reason: 'input_overlap' });
    expect(readFileSync(join(input, 'members.csv'), 'utf8')).toBe('original');
  });

  it('replaces a symbolic link of an output name instead of writing through it', () => {
    const out = join(dir, 'links');
    mkdirSync(out);
    writeFileSync(join(dir, 'target.txt'), 'keep');
    symlinkSync(join(dir, 'target.txt'), join(out, 'report.md'));
    writeOutputFiles(out, { 'report.md': '# report' });
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep');
    expect(lstatSync(join(out, 'report.md')).isFile()).toBe(true);
  });

  it('gives one IoError line for each impossible output folder, quickly', () => {
    writeFileSync(join(dir, 'file.txt'), 'x');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    const cases: [string, string, RegExp][] = [
      ['/proc/x', 'other', /cannot be created: no folder can be made there/],
      ['/dev/null/out', 'not_folder', /"\/dev\/null" is a character device, not a folder/],
      [join(dir, 'file.txt'), 'not_folder', /is a file, not a folder/],
      [join(dir, 'dangling'), 'dangling_symlink', /is a symbolic link to ".*nowhere", which does not exist/],
    ];
    for (const [path, reason, message] of cases) {
      const start = performance.now();
      const err = caught(() => writeOutputFiles(path, { 'a.txt': 'A' }));
      expect(performance.now() - start).toBeLessThan(1000);
      expect(err, path).toMatchObject({ code: 'E_IO', reason });
      expect(err.message).toMatch(message);
      expect(err.message.split('\n')).toHaveLength(1);
    }
  });
});
