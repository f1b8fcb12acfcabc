import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'ps-cli-title-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (out: string, file: string) => readFileSync(join(dir, out, file), 'utf8');

describe('baseline --title', () => {
  it('names both reports and the meeting pack; markup in the title stays text', async () => {
    const title = 'Alliance <script>alert(1)</script> & partners 2026';
    const r = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'en'),
      '--title',
      title,
    );
    expect(r.code).toBe(0);
    const html = read('en', 'report.html');
    expect(html).toContain(
      '<title>Alliance &lt;script&gt;alert(1)&lt;/script&gt; &amp; partners 2026</title>',
    );
    expect(html).toContain('<h1>Alliance &lt;script&gt;alert(1)&lt;/script&gt; &amp; partners 2026</h1>');
    expect(html).not.toContain('<script>alert(1)');
    expect(read('en', 'report.md').split('\n')[0]).toBe(
      '# Alliance \\<script>alert(1)\\</script> & partners 2026',
    );
    expect(read('en', 'meeting-pack.md').split('\n')[0]).toMatch(/^# Meeting pack: Alliance /);
    expect(read('en', 'meeting-pack.html')).toContain('<h1>Meeting pack: Alliance &lt;script&gt;');
  });

  it('in Dutch, with line breaks folded to one line; without it the dictionary title', async () => {
    const nl = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'nl'),
      '--lang',
      'nl',
      '--title',
      ' Dutch Relief\n\tAlliance ',
    );
    const plain = await runCaptured('baseline', 'data/sample-partnership', '--out', join(dir, 'plain'));
    expect([nl.code, plain.code]).toEqual([0, 0]);
    expect(read('nl', 'report.md').split('\n')[0]).toBe('# Dutch Relief Alliance');
    expect(read('nl', 'meeting-pack.md').split('\n')[0]).toBe('# Vergaderpakket: Dutch Relief Alliance');
    expect(read('plain', 'report.md').split('\n')[0]).toBe('# Partnership synergy baseline');
    expect(read('plain', 'meeting-pack.md').split('\n')[0]).toBe('# Meeting pack');
  });

  it('an empty or overlong title is a one-line usage error (exit 2) and nothing is written', async () => {
    const empty = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'x'),
      '--title',
      '  ',
    );
    const long = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'y'),
      '--lang',
      'nl',
      '--title',
      'x'.repeat(201),
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--title: the value is empty.');
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--title: de waarde heeft 201 tekens; een titel heeft er hoogstens 200.');
    for (const r of [empty, long]) expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'x')) || existsSync(join(dir, 'y'))).toBe(false);
  });
});
