import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactionFromFlags } from '../../src/redact/format.js';
import { runCaptured } from '../cli/run.js';
import { repoRoot } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'ps-redact-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('partner-synergy baseline with redaction flags', () => {
  it('writes outputs without the redacted strings and prints what was withheld', async () => {
    const out = join(tmp, 'all');
    const r = await runCaptured(
      'baseline',
      `${repoRoot}/data/sample-partnership`,
      '--out',
      out,
      '--redact-partners',
      '--redact-companies',
      '--redact-themes',
      'gbv; child labour',
      '--redact-countries',
      'Myanmar, KE',
      '--opt-out',
      'VAW',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Redacted: 1 member opted out; 2 themes removed; 2 countries removed; .* rows withheld; \d+ local partners pseudonymised; \d+ companies pseudonymised/m,
    );
    const all = readdirSync(out)
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    for (const s of [
      'Sabuj Nari Kendra',
      'Noorderlicht Fashion',
      'Vrouwen aan het Werk',
      'Myanmar',
      'Kenya',
      'Child labour',
      'Kinderarbeid',
      'Gendergerelateerd',
    ]) {
      expect(all.toLowerCase()).not.toContain(s.toLowerCase());
    }
    expect(all).not.toMatch(/"VAW"|"KE"|"MM"/);
  });

  it('an unknown theme to redact fails (exit 1) rather than writing unredacted outputs', async () => {
    const out = join(tmp, 'typo');
    const r = await runCaptured(
      'baseline',
      `${repoRoot}/data/sample-partnership`,
      '--out',
      out,
      '--redact-themes',
      'gbvvv',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot redact unknown theme "gbvvv"\. Did you mean/);
    expect(() => readdirSync(out)).toThrow();
  });

  it('redactionFromFlags builds the options and gives {} without flags', () => {
    expect(redactionFromFlags({})).toEqual({});
    expect(redactionFromFlags({ redactPartners: true, redactCountries: 'MM, KH', optOut: ' VAW ' })).toEqual({
      redact: { partners: true, countries: ['MM', 'KH'], optOut: ['VAW'] },
    });
  });
});
