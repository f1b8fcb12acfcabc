import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberType, profileCsvs } from '../../bench/validation/profileCsv.js';
import type { Activity, Organisation } from '../../bench/validation/readIati.js';
import { baselineScores, libraryScores, parseProfiles } from '../../bench/validation/scores.js';
import { buildSplit } from '../../bench/validation/split.js';
import { splitCaseArb } from './arbitraries.js';

const SPLIT = '2021-01-01';

function sets(
  acts: readonly Activity[],
  key: string,
  pick: (a: Activity) => readonly string[],
  funders: Set<string>,
) {
  const out = new Set<string>();
  for (const a of acts) {
    if (
      a.participants.some(
        (p) => p.key === key && (p.role === 'reporting' || p.role === 'implementing') && !funders.has(p.key),
      )
    ) {
      for (const x of pick(a)) out.add(x);
    }
  }
  return out;
}

const jaccard = (x: Set<string>, y: Set<string>): number => {
  const inter = [...x].filter((v) => y.has(v)).length;
  const union = new Set([...x, ...y]).size;
  return union === 0 ? 0 : inter / union;
};

describe('profile files', () => {
  it('are read by the library without a rejected row, and its overlap is the Jaccard overlap of the sets', () => {
    fc.assert(
      fc.property(splitCaseArb, ({ acts, organisations }) => {
        const split = buildSplit(acts, organisations, { splitDate: SPLIT });
        fc.pre(split.peers.length >= 2);
        const profile = profileCsvs(split, organisations);
        const parsed = parseProfiles(profile);
        expect(parsed.partnership.members).toHaveLength(split.peers.length);
        const scores = new Map(
          libraryScores(parsed.partnership, profile.ids, split).map((s) => [s.id, s.values]),
        );
        const baselines = new Map(
          baselineScores(parsed.partnership, profile.ids, split, 1).map((s) => [s.id, s.values]),
        );
        const funders = new Set(split.funders);
        for (let p = 0; p < split.a.length; p++) {
          const [ka, kb] = [split.peers[split.a[p]!]!, split.peers[split.b[p]!]!];
          const countries = [ka, kb].map((k) => sets(split.earlier, k, (a) => a.countries, funders));
          const codes = [ka, kb].map((k) => sets(split.earlier, k, (a) => a.purposeCodes, funders));
          expect(scores.get('overlap.geography')![p]).toBeCloseTo(jaccard(countries[0]!, countries[1]!), 12);
          expect(scores.get('overlap.expertise')![p]).toBeCloseTo(jaccard(codes[0]!, codes[1]!), 12);
          expect(baselines.get('baseline.sameCountries')![p]).toBe(
            [...countries[0]!].filter((c) => countries[1]!.has(c)).length,
          );
          expect(baselines.get('baseline.earlierTogether')![p]).toBe(split.earlierTogether[p]);
        }
      }),
      { numRuns: 60 },
    );
  });

  const acts: Activity[] = [
    {
      id: 'x1',
      start: '2020-01-01',
      countries: ['KE', 'UG'],
      areas: [
        { country: 'KE', area: 'Turkana' },
        { country: 'KE', area: 'Nairobi' },
      ],
      purposeCodes: ['12220'],
      categories: ['122'],
      participants: [
        { key: 'A', role: 'reporting' },
        { key: 'B', role: 'implementing' },
        { key: 'C', role: 'implementing' },
      ],
    },
  ];
  const organisations = new Map<string, Organisation>([
    ['A', { key: 'A', name: 'IP not published', type: '21' }],
    ['B', { key: 'B', name: 'ip not published', type: '40' }],
    ['C', { key: 'C', name: 'Clinic, "Central"', type: '' }],
  ]);

  it('give organisations that share a name their id, and escape names', () => {
    const { files } = profileCsvs(buildSplit(acts, organisations, { splitDate: SPLIT }), organisations);
    expect(files['members.csv']).toBe(
      'id,name,type\no0001,IP not published [o0001],ngo\no0002,ip not published [o0002],other\no0003,"Clinic, ""Central""",other\n',
    );
  });

  it('write the contract-14 columns on request: observed evidence without a level, and areas', () => {
    const split = buildSplit(acts, organisations, { splitDate: SPLIT });
    const { files } = profileCsvs(split, organisations, { evidence: 'observed', areas: true });
    expect(files['expertise.csv'].split('\n').slice(0, 2)).toEqual([
      'member,theme,level,evidence,activities',
      'o0001,DAC 12220,,observed,1',
    ]);
    expect(files['geography.csv'].split('\n').slice(0, 3)).toEqual([
      'member,country,presence,area',
      'o0001,KE,programme,Nairobi; Turkana',
      'o0001,UG,programme,',
    ]);
    const plain = profileCsvs(split, organisations).files;
    expect(plain['expertise.csv'].split('\n')[1]).toBe('o0001,DAC 12220,5');
    expect(plain['geography.csv'].split('\n')[0]).toBe('member,country,presence');
  });

  it('map IATI organisation types to member types', () => {
    expect(['10', '21', '24', '70', '80', '40', ''].map(memberType)).toEqual([
      'government',
      'ngo',
      'ngo',
      'company',
      'knowledge',
      'other',
      'other',
    ]);
  });
});
