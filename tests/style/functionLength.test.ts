/**
 * No function in src/ is longer than 120 lines (issue 17: split by step, named for what each step
 * does). No folder is allow-listed.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWED_FOLDERS, longFunctions } from '../../scripts/long-functions.mjs';

describe('function length', () => {
  it('no function in src/ is over 120 lines', () => {
    const found = longFunctions(120).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(found).toEqual([]);
  });

  it('no folder is allow-listed', () => {
    expect([...ALLOWED_FOLDERS]).toEqual([]);
  });

  it('finds long functions when there are some (the check can fail)', () => {
    // With a 20-line limit and nothing allowed, src/ certainly has longer functions, arrow
    // functions included, each reported with its file, name, first line and length.
    const found = longFunctions(20, []);
    expect(found.length).toBeGreaterThan(10);
    for (const f of found) {
      expect(f.file).toMatch(/^src\/.+\.ts$/);
      expect(f.lines).toBeGreaterThan(20);
      expect(f.line).toBeGreaterThan(0);
    }
    expect(found.map((f) => f.name)).toContain('buildCoalition');
  });
});
