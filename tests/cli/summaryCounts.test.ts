import { describe, expect, it } from 'vitest';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { formatBaselineSummary } from '../../src/cli/summary.js';
import { buildBaselineFromDir } from '../../src/node.js';

describe('formatBaselineSummary counts', () => {
  const json = toBaselineJson(buildBaselineFromDir('data/sample-partnership'));
  const oneCountry = { ...json, countries: Object.fromEntries(Object.entries(json.countries).slice(0, 1)) };

  it('puts the noun in the number of its count, in English and Dutch (a 3W table has one country)', () => {
    expect(formatBaselineSummary(oneCountry, null, 'en').split('\n')[0]).toBe(
      `Synergy baseline: 12 members, 1 country, ${json.recommendations.length} recommendations.`,
    );
    expect(formatBaselineSummary(oneCountry, null, 'nl').split('\n')[0]).toBe(
      `Synergie-nulmeting: 12 leden, 1 land, ${json.recommendations.length} aanbevelingen.`,
    );
    expect(formatBaselineSummary(json, null, 'nl').split('\n')[0]).toContain('12 landen');
  });
});
