import { describe, expect, it } from 'vitest';
import { finishSummaryImport } from '../../src/import/assemble.js';
import { jsonPath, readIndexRecords } from '../../src/import/iati3wJson.js';
import {
  clusterSlugTheme,
  dacGroupTheme,
  IATI3W_DAC_GROUPS,
  NO_CLUSTER_SLUG,
} from '../../src/import/iati3wSectors.js';
import { splitPipedName, stubName } from '../../src/import/importIati3w.js';
import { WarningCollector } from '../../src/import/warnings.js';

/** Every humanitarian slug of the real sample (sectors.all.humanitarian of 170 records). */
const CLUSTER_SLUGS = {
  education: 'education',
  health: 'health',
  'water-sanitation-hygiene': 'wash',
  'food-security': 'food-security',
  fsc: 'food-security',
  protection: 'protection',
  nutrition: 'nutrition',
  'early-recovery': 'early-recovery',
  logistics: 'logistics',
  'emergency-telecommunications': 'emergency-telecommunications',
  shelter: 'shelter',
  'emergency-shelter-and-nfi': 'shelter',
  'gender-based-violence': 'gbv',
  'camp-coordination-management': 'camp-management',
  'child-protection': 'child-protection',
  'mine-action': 'mine-action',
  'housing-land-and-property': 'land-rights',
};

describe('IATI3W vocabularies', () => {
  it('maps every cluster slug of the real index to a theme, and the no-cluster slug to none', () => {
    for (const [slug, theme] of Object.entries(CLUSTER_SLUGS))
      expect([slug, clusterSlugTheme(slug)]).toEqual([slug, theme]);
    expect(clusterSlugTheme(NO_CLUSTER_SLUG)).toBeNull();
  });

  it('adds a DAC group theme only for groups behind the no-cluster count that the DAC table maps', () => {
    const themed = Object.keys(IATI3W_DAC_GROUPS)
      .map((slug) => [slug, dacGroupTheme(slug)] as const)
      .filter(([, t]) => t !== null && t !== 'skip');
    expect(themed).toEqual([['general-environment-protection', 'environment']]);
    expect(dacGroupTheme('emergency-response')).toBe('skip');
    expect(dacGroupTheme('education')).toBe('skip');
    expect(dacGroupTheme('government-civil-society')).toBeNull();
    expect(dacGroupTheme('no-such-group')).toBeNull();
  });

  it('reads names: piped acronyms, stubs, JSON paths', () => {
    expect(splitPipedName("SERDO |Social Empowerment Rehab. & Dev't Org.|")).toEqual({
      name: "Social Empowerment Rehab. & Dev't Org.",
      acronym: 'SERDO',
    });
    expect(splitPipedName('A | B | C')).toEqual({ name: 'A | B | C', acronym: null });
    expect([stubName('nagaad-network'), stubName('swsc'), stubName('wardi-relief')]).toEqual([
      'Nagaad Network',
      'SWSC',
      'Wardi Relief',
    ]);
    expect(jsonPath('care-uk', 'sectors', 'all', 'dac', 'government-civil-society')).toBe(
      '$["care-uk"].sectors.all.dac["government-civil-society"]',
    );
  });

  it('finds the line of every record, also with keys in strings and nested objects', () => {
    const w = new WarningCollector('x.json');
    const text = '{\n  "a": {"info": {"name": "x\\"}: {"}},\n  "b": {\n    "c": {"d": 1}\n  },\n  "e": 2\n}';
    expect(readIndexRecords(text, 'x.json', {}, w).map((r) => `${r.stub}:${r.line}`)).toEqual([
      'a:2',
      'b:3',
      'e:6',
    ]);
  });

  it('finishSummaryImport writes summaries as the shared back half does (ids from refs, else keys)', () => {
    const w = new WarningCollector('org-index.json');
    const spellings = [
      {
        name: 'Save Somali Women and Children',
        acronym: 'SSWC',
        count: 1,
        type: 'ngo' as const,
        scope: 'national' as const,
        sourceType: '',
        country: 'SO',
        key: 'sswc',
      },
      {
        name: 'Danish Refugee Council',
        ref: 'DK-CVR-20699310',
        acronym: null,
        count: 1,
        type: 'ngo' as const,
        scope: 'international' as const,
        sourceType: '21',
        country: null,
        key: 'drc',
      },
    ];
    const summaries = [
      {
        spelling: 0,
        activities: 61,
        funders: [],
        themes: [{ theme: 'protection', country: 'SO', activities: 12 }],
        places: [{ country: 'SO', area: null, activities: 61, partners: [], together: [1] }],
      },
      {
        spelling: 1,
        activities: 3,
        funders: [],
        themes: [],
        places: [{ country: 'SO', area: 'Bay', activities: 3, partners: [], together: [] }],
      },
    ];
    const options = {
      kind: 'iati3w',
      presence: 'programme',
      network: 'association',
      fuzzyThreshold: 0.1,
      acronymThreshold: 0.35,
      merge: {},
    } as const;
    const result = finishSummaryImport(
      spellings,
      summaries,
      options,
      w,
      { rows: 2, skipped: 0, filtered: 0, unmapped: {} },
      'import.why_refs',
    );
    expect(result.files['expertise.csv']).toBe(
      'member,theme,level,evidence,activities,country,area\nsswc,protection,,observed,12,SO,\n',
    );
    expect(result.files['geography.csv'].split('\n').slice(1, 3)).toEqual([
      'DK-CVR-20699310,SO,Bay,programme,,,3,',
      'sswc,SO,,programme,,,61,DK-CVR-20699310',
    ]);
    expect(result.stats).toMatchObject({ rows: 2, usedRows: 2, members: 2, spellings: 2, areas: 1 });
  });
});
