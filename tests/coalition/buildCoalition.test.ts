import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoalition } from '../../src/coalition/buildCoalition.js';
import { OptionsError } from '../../src/errors.js';
import type { Partnership } from '../../src/schema/records.js';
import { makePartnership, synergyScores } from './helpers.js';

/*
 * The obvious partnership: three themes (living wage, GBV, freedom of association).
 * - lw: living wage 5, office in Bangladesh
 * - gb: GBV 5, local partner in Bangladesh (names "Nari Kendra")
 * - fa: freedom of association 5, programme in Bangladesh
 * - all: all three at level 3, no presence anywhere
 * - far: living wage 5 and GBV 5, office in Kenya only
 */
const obvious = makePartnership([
  { id: 'lw', name: 'Living Wage Org', themes: { 'living-wage': 5 }, geo: { BD: 'office' } },
  {
    id: 'gb',
    name: 'Gender Org',
    themes: { gbv: 5 },
    geo: { BD: 'local_partner' },
    partners: { BD: ['Nari Kendra'] },
  },
  { id: 'fa', name: 'Union Org', themes: { 'freedom-of-association': 5 }, geo: { BD: 'programme' } },
  { id: 'all', name: 'Generalist', themes: { 'living-wage': 3, gbv: 3, 'freedom-of-association': 3 } },
  { id: 'far', name: 'Kenya Org', themes: { 'living-wage': 5, gbv: 5 }, geo: { KE: 'office' } },
]);

describe('buildCoalition on a partnership where the answer is obvious', () => {
  it('takes the smallest cover first: one generalist beats three specialists', () => {
    const r = buildCoalition(obvious, {
      country: 'BD',
      themes: ['living wage', 'gbv', 'freedom of association'],
    });
    expect(r.members).toEqual(['all']);
    expect(r.covered).toEqual(['living-wage', 'gbv', 'freedom-of-association']);
    expect(r.method).toBe('exact');
    expect(r.bound).toBe(1);
  });

  it('with minLevel 4 the generalist no longer counts and the three present specialists are needed', () => {
    const r = buildCoalition(obvious, {
      country: 'BD',
      themes: ['living wage', 'gbv', 'freedom of association'],
      minLevel: 4,
    });
    // fa is the only freedom-of-association expert at 4+, far covers living wage and GBV alone:
    // {fa, far} (2 members) beats {fa, gb, lw} (3, all present). Size beats presence.
    expect(r.members).toEqual(['fa', 'far']);
    expect(r.contributions.map((c) => [c.member, c.presence])).toEqual([
      ['fa', 'programme'],
      ['far', null],
    ]);
  });

  it('among covers of equal size prefers the members present in the country', () => {
    // Five members who each cover living wage alone: the presence decides (office > local
    // partner > programme > network > absent), checked by removing the winner each time.
    const p = makePartnership([
      { id: 'a', themes: { 'living-wage': 5 }, geo: { BD: 'network' } },
      { id: 'b', themes: { 'living-wage': 5 }, geo: { BD: 'office' } },
      { id: 'c', themes: { 'living-wage': 5 }, geo: { BD: 'programme' } },
      { id: 'd', themes: { 'living-wage': 5 }, geo: { BD: 'local_partner' } },
      { id: 'e', themes: { 'living-wage': 5 } },
    ]);
    const pick = (q: Partnership) => buildCoalition(q, { country: 'BD', themes: ['living-wage'] }).members;
    expect(pick(p)).toEqual(['b']); // office
    const without = (ids: string[]) =>
      makePartnership(
        ['a', 'b', 'c', 'd', 'e']
          .filter((id) => !ids.includes(id))
          .map((id) => ({
            id,
            themes: { 'living-wage': 5 },
            geo: {
              a: { BD: 'network' },
              b: { BD: 'office' },
              c: { BD: 'programme' },
              d: { BD: 'local_partner' },
              e: {},
            }[id] as Record<string, 'office'>,
          })),
      );
    expect(pick(without(['b']))).toEqual(['d']); // local partner
    expect(pick(without(['b', 'd']))).toEqual(['c']); // programme
    expect(pick(without(['b', 'd', 'c']))).toEqual(['a']); // network
    expect(pick(without(['b', 'd', 'c', 'a']))).toEqual(['e']); // not present, still covers
  });

  it('scores presence with the weights 1 / 0.75 / 0.5 / 0.25 (hand arithmetic)', () => {
    // Two members, one theme each, levels 5 and 4; office + programme in BD; no scores, no sector.
    // presence = (1 + 0.5) / 2 = 0.75; expertise = (5/5 + 4/5) / 2 = 0.9;
    // total = (0.4 * 0.75 + 0.2 * 0.9) / (0.4 + 0.2) = (0.3 + 0.18) / 0.6 = 0.8.
    const p = makePartnership([
      { id: 'x', themes: { 'living-wage': 5 }, geo: { BD: 'office' } },
      { id: 'y', themes: { gbv: 4 }, geo: { BD: 'programme' } },
    ]);
    const r = buildCoalition(p, { country: 'BD', themes: ['living-wage', 'gbv'] });
    expect(r.score).toEqual({ total: 0.8, presence: 0.75, synergy: null, sector: null, expertise: 0.9 });
  });

  it('prefers the pair with the higher synergy when presence is equal', () => {
    const p = makePartnership([
      { id: 'x', themes: { 'living-wage': 5 }, geo: { BD: 'office' } },
      { id: 'y1', themes: { gbv: 5 }, geo: { BD: 'office' } },
      { id: 'y2', themes: { gbv: 5 }, geo: { BD: 'office' } },
    ]);
    const scores = synergyScores({ 'x|y1': 0.1, 'x|y2': 0.9 });
    const r = buildCoalition(p, { country: 'BD', themes: ['living-wage', 'gbv'] }, { scores });
    expect(r.members).toEqual(['x', 'y2']);
    // presence 1, synergy 0.9, expertise 1: (0.4 + 0.25 * 0.9 + 0.2) / 0.85 = 0.825 / 0.85 = 0.970588...
    expect(r.score.total).toBeCloseTo(0.825 / 0.85, 6);
    expect(r.score.synergy).toBe(0.9);
  });

  it('prefers a member with a network in the requested sector', () => {
    const p = makePartnership([
      { id: 'a', themes: { 'child-labour': 5 }, sectors: { cocoa: 2 } },
      { id: 'b', themes: { 'child-labour': 5 }, sectors: { cocoa: 5 } },
      { id: 'c', themes: { 'child-labour': 5 }, sectors: { 'natural-stone': 5 } },
    ]);
    const r = buildCoalition(p, { sector: 'cocoa', themes: ['kinderarbeid'] });
    expect(r.sector).toBe('cocoa');
    expect(r.members).toEqual(['b']);
    expect(r.contributions[0]?.sectorStrength).toBe(5);
  });

  it('breaks exact ties by member id', () => {
    const p = makePartnership([
      { id: 'zeta', themes: { gbv: 4 }, geo: { BD: 'office' } },
      { id: 'alpha', themes: { gbv: 4 }, geo: { BD: 'office' } },
    ]);
    expect(buildCoalition(p, { country: 'BD', themes: ['gbv'] }).members).toEqual(['alpha']);
    expect(buildCoalition(p, { country: 'BD', themes: ['gbv'] }, { method: 'greedy' }).members).toEqual([
      'alpha',
    ]);
  });

  it('reports each member contribution: themes with levels, unique themes, presence and local partners', () => {
    const r = buildCoalition(obvious, { country: 'Bangladesh', themes: ['GBV', 'living wage'], minLevel: 5 });
    // far covers both alone but is not present; size 1 wins.
    expect(r.members).toEqual(['far']);
    const r2 = buildCoalition(
      obvious,
      { country: 'Bangladesh', themes: ['GBV', 'living wage'], minLevel: 5 },
      { requirePresence: true },
    );
    expect(r2.members).toEqual(['gb', 'lw']);
    expect(r2.contributions).toEqual([
      {
        member: 'gb',
        name: 'Gender Org',
        themes: [{ theme: 'gbv', level: 5 }],
        unique: ['gbv'],
        presence: 'local_partner',
        presenceWeight: 0.75,
        partners: ['Nari Kendra'],
        sectorStrength: null,
      },
      {
        member: 'lw',
        name: 'Living Wage Org',
        themes: [{ theme: 'living-wage', level: 5 }],
        unique: ['living-wage'],
        presence: 'office',
        presenceWeight: 1,
        partners: [],
        sectorStrength: null,
      },
    ]);
    expect(r2.rationale).toBe(
      'Gender Org and Living Wage Org together cover gender-based violence and sexual harassment and living wage in Bangladesh at level 5 or higher; both are already present there.',
    );
  });

  it('reports themes nobody covers as uncoverable and still covers the rest', () => {
    const r = buildCoalition(obvious, { country: 'BD', themes: ['living wage', 'land rights'], minLevel: 5 });
    expect(r.uncoverable).toEqual(['land-rights']);
    expect(r.covered).toEqual(['living-wage']);
    expect(r.members).toEqual(['lw']);
    expect(r.rationale).toMatch(/no member has land rights at level 5 or higher\.$/);
  });

  it('returns an empty coalition with score 0 when nothing is coverable', () => {
    const r = buildCoalition(obvious, { themes: ['land rights', 'environment'] });
    expect(r.members).toEqual([]);
    expect(r.uncoverable).toEqual(['land-rights', 'environment']);
    expect(r.score.total).toBe(0);
    expect(r.rationale).toBe('No member has land rights and environment and climate at level 3 or higher.');
  });

  it('with maxSize below the minimum cover returns the best partial cover and lists what stays open', () => {
    const r = buildCoalition(obvious, {
      country: 'BD',
      themes: ['living wage', 'gbv', 'freedom of association'],
      minLevel: 5,
      maxSize: 1,
    });
    // far covers two themes alone; every other member covers one.
    expect(r.members).toEqual(['far']);
    expect(r.uncovered).toEqual(['freedom-of-association']);
    expect(r.rationale).toMatch(/freedom of association and social dialogue stays open within 1 members/);
  });

  it('writes the rationale in Dutch', () => {
    const r = buildCoalition(
      obvious,
      { country: 'BD', themes: ['leefbaar loon', 'gendergerelateerd geweld'], minLevel: 5 },
      { lang: 'nl', requirePresence: true },
    );
    expect(r.rationale).toBe(
      'Gender Org en Living Wage Org dekken samen leefbaar loon en gendergerelateerd geweld en seksuele intimidatie in Bangladesh af op niveau 5 of hoger; beide zijn daar al aanwezig.',
    );
  });

  it('resolves theme labels, aliases, Dutch labels and ids, and countries by name or code', () => {
    for (const country of ['BD', 'bd', 'BGD', 'Bangladesh', 'the Bangladesh']) {
      const r = buildCoalition(obvious, { country, themes: ['GBV', 'leefbaar loon', 'living-wage'] });
      expect(r.country).toBe('BD');
      expect(r.themes).toEqual(['gbv', 'living-wage']);
    }
  });

  it('resolves a custom theme through the labels of a baseline', () => {
    const p = makePartnership([{ id: 'a', themes: { 'custom:cotton-traceability': 4 } }]);
    const labels = {
      themes: { 'custom:cotton-traceability': { en: 'Cotton traceability', nl: 'Cotton traceability' } },
      sectors: {},
      countries: {},
    };
    const r = buildCoalition(p, { themes: ['cotton traceability'] }, { labels });
    expect(r.members).toEqual(['a']);
    expect(r.rationale).toBe('Member a covers cotton traceability at level 3 or higher.');
  });

  it('throws OptionsError with a "did you mean" for an unknown theme, and for unknown countries', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const e1 = err(() => buildCoalition(obvious, { themes: ['gbvvv'] }));
    expect(e1).toBeInstanceOf(OptionsError);
    expect((e1 as OptionsError).option).toBe('request.themes');
    expect((e1 as Error).message).toMatch(
      /Did you mean "Gender-based violence and sexual harassment" \(gbv\)\?/,
    );
    const e2 = err(() => buildCoalition(obvious, { country: 'Atlantis', themes: ['gbv'] }));
    expect(e2).toBeInstanceOf(OptionsError);
    expect((e2 as OptionsError).option).toBe('request.country');
    const e3 = err(() => buildCoalition(obvious, { country: 'Congo', themes: ['gbv'] }));
    expect((e3 as Error).message).toMatch(/ambiguous/);
    const e4 = err(() => buildCoalition(obvious, { sector: 'spaceflight', themes: ['gbv'] }));
    expect((e4 as OptionsError).option).toBe('request.sector');
  });

  it('rejects invalid requests and options', () => {
    expect(() => buildCoalition(obvious, { themes: [] })).toThrow(OptionsError);
    expect(() => buildCoalition(obvious, { themes: ['gbv'], minLevel: 0 })).toThrow(OptionsError);
    expect(() => buildCoalition(obvious, { themes: ['gbv'], minLevel: 6 })).toThrow(OptionsError);
    expect(() => buildCoalition(obvious, { themes: ['gbv'], maxSize: 0 })).toThrow(OptionsError);
    expect(() => buildCoalition(obvious, { themes: ['gbv'] }, { weights: { presence: -1 } })).toThrow(
      OptionsError,
    );
    expect(() => buildCoalition(obvious, { themes: ['gbv'] }, { weights: { synergy: Number.NaN } })).toThrow(
      OptionsError,
    );
  });

  it('does not mutate the partnership', () => {
    const before = JSON.stringify(obvious);
    buildCoalition(obvious, { country: 'BD', themes: ['gbv', 'living wage'] }, { scores: synergyScores({}) });
    expect(JSON.stringify(obvious)).toBe(before);
  });

  it('never leaks NaN from a bad score function', () => {
    const p = makePartnership([
      { id: 'a', themes: { gbv: 5 } },
      { id: 'b', themes: { osh: 5 } },
    ]);
    const scores = { ...synergyScores({}), synergy: () => Number.NaN };
    const r = buildCoalition(p, { themes: ['gbv', 'osh'] }, { scores });
    expect(r.score.synergy).toBe(0);
    expect(Number.isFinite(r.score.total)).toBe(true);
  });

  it('uses greedy search above 20 candidates and still covers every coverable theme', () => {
    const specs = Array.from({ length: 30 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      themes: { [['gbv', 'osh', 'living-wage', 'child-labour', 'research'][i % 5]!]: 4 },
    }));
    const r = buildCoalition(makePartnership(specs), {
      themes: ['gbv', 'osh', 'living wage', 'child labour', 'research'],
    });
    expect(r.method).toBe('greedy');
    expect(r.bound).toBeCloseTo(Math.log(5) + 1, 12);
    expect(r.members).toEqual(['m00', 'm01', 'm02', 'm03', 'm04']);
    expect(r.uncovered).toEqual([]);
  });

  it('is deterministic: the same coalition whatever the order of members and records', () => {
    const scores = synergyScores({ 'lw|gb': 0.4, 'gb|fa': 0.7, 'lw|fa': 0.2, 'far|fa': 0.5 });
    const request = { country: 'BD', themes: ['living wage', 'gbv', 'freedom of association'], minLevel: 4 };
    const expected = buildCoalition(obvious, request, { scores });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(obvious.members, { minLength: obvious.members.length }),
        fc.shuffledSubarray(obvious.expertise, { minLength: obvious.expertise.length }),
        fc.shuffledSubarray(obvious.geography, { minLength: obvious.geography.length }),
        fc.constantFrom<'auto' | 'greedy'>('auto', 'greedy'),
        (members, expertise, geography, method) => {
          const shuffled = { ...obvious, members, expertise, geography };
          const r = buildCoalition(shuffled, request, { scores, method });
          if (method === 'auto') expect(r).toEqual(expected);
          else expect(r.members).toEqual(buildCoalition(obvious, request, { scores, method }).members);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('buildCoalition on observed activity (a 3W import: nothing is rated)', () => {
  const files = async () => {
    const { import3w } = await import('../../src/import/import3w.js');
    const { readFileSync } = await import('node:fs');
    const { parsePartnership } = await import('../../src/normalise/parsePartnership.js');
    const imported = import3w(readFileSync('tests/fixtures/import/3w-admin2.csv', 'utf8'));
    return parsePartnership({ ...imported.files }).partnership;
  };

  it('auto: covers the themes members are seen working on, and says that nothing was rated', async () => {
    const partnership = await files();
    expect(partnership.expertise.every((e) => e.level === null)).toBe(true);
    const themes = [...new Set(partnership.expertise.map((e) => e.theme))].slice(0, 3);
    const result = buildCoalition(partnership, { themes, country: 'AF' });
    expect(result.evidence).toBe('observed');
    expect(result.covered).toEqual(themes);
    for (const c of result.contributions) for (const x of c.themes) expect(x.level).toBeNull();
    // Every covered theme is one a chosen member works on in the data.
    for (const t of result.covered) {
      expect(partnership.expertise.some((e) => e.theme === t && result.members.includes(e.member))).toBe(
        true,
      );
    }
    expect(result.rationale).toMatch(/ work(s)? on .* in Afghanistan \(seen in activities, not rated\)/);
    const nl = buildCoalition(partnership, { themes, country: 'AF' }, { lang: 'nl' });
    expect(nl.rationale).toContain('(te zien in activiteiten, niet beoordeeld)');
  });

  it('rated: observed activity covers nothing, as before; an unknown evidence kind is refused', async () => {
    const partnership = await files();
    const themes = [...new Set(partnership.expertise.map((e) => e.theme))].slice(0, 2);
    const rated = buildCoalition(partnership, { themes, evidence: 'rated' });
    expect([rated.evidence, rated.members, rated.uncoverable]).toEqual(['rated', [], themes]);
    expect(() => buildCoalition(partnership, { themes, evidence: 'seen' as unknown as 'observed' })).toThrow(
      OptionsError,
    );
  });

  it('auto on rated data stays rated: the sample partnership is unchanged', () => {
    const result = buildCoalition(obvious, { themes: ['living wage', 'gbv'], country: 'BD' });
    expect(result.evidence).toBe('rated');
    expect(result.contributions.every((c) => c.themes.every((x) => typeof x.level === 'number'))).toBe(true);
  });
});
