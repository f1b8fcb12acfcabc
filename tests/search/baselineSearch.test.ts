import { describe, expect, it } from 'vitest';
import {
  buildBaseline,
  describeCatalogue,
  OptionsError,
  stringifyBaseline,
  toBaselineJson,
} from '../../src/index.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { createBaselineSearch, type SearchHit } from '../../src/search/index.js';
import { readDataDir } from '../helpers.js';

const sample = readDataDir('data/sample-partnership');
const live = buildBaseline(sample);
const json = toBaselineJson(live);
const catalogue = describeCatalogue();

/** A small partnership with names a typo can confuse. */
function smallBaseline(members: readonly [string, string][]) {
  const rows = members.map(([id, name]) => `${id},"${name.replace(/"/g, '""')}",ngo`).join('\n');
  const geography = members.map(([id]) => `${id},Kenya,office`).join('\n');
  const expertise = members.map(([id], i) => `${id},${i % 2 === 0 ? 'living wage' : 'gbv'},4`).join('\n');
  return buildBaseline({
    'members.csv': `id,name,type\n${rows}\n`,
    'geography.csv': `member,country,presence\n${geography}\n`,
    'expertise.csv': `member,theme,level\n${expertise}\n`,
  });
}

const top = (hits: readonly SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe('createBaselineSearch: typos', () => {
  it("finds a member from a misspelt name: 'nordrlicht' -> Noorderlicht, 'fair thrads aliance' -> FTA", () => {
    const small = smallBaseline([
      ['NL1', 'Stichting Noorderlicht'],
      ['ZL1', 'Zuiderlicht Collectief'],
      ['OM', 'Oostermoer Vakbond'],
    ]);
    expect(top(createBaselineSearch(small).search('nordrlicht'))[0]).toBe('member:NL1');
    const [hit] = createBaselineSearch(json).search('fair thrads aliance');
    expect(hit).toMatchObject({ kind: 'member', id: 'FTA', label: 'Fair Threads Alliance', key: 'label' });
  });

  it('finds a member by its id or its acronym', () => {
    expect(createBaselineSearch(json).search('FTA')[0]).toMatchObject({ id: 'FTA', key: 'code', score: 1 });
    // Coöperatieve Groenhaven Bank has the id GHB; its initials are CGB.
    expect(createBaselineSearch(json).search('CGB')[0]).toMatchObject({
      id: 'GHB',
      key: 'code',
      value: 'CGB',
    });
  });

  it("finds Dutch theme labels with a typo in either language: 'leefbar loon', 'gendergerelateerd gewld'", () => {
    const en = createBaselineSearch(json);
    expect(en.search('leefbar loon')[0]).toMatchObject({
      kind: 'theme',
      id: 'living-wage',
      label: 'Living wage',
      key: 'otherLabel',
      value: 'Leefbaar loon',
    });
    const nl = createBaselineSearch(json, { lang: 'nl' });
    expect(nl.search('leefbar loon')[0]).toMatchObject({
      id: 'living-wage',
      label: 'Leefbaar loon',
      key: 'label',
    });
    expect(nl.search('gendergerelateerd gewld')[0]).toMatchObject({ kind: 'theme', id: 'gbv' });
    expect(nl.search('living wag')[0]).toMatchObject({ id: 'living-wage', key: 'otherLabel' });
  });

  it('finds countries by name in the language, by ISO code, without accents', () => {
    expect(createBaselineSearch(json, { lang: 'nl' }).search('kenia')[0]).toMatchObject({
      kind: 'country',
      id: 'KE',
      label: 'Kenia',
    });
    expect(createBaselineSearch(json).search('cote divoire')[0]).toMatchObject({
      id: 'CI',
      label: "Côte d'Ivoire",
    });
    expect(createBaselineSearch(json).search('BD', { kinds: ['country'] })[0]?.id).toBe('BD');
  });

  it('finds recommendations by kind title (with the catalogue, in Dutch too) and by member names', () => {
    const nl = createBaselineSearch(json, { lang: 'nl', catalogue });
    const lobbies = json.recommendations.filter((r) => r.kind === 'joint-lobby').map((r) => r.id);
    const hits = nl.search('gezamelijke lobby', { kinds: ['recommendation'], limit: 50 });
    expect(
      hits
        .slice(0, lobbies.length)
        .map((h) => h.id)
        .sort(),
    ).toEqual([...lobbies].sort());
    expect(hits[0]!.label).toBe('Gezamenlijke lobby richting een sector');
    const mwk = json.recommendations.filter((r) => r.members.includes('MWK')).map((r) => r.id);
    const byMember = createBaselineSearch(json).search('mwangaza', { kinds: ['recommendation'], limit: 50 });
    expect(byMember.map((h) => h.id).sort()).toEqual([...mwk].sort());
    // Without a catalogue a kind's title is its id in words.
    expect(createBaselineSearch(json).search('joint lobby', { kinds: ['recommendation'] })[0]!.label).toBe(
      'Joint lobby',
    );
  });
});

describe('createBaselineSearch: ranking and determinism', () => {
  it('ranks an exact match above fuzzy ones (Kenya the country above the member with Kenya in its name)', () => {
    const hits = createBaselineSearch(json).search('Kenya');
    expect(hits[0]).toMatchObject({ kind: 'country', id: 'KE', score: 1 });
    expect(hits[1]).toMatchObject({ kind: 'member', id: 'MWK' });
    expect(hits[1]!.score).toBeLessThan(1);
    const small = smallBaseline([
      ['A', 'Aurore'],
      ['B', 'Aurora'],
    ]);
    const aurora = createBaselineSearch(small).search('aurora', { kinds: ['member'] });
    expect(top(aurora).slice(0, 2)).toEqual(['member:B', 'member:A']);
    expect(aurora[0]!.score).toBeGreaterThan(aurora[1]!.score);
  });

  it('orders equal scores by kind, label and id, whatever the order of the members', () => {
    // Hand-made baseline.json data: two members with one name (the normaliser would merge them).
    const withMembers = (ids: readonly string[]): BaselineJson => ({
      ...json,
      members: ids.map((id) => ({
        ...json.members[0]!,
        id,
        name: id === 'T3' ? 'Twin Foundatoin' : 'Twin Foundation',
      })),
    });
    const a = createBaselineSearch(withMembers(['T2', 'T1', 'T3'])).search('twin foundation', {
      kinds: ['member'],
    });
    const b = createBaselineSearch(withMembers(['T3', 'T1', 'T2'])).search('twin foundation', {
      kinds: ['member'],
    });
    expect(top(a)).toEqual(['member:T1', 'member:T2', 'member:T3']);
    expect(b).toEqual(a);
    expect(a[0]!.score).toBe(a[1]!.score);
  });

  it('gives the same hits every time, and hits sorted by score within the limit', () => {
    const index = createBaselineSearch(json, { catalogue });
    for (const q of ['wage', 'bangladsh', 'stichting', 'training', 'cocoa']) {
      const first = index.search(q, { limit: 20 });
      expect(index.search(q, { limit: 20 })).toEqual(first);
      expect(createBaselineSearch(json, { catalogue }).search(q, { limit: 20 })).toEqual(first);
      const scores = first.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(index.search(q, { limit: 3 })).toEqual(first.slice(0, 3));
    }
  });
});

describe('createBaselineSearch: input forms', () => {
  it('gives the same hits for the live Baseline, its JSON and the JSON read back from text', () => {
    const reread = JSON.parse(stringifyBaseline(json)) as BaselineJson;
    for (const lang of ['en', 'nl'] as const) {
      const indexes = [live, json, reread].map((b) => createBaselineSearch(b, { lang, catalogue }));
      expect(indexes[0]!.size).toBe(indexes[1]!.size);
      for (const q of ['fair thrads', 'leefbar loon', 'kenia', 'lobby', 'SEW', 'textiel']) {
        const hits = indexes.map((index) => index.search(q, { limit: 25 }));
        expect(hits[1], `${lang} ${q}`).toEqual(hits[0]);
        expect(hits[2], `${lang} ${q}`).toEqual(hits[0]);
      }
    }
  });

  it('indexes every member, theme, sector, country view and recommendation once', () => {
    const labels = json.labels;
    const expected =
      json.members.length +
      Object.keys(labels.themes).length +
      Object.keys(labels.sectors).length +
      Object.keys(json.countries).length +
      json.recommendations.length;
    expect(createBaselineSearch(json).size).toBe(expected);
  });

  it('gives [] for a blank query and for a baseline without matches', () => {
    const index = createBaselineSearch(json);
    expect(index.search('')).toEqual([]);
    expect(index.search(' \t\n ')).toEqual([]);
    expect(index.search('qqqqxxxxzzzz')).toEqual([]);
  });
});

describe('createBaselineSearch: hostile strings are data', () => {
  const hostile = smallBaseline([
    ['X1', '<img src=x onerror=alert(1)>'],
    ['__proto__', '=HYPERLINK("http://x")'],
    ['constructor', 'Constructor Union'],
  ]);

  it('returns hostile names exactly as given, as labels and matched values', () => {
    const index = createBaselineSearch(hostile);
    expect(index.search('img onerror')[0]).toMatchObject({
      id: 'X1',
      label: '<img src=x onerror=alert(1)>',
      value: '<img src=x onerror=alert(1)>',
    });
    expect(index.search('hyperlink')[0]).toMatchObject({ id: '__proto__', label: '=HYPERLINK("http://x")' });
    expect(index.search('__proto__', { kinds: ['member'] })[0]).toMatchObject({
      id: '__proto__',
      key: 'code',
    });
  });

  it('treats queries with markup, regex, Fuse.js extended-search operators and __proto__ as plain text', () => {
    const index = createBaselineSearch(hostile);
    for (const q of [
      '<script>alert(1)</script>',
      '(.*',
      '!x',
      "'img",
      '^=HYP',
      '$',
      '|',
      '__proto__',
      'a'.repeat(500),
    ]) {
      expect(() => index.search(q)).not.toThrow();
    }
    expect(index.search('!img onerror')[0]?.id).toBe('X1'); // not "everything except img"
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('createBaselineSearch: options', () => {
  it('rejects unknown options with a "did you mean" and invalid values with the option name', () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const e1 = bad(() => createBaselineSearch(json, { lnag: 'nl' } as never));
    expect(e1).toBeInstanceOf(OptionsError);
    expect((e1 as OptionsError).message).toContain('Did you mean "lang"?');
    expect((bad(() => createBaselineSearch(json, { lang: 'de' as never })) as OptionsError).option).toBe(
      'lang',
    );
    expect((bad(() => createBaselineSearch(json, { threshold: 2 })) as OptionsError).option).toBe(
      'threshold',
    );
    const index = createBaselineSearch(json);
    expect((bad(() => index.search('x', { limt: 3 } as never)) as OptionsError).message).toContain(
      'Did you mean "limit"?',
    );
    expect((bad(() => index.search('x', { limit: 0 })) as OptionsError).option).toBe('limit');
    expect((bad(() => index.search('x', { kinds: ['person' as never] })) as OptionsError).option).toBe(
      'kinds',
    );
  });

  it('keeps to the kinds and the limit asked for', () => {
    const hits = createBaselineSearch(json).search('stichting', { kinds: ['member'], limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.kind === 'member')).toBe(true);
  });
});
