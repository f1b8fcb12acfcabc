import fc from 'fast-check';
import type { Activity, Organisation, Role } from '../../bench/validation/readIati.js';

export const ORG_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const ROLES: Role[] = ['reporting', 'funding', 'accountable', 'extending', 'implementing'];
const DATES = [
  '2018-05-01',
  '2019-12-31',
  '2020-01-01',
  '2020-06-15',
  '2021-03-01',
  '2022-01-01',
  '2023-09-30',
];
const COUNTRIES = ['ET', 'KE', 'SO', 'UG'];
const CODES = ['12110', '12220', '12230', '13020'];

const sortedSubset = <T extends string>(values: readonly T[]) =>
  fc.subarray([...values]).map((xs) => [...xs].sort());

/** A random activity (id assigned later), optionally with its start date drawn from `dates`. */
export function activityArb(dates: readonly string[] = DATES): fc.Arbitrary<Omit<Activity, 'id'>> {
  return fc
    .record({
      start: fc.constantFrom(...dates),
      countries: sortedSubset(COUNTRIES),
      purposeCodes: sortedSubset(CODES),
      participants: fc.uniqueArray(
        fc.record({ key: fc.constantFrom(...ORG_KEYS), role: fc.constantFrom(...ROLES) }),
        {
          selector: (p) => `${p.key}/${p.role}`,
          maxLength: 6,
        },
      ),
    })
    .map((a) => ({
      ...a,
      areas: [],
      categories: [...new Set(a.purposeCodes.map((c) => c.slice(0, 3)))].sort(),
      participants: [...a.participants].sort((x, y) => (x.key + x.role < y.key + y.role ? -1 : 1)),
    }));
}

export function withIds(activities: readonly Omit<Activity, 'id'>[], prefix = 'act'): Activity[] {
  return activities.map((a, i) => ({ ...a, id: `${prefix}-${i}` }));
}

/** Organisation records with random IATI types ('' unknown, 10 government, 21 NGO, 60 foundation). */
export const organisationsArb: fc.Arbitrary<Map<string, Organisation>> = fc
  .array(fc.constantFrom('', '10', '21', '60'), { minLength: ORG_KEYS.length, maxLength: ORG_KEYS.length })
  .map(
    (types) =>
      new Map(ORG_KEYS.map((key, i) => [key, { key, name: `Organisation ${key}`, type: types[i]! }])),
  );

/** Random activities (ids assigned) with random organisation types: the input of one split. */
export const splitCaseArb = fc
  .record({ acts: fc.array(activityArb(), { maxLength: 16 }), organisations: organisationsArb })
  .map(({ acts, organisations }) => ({ acts: withIds(acts), organisations }));
