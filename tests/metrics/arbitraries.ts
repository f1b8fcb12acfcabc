import fc from 'fast-check';
import type {
  ExpertiseRecord,
  GeographyRecord,
  Member,
  Partnership,
  PresenceKind,
  SectorRecord,
} from '../../src/schema/records.js';

/** A member record with defaults, for tests. */
export function member(id: string): Member {
  return { id, name: id, type: 'ngo', country: 'NL', role: 'member', extras: {}, sources: [] };
}

export function expertise(m: string, theme: string, level: number): ExpertiseRecord {
  return { member: m, theme, level, sources: [] };
}

export function geography(m: string, country: string, presence: PresenceKind): GeographyRecord {
  return { member: m, country, presence, partners: [], since: null, sources: [] };
}

export function sector(m: string, s: string, strength: number): SectorRecord {
  return { member: m, sector: s, network: 'companies', strength, companies: [], sources: [] };
}

const THEMES = ['gbv', 'living-wage', 'osh', 'child-labour', 'due-diligence', '__proto__'];
const COUNTRIES = ['BD', 'IN', 'KE', 'PK', 'VN'];
const SECTORS = ['textiles', 'banking', 'gold', 'constructor'];
const PRESENCE: PresenceKind[] = ['office', 'local_partner', 'programme', 'network'];

/**
 * Random small partnerships: 0-8 members, categories from small pools (so pairs share some),
 * expertise levels 0-5 (0 gives weight 0), duplicate rows allowed, any dimension may be empty.
 */
export const partnershipArb: fc.Arbitrary<Partnership> = fc.integer({ min: 0, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => (i === 3 ? 'constructor' : `m${i}`));
  const pickMember = fc.constantFrom(...(ids.length ? ids : ['none']));
  const rows = <T>(arb: fc.Arbitrary<T>) =>
    n === 0 ? fc.constant([] as T[]) : fc.array(arb, { maxLength: 3 * n });
  return fc.record({
    members: fc.constant(ids.map(member)),
    expertise: rows(
      fc
        .tuple(pickMember, fc.constantFrom(...THEMES), fc.integer({ min: 0, max: 5 }))
        .map(([m, t, l]) => expertise(m, t, l)),
    ),
    geography: rows(
      fc
        .tuple(pickMember, fc.constantFrom(...COUNTRIES), fc.constantFrom(...PRESENCE))
        .map(([m, c, p]) => geography(m, c, p)),
    ),
    sectors: rows(
      fc
        .tuple(pickMember, fc.constantFrom(...SECTORS), fc.integer({ min: 1, max: 5 }))
        .map(([m, s, l]) => sector(m, s, l)),
    ),
    companies: fc.constant([]),
  });
});

/** A permutation of 0..n-1 drawn by fast-check. */
export function permutationArb(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );
}

/** Deep-freeze a value (to check that functions do not mutate their input). */
export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}
