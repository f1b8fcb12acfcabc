import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import {
  countriesNamed,
  joinCapped,
  joinList,
  MAX_NAMED_IN_RATIONALE,
  type RenderContext,
  renderTemplate,
} from '../../src/recommend/rationale.js';
import { labels } from '../fixtures/recommend/partnership.js';

const ctx = (lang: 'en' | 'nl', fragments: RenderContext['fragments'] = {}): RenderContext => ({
  lang,
  labels,
  memberName: (id) => ({ flu: 'Fair Labour Union', gjn: 'Gender Justice Network' })[id] ?? id,
  fragments,
  kindId: 'test',
});

describe('joinList', () => {
  it('joins with "and" / "en" without an Oxford comma', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['A'], 'en')).toBe('A');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(joinList(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
  });
});

describe('renderTemplate', () => {
  it('renders member names, lowercased theme and sector labels and capitalised countries', () => {
    const text = renderTemplate(
      '{members} work on {themes} in the {sector} sector in {country}.',
      {
        members: { kind: 'members', ids: ['flu', 'gjn'] },
        themes: { kind: 'themes', ids: ['living-wage', 'gbv'] },
        sector: { kind: 'sector', id: 'garment-textiles' },
        country: { kind: 'country', id: 'KE' },
      },
      ctx('en'),
    );
    expect(text).toBe(
      'Fair Labour Union and Gender Justice Network work on living wage and GBV in the garment and textiles sector in Kenya.',
    );
  });

  it('uses Dutch labels and the Dutch decimal comma', () => {
    const text = renderTemplate(
      '{country}: {themes}, synergie {s}',
      { country: { kind: 'country', id: 'KE' }, themes: { kind: 'themes', ids: ['living-wage'] }, s: 0.4812 },
      ctx('nl'),
    );
    expect(text).toBe('Kenia: leefbaar loon, synergie 0,48');
  });

  it('falls back to the raw id for an unknown label', () => {
    expect(renderTemplate('{t}', { t: { kind: 'theme', id: 'land-rights' } }, ctx('en'))).toBe('land-rights');
  });

  it('chooses singular or plural wording by count', () => {
    const t = '{m} {m|has an office|have offices}';
    expect(renderTemplate(t, { m: { kind: 'members', ids: ['flu'] } }, ctx('en'))).toBe(
      'Fair Labour Union has an office',
    );
    expect(renderTemplate(t, { m: { kind: 'members', ids: ['flu', 'gjn'] } }, ctx('en'))).toBe(
      'Fair Labour Union and Gender Justice Network have offices',
    );
  });

  it('renders levels, gaps and contributions in plain words', () => {
    const v = {
      l: {
        kind: 'levels',
        entries: [
          { member: 'flu', theme: 'gbv', level: 5 },
          { member: 'gjn', theme: 'gbv', level: 4 },
        ],
      },
      g: { kind: 'gaps', entries: [{ theme: 'gbv', from: 5, to: 0 }] },
      c: { kind: 'contributions', entries: [{ member: 'flu', themes: ['osh'] }] },
    } as const;
    expect(renderTemplate('{l}; {g}; {c}', v, ctx('en'))).toBe(
      'Fair Labour Union level 5 and Gender Justice Network level 4; level 5 versus none; Fair Labour Union brings OSH',
    );
    expect(renderTemplate('{l}; {g}; {c}', v, ctx('nl'))).toBe(
      'Fair Labour Union niveau 5 en Gender Justice Network niveau 4; niveau 5 tegenover geen; Fair Labour Union brengt arbeidsomstandigheden in',
    );
  });

  it('renders fragments and renders null as nothing', () => {
    const c = ctx('en', { where: { en: ' in {country}', nl: ' in {country}' } });
    expect(
      renderTemplate(
        'Go{w}.',
        { w: { kind: 'fragment', name: 'where', vars: { country: { kind: 'country', id: 'BD' } } } },
        c,
      ),
    ).toBe('Go in Bangladesh.');
    expect(renderTemplate('Go{w}.', { w: null }, c)).toBe('Go.');
  });

  it('throws OptionsError for a placeholder without a value or an unknown fragment', () => {
    expect(() => renderTemplate('{missing}', {}, ctx('en'))).toThrow(OptionsError);
    expect(() =>
      renderTemplate('{w}', { w: { kind: 'fragment', name: 'nope', vars: {} } }, ctx('en')),
    ).toThrow(OptionsError);
  });
});

describe('rationales name a handful of themes, then count the rest', () => {
  const themes = Array.from({ length: 13 }, (_, i) => `theme-${String(i).padStart(2, '0')}`);

  it('joinCapped names at most MAX_NAMED_IN_RATIONALE items and says how many more', () => {
    expect(MAX_NAMED_IN_RATIONALE).toBe(5);
    expect(joinCapped(['A', 'B', 'C', 'D', 'E'], 'en')).toBe('A, B, C, D and E');
    expect(joinCapped(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'en')).toBe('A, B, C, D, E and 2 more');
    expect(joinCapped(['A', 'B', 'C', 'D', 'E', 'F'], 'nl')).toBe('A, B, C, D, E en nog 1 andere');
  });

  it('a coverage gap of thirteen themes names five and "8 more" (the recommendation lists all 13)', () => {
    const en = renderTemplate(
      '{country} misses {themes}.',
      {
        country: { kind: 'country', id: 'KE' },
        themes: { kind: 'themes', ids: themes },
      },
      ctx('en'),
    );
    expect(en).toBe('Kenya misses theme-00, theme-01, theme-02, theme-03, theme-04 and 8 more.');
    const nl = renderTemplate(
      'In {country} ontbreekt {themes}.',
      {
        country: { kind: 'country', id: 'KE' },
        themes: { kind: 'themes', ids: themes },
      },
      ctx('nl'),
    );
    expect(nl).toBe('In Kenia ontbreekt theme-00, theme-01, theme-02, theme-03, theme-04 en nog 8 andere.');
  });

  it('caps theme lists inside levels, gaps and contributions too', () => {
    const text = renderTemplate(
      '{gaps}; {brings}',
      {
        gaps: { kind: 'gaps', entries: themes.map((t) => ({ theme: t, from: 5, to: 1 })) },
        brings: { kind: 'contributions', entries: [{ member: 'flu', themes }] },
      },
      ctx('en'),
    );
    expect(text).toContain('theme-04 5 versus 1 and 8 more;');
    expect(text).toContain(
      'Fair Labour Union brings theme-00, theme-01, theme-02, theme-03, theme-04 and 8 more',
    );
  });
});

describe('countriesNamed(template, vars, fragments)', () => {
  it('collects the countries the text names, through fragments, and ignores values the template does not use', () => {
    const fragments = { where: { en: ' in {countries}', nl: ' in {countries}' } };
    const vars = {
      members: { kind: 'members', ids: ['flu'] },
      where: {
        kind: 'fragment',
        name: 'where',
        vars: { countries: { kind: 'countries', ids: ['KE', 'ET'] } },
      },
      home: { kind: 'country', id: 'NL' },
      unused: { kind: 'country', id: 'BD' },
    } as const;
    expect(countriesNamed('{members} works{where} and at {home}.', vars, fragments)).toEqual([
      'ET',
      'KE',
      'NL',
    ]);
    expect(countriesNamed('{members} {members|works|work}.', vars, fragments)).toEqual([]);
  });
});
