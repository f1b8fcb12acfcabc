import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileCsvs } from '../../bench/validation/profileCsv.js';
import type { Activity, Organisation } from '../../bench/validation/readIati.js';
import {
  activityPeers,
  buildSplit,
  classifyFunders,
  pairIndex,
  splitActivities,
} from '../../bench/validation/split.js';
import { activityArb, organisationsArb, splitCaseArb, withIds } from './arbitraries.js';

const SPLIT = '2020-06-15';

function act(
  id: string,
  start: string,
  participants: [string, Activity['participants'][number]['role']][],
  extra: Partial<Activity> = {},
): Activity {
  return {
    id,
    start,
    countries: ['KE'],
    areas: [],
    purposeCodes: ['12220'],
    categories: ['122'],
    participants: participants.map(([key, role]) => ({ key, role })),
    ...extra,
  };
}

const orgs = (types: Record<string, string>): Map<string, Organisation> =>
  new Map(Object.entries(types).map(([key, type]) => [key, { key, name: key, type }]));

/** Data rows of a profile CSV as [member, category] (cells here never hold commas). */
function rows(text: string): [string, string][] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',') as [string, string]);
}

describe('time split', () => {
  it('puts an activity that starts on the split date in the later period', () => {
    const { earlier, later } = splitActivities([act('a', '2020-06-14', []), act('b', SPLIT, [])], SPLIT);
    expect(earlier.map((a) => a.id)).toEqual(['a']);
    expect(later.map((a) => a.id)).toEqual(['b']);
    expect(() => splitActivities([], '2020-6-1')).toThrow(/YYYY-MM-DD/);
  });

  it('never lets a later activity into a profile, the peers or the funders', () => {
    const gen = fc.record({
      earlier: fc.array(activityArb(['2018-05-01', '2019-12-31', '2020-06-14']), { maxLength: 12 }),
      later: fc.array(activityArb([SPLIT, '2021-03-01', '2023-09-30']), { maxLength: 12 }),
      otherLater: fc.array(activityArb([SPLIT, '2022-01-01']), { maxLength: 12 }),
      organisations: organisationsArb,
    });
    fc.assert(
      fc.property(gen, ({ earlier, later, otherLater, organisations }) => {
        const one = buildSplit(withIds([...earlier, ...later]), organisations, { splitDate: SPLIT });
        const two = buildSplit(withIds([...otherLater, ...earlier], 'x'), organisations, {
          splitDate: SPLIT,
        });
        expect(two.peers).toEqual(one.peers);
        expect(two.funders).toEqual(one.funders);
        expect(profileCsvs(two, organisations).files).toEqual(profileCsvs(one, organisations).files);
      }),
      { numRuns: 200 },
    );
  });

  it('writes only what an earlier activity of the same organisation shows', () => {
    fc.assert(
      fc.property(splitCaseArb, ({ acts, organisations }) => {
        const split = buildSplit(acts, organisations, { splitDate: SPLIT });
        const { files, ids } = profileCsvs(split, organisations);
        const keyOf = new Map(ids.map((id, i) => [id, split.peers[i]!]));
        const funders = new Set(split.funders);
        const seen = (member: string, has: (a: Activity) => boolean) =>
          split.earlier.some(
            (a) => a.start < SPLIT && activityPeers(a, funders).includes(keyOf.get(member)!) && has(a),
          );
        for (const [m, theme] of rows(files['expertise.csv'])) {
          expect(seen(m, (a) => a.purposeCodes.includes(theme.replace('DAC ', '')))).toBe(true);
        }
        for (const [m, country] of rows(files['geography.csv']))
          expect(seen(m, (a) => a.countries.includes(country))).toBe(true);
        for (const [m, sector] of rows(files['sectors.csv'])) {
          expect(seen(m, (a) => a.categories.includes(sector.replace('DAC ', '')))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('marks exactly the pairs of peers that share a later activity as positive', () => {
    fc.assert(
      fc.property(splitCaseArb, ({ acts, organisations }) => {
        const split = buildSplit(acts, organisations, { splitDate: SPLIT });
        const funders = new Set(split.funders);
        const n = split.peers.length;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const together = (list: readonly Activity[]) =>
              list.filter((a) => {
                const p = activityPeers(a, funders);
                return p.includes(split.peers[i]!) && p.includes(split.peers[j]!);
              }).length;
            const p = pairIndex(i, j, n);
            expect(split.a[p]).toBe(i);
            expect(split.b[p]).toBe(j);
            expect(split.positive[p]).toBe(together(split.later) > 0 ? 1 : 0);
            expect(split.earlierTogether[p]).toBe(together(split.earlier));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('funders and peers', () => {
  it('classifies funders on what they do, never pairing them', () => {
    const acts = [
      act('1', '2019-01-01', [
        ['DONOR', 'funding'],
        ['DONOR', 'reporting'],
        ['NGO', 'implementing'],
      ]),
      act('2', '2019-02-01', [
        ['MINISTRY', 'reporting'],
        ['NGO', 'implementing'],
        ['LOCAL', 'implementing'],
      ]),
      act('3', '2019-03-01', [
        ['NGO', 'funding'],
        ['NGO', 'reporting'],
        ['LOCAL', 'implementing'],
      ]),
      act('4', '2019-04-01', [
        ['FOUNDATION', 'reporting'],
        ['INTERMEDIARY', 'accountable'],
        ['LOCAL', 'implementing'],
      ]),
    ];
    const types = orgs({
      DONOR: '',
      NGO: '21',
      MINISTRY: '10',
      LOCAL: '22',
      FOUNDATION: '60',
      INTERMEDIARY: '22',
    });
    // DONOR funds and never implements; MINISTRY and FOUNDATION have funder types and never
    // implement; NGO funds its partner but also implements, so it stays a peer.
    expect([...classifyFunders(acts, types)].sort()).toEqual(['DONOR', 'FOUNDATION', 'MINISTRY']);
    const split = buildSplit(acts, types, { splitDate: '2020-01-01' });
    // The accountable intermediary is not a participant.
    expect(split.peers).toEqual(['LOCAL', 'NGO']);
    expect(activityPeers(acts[1]!, new Set(split.funders))).toEqual(['LOCAL', 'NGO']);
  });

  it('indexes pairs in upper-triangle row order', () => {
    const n = 6;
    let p = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(pairIndex(i, j, n)).toBe(p++);
  });
});
