import type { PairScores } from '../../src/country/pairScores.js';
import type { Partnership, PresenceKind } from '../../src/schema/records.js';

/** A member described compactly: theme levels, presence per country, sector strengths. */
export interface MemberSpec {
  readonly id: string;
  readonly name?: string;
  readonly themes?: Readonly<Record<string, number>>;
  readonly geo?: Readonly<Record<string, PresenceKind>>;
  readonly partners?: Readonly<Record<string, readonly string[]>>;
  readonly sectors?: Readonly<Record<string, number>>;
}

/** Build a normalised partnership from compact member specs (records in spec order). */
export function makePartnership(specs: readonly MemberSpec[]): Partnership {
  const src = (file: string, line: number) => [{ file, line }];
  let line = 2;
  return {
    members: specs.map((s, i) => ({
      id: s.id,
      name: s.name ?? `Member ${s.id}`,
      type: 'ngo' as const,
      country: 'NL',
      role: 'member' as const,
      extras: {},
      sources: src('members.csv', i + 2),
    })),
    expertise: specs.flatMap((s) =>
      Object.entries(s.themes ?? {}).map(([theme, level]) => ({
        member: s.id,
        theme,
        level,
        sources: src('expertise.csv', line++),
      })),
    ),
    geography: specs.flatMap((s) =>
      Object.entries(s.geo ?? {}).map(([country, presence]) => ({
        member: s.id,
        country,
        presence,
        partners: [...(s.partners?.[country] ?? [])],
        since: null,
        sources: src('geography.csv', line++),
      })),
    ),
    sectors: specs.flatMap((s) =>
      Object.entries(s.sectors ?? {}).map(([sector, strength]) => ({
        member: s.id,
        sector,
        network: 'irbc_agreement' as const,
        strength,
        companies: [],
        sources: src('sectors.csv', line++),
      })),
    ),
    companies: [],
  };
}

/** Pair scores from a table of synergies keyed "a|b" (either order); everything else 0. */
export function synergyScores(table: Readonly<Record<string, number>>): PairScores {
  const get = (a: string, b: string) => table[`${a}|${b}`] ?? table[`${b}|${a}`] ?? 0;
  return {
    synergy: get,
    duplication: () => 0,
    expertiseOverlap: () => 0,
    geographyOverlap: () => 0,
    sectorOverlap: () => 0,
  };
}
