import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IoError, LimitError } from '../../src/errors.js';
import { readInputPaths } from '../../src/node/readDir.js';
import { readRegularFile } from '../../src/node/readFile.js';

const dir = mkdtempSync(join(tmpdir(), 'partner-synergy-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('readRegularFile (the one reading function)', () => {
  it('reads a regular file exactly, also through a symbolic link to one', () => {
    writeFileSync(join(dir, 'a.csv'), 'id,name\nA,Alpha\n');
    symlinkSync(join(dir, 'a.csv'), join(dir, 'link.csv'));
    expect(new TextDecoder().decode(readRegularFile(join(dir, 'link.csv')))).toBe('id,name\nA,Alpha\n');
  });

  it('says what it found instead of reading a folder, a FIFO, a device or a dangling link', () => {
    mkdirSync(join(dir, 'folder.csv'));
    execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
    symlinkSync(join(dir, 'gone.csv'), join(dir, 'dangling.csv'));
    const cases: [string, string, RegExp][] = [
      [join(dir, 'folder.csv'), 'not_regular', /it is a folder, not a regular file/],
      [join(dir, 'fifo.csv'), 'not_regular', /named pipe \(FIFO\)/],
      ['/dev/zero', 'not_regular', /character device/],
      [join(dir, 'dangling.csv'), 'dangling_symlink', /symbolic link to ".*gone\.csv", which does not exist/],
      [join(dir, 'missing.csv'), 'missing', /no such file or folder/],
    ];
    for (const [path, reason, message] of cases) {
      const err = caught(() => readRegularFile(path));
      expect(err, path).toBeInstanceOf(IoError);
      expect(err).toMatchObject({ code: 'E_IO', reason, path });
      expect((err as Error).message).toMatch(message);
    }
    expect((caught(() => readRegularFile('/dev/zero', { lang: 'nl' })) as Error).message).toMatch(
      /tekenapparaat/,
    );
  });

  it('enforces the byte limit while reading, also for files whose announced size is 0 (/proc)', () => {
    writeFileSync(join(dir, 'ten.csv'), '0123456789');
    expect(readRegularFile(join(dir, 'ten.csv'), { maxBytes: 10 }).byteLength).toBe(10);
    expect(caught(() => readRegularFile(join(dir, 'ten.csv'), { maxBytes: 9 }))).toMatchObject({
      limit: 'maxBytes',
      max: 9,
    });
    // /proc/self/status is a regular file that announces 0 bytes and holds several hundred.
    expect(readRegularFile('/proc/self/status').byteLength).toBeGreaterThan(100);
    const err = caught(() => readRegularFile('/proc/self/status', { maxBytes: 50 }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ limit: 'maxBytes', max: 50, actual: 51 });
  });
});

describe('readInputPaths', () => {
  it('names the file and its folder when a CSV name in a folder is not a regular file', () => {
    const input = join(dir, 'input');
    mkdirSync(input);
    writeFileSync(join(input, 'members.csv'), 'id,name\nA,Alpha\n');
    mkdirSync(join(input, 'expertise.csv'));
    expect((caught(() => readInputPaths(input)) as Error).message).toMatch(
      /^Cannot read "expertise\.csv" in ".*input": it is a folder, not a regular file/,
    );
    rmSync(join(input, 'expertise.csv'), { recursive: true });
    expect(readInputPaths(input).paths).toEqual([join(input, 'members.csv')]);
  });
});
