import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { rampScale, textColorOn, VIRIDIS_ANCHORS, viridis } from '../../src/report/colors.js';
import { renderHeatmapSvg, seriate, wrapLabel } from '../../src/report/heatmap.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { fullMatrices } from '../helpers.js';
import { checkHtml, HOSTILE_NAMES } from './helpers.js';

const squareMatrix = (n: number) =>
  fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
    minLength: n,
    maxLength: n,
  });

describe('seriate(values)', () => {
  it('returns a permutation of the indices (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }).chain((n) => squareMatrix(n)),
        (values) => {
          const order = seriate(values);
          expect([...order].sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
          expect(seriate(values)).toEqual(order);
        },
      ),
    );
  });

  it('starts at the largest row sum and follows the nearest neighbour: a~c, b apart -> [2, 0, 1]', () => {
    // sums without diagonal: a 0.9, b 0.1, c 1.0 -> start c; nearest to c is a (0.9); then b.
    expect(
      seriate([
        [1, 0, 0.9],
        [0, 1, 0.1],
        [0.9, 0.1, 1],
      ]),
    ).toEqual([2, 0, 1]);
  });

  it('breaks ties by index: an all-zero matrix keeps the input order', () => {
    expect(
      seriate([
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toEqual([0, 1, 2]);
    expect(seriate([])).toEqual([]);
  });

  it('puts the members of each block next to each other (two shuffled blocks)', () => {
    // Members 0, 2, 5 form one block (similarity 0.8), 1, 3, 4 another (0.6); across blocks 0.05.
    const block = [0, 1, 0, 1, 1, 0];
    const values = block.map((bi, i) =>
      block.map((bj, j) => (i === j ? 1 : bi !== bj ? 0.05 : bi === 0 ? 0.8 : 0.6)),
    );
    const order = seriate(values);
    const blocksInOrder = order.map((i) => block[i]);
    expect(blocksInOrder).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('symmetrises asymmetric matrices', () => {
    const asym = [
      [0, 0.9, 0],
      [0.1, 0, 0.2],
      [0, 0.3, 0],
    ];
    const sym = asym.map((row, i) => row.map((v, j) => (v + asym[j]![i]!) / 2));
    expect(seriate(asym)).toEqual(seriate(sym));
  });

  it('rejects a non-square or non-finite matrix', () => {
    expect(() => seriate([[1, 2]])).toThrow(PartnerSynergyError);
    expect(() => seriate([[Number.NaN]])).toThrow(PartnerSynergyError);
  });
});

describe('colour scale', () => {
  it('viridis runs from dark purple to yellow through the anchors', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(0.5)).toBe('#21918c');
    expect(viridis(1)).toBe('#fde725');
    expect(viridis(-3)).toBe('#440154');
    expect(viridis(7)).toBe('#fde725');
    expect(VIRIDIS_ANCHORS).toHaveLength(9);
  });

  it('viridis gets lighter all the way (readable in grey and print)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const steps = Array.from({ length: 21 }, (_, i) => luminance(viridis(i / 20)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
  });

  it('rampScale interpolates and refuses NaN and bad anchors', () => {
    expect(rampScale(['#000000', '#ffffff'])(0.5)).toBe('#808080');
    expect(() => viridis(Number.NaN)).toThrow(OptionsError);
    expect(() => rampScale(['#000000'])).toThrow(OptionsError);
    expect(() => rampScale(['black', 'white'])).toThrow(OptionsError);
  });

  it('picks white text on dark cells and black on light cells', () => {
    expect(textColorOn('#440154')).toBe('#ffffff');
    expect(textColorOn('#fde725')).toBe('#000000');
  });
});

describe('renderHeatmapSvg(matrix, options)', () => {
  const synergy = fullMatrices(FIXTURE_BASELINE).synergy;
  const names = new Map(FIXTURE_BASELINE.members.map((m) => [m.id, m.name]));

  it('draws one cell per pair plus a legend, with "A ↔ B: value" tooltips', () => {
    const svg = renderHeatmapSvg(synergy, { title: 'Synergy', labels: names });
    expect(svg.match(/<rect /g)).toHaveLength(25 + 10);
    expect(svg).toContain('<title>Mondiaal Vakbondsnetwerk ↔ Stichting Gender &amp; Werk: 0.41</title>');
    expect(svg).toContain('<title>Synergy</title>');
    expect(checkHtml(svg).errors).toEqual([]);
  });

  it('hides the diagonal by default and shows it when asked', () => {
    const hidden = renderHeatmapSvg(synergy, { title: 'S' });
    expect(hidden.match(/fill="#e8e8e8"/g)).toHaveLength(5);
    const shown = renderHeatmapSvg(synergy, { title: 'S', diagonal: 'show' });
    expect(shown).not.toContain('#e8e8e8');
  });

  it('labels asymmetric matrices "row gains from column" and uses ← tooltips', () => {
    const m = fullMatrices(FIXTURE_BASELINE).expertise;
    const svg = renderHeatmapSvg(
      { ids: m.ids, values: m.complementarity },
      { title: 'Complementarity', labels: names },
    );
    expect(svg).toContain('row gains from column');
    // C(fwc <- mvn) = 0.4444: Fair Wear Coalitie (row) gains 0.44 from Mondiaal Vakbondsnetwerk (column).
    expect(svg).toContain('<title>Fair Wear Coalitie ← Mondiaal Vakbondsnetwerk: 0.44</title>');
    expect(renderHeatmapSvg(synergy, { title: 'S' })).not.toContain('row gains from column');
  });

  it('orders rows by seriation by default, by input when asked', () => {
    const rowLabels = (svg: string) =>
      [...svg.matchAll(/text-anchor="end">([^<]*)<title>/g)].map((m) => m[1]);
    const byInput = renderHeatmapSvg(synergy, { title: 'S', order: 'input' });
    expect(rowLabels(byInput)).toEqual(synergy.ids);
    const seriated = renderHeatmapSvg(synergy, { title: 'S' });
    expect(rowLabels(seriated)).toEqual(seriate(synergy.values).map((i) => synergy.ids[i]));
    expect(() => renderHeatmapSvg(synergy, { title: 'S', order: [0, 0, 1, 2, 3] })).toThrow(OptionsError);
  });

  it('escapes hostile labels and titles, cuts long labels and keeps the full name as tooltip', () => {
    const labels: Record<string, string> = {
      ...HOSTILE_NAMES,
      tpb: 'A very long organisation name that goes on and on',
    };
    const svg = renderHeatmapSvg(synergy, { title: '<script>x</script>', labels });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a|b');
    expect(svg).toContain(
      'A very long organisatio…<title>A very long organisation name that goes on and on</title>',
    );
    expect(checkHtml(svg).errors).toEqual([]);
  });

  it('reads labels given as a plain record safely, also for an id named __proto__', () => {
    const labels = JSON.parse('{"__proto__": "Proto Org", "a": "Org A"}') as Record<string, string>;
    const svg = renderHeatmapSvg(
      {
        ids: ['__proto__', 'a', 'toString'],
        values: [
          [0, 1, 0],
          [1, 0, 0],
          [0, 0, 0],
        ],
      },
      { title: 'T', labels },
    );
    expect(svg).toContain('Proto Org ↔ Org A: 1.00');
    expect(svg).toContain('>toString<title>toString</title>');
  });

  it('prints values in cells when showValues is on, with a decimal comma when asked', () => {
    const svg = renderHeatmapSvg(synergy, {
      title: 'S',
      showValues: true,
      cellSize: 34,
      decimalSeparator: ',',
    });
    expect(svg).toContain('>0,41</text>');
  });

  it('renders an empty matrix as a titled "No data" box', () => {
    const svg = renderHeatmapSvg({ ids: [], values: [] }, { title: 'Empty', emptyText: 'Geen gegevens' });
    expect(svg).toContain('Geen gegevens');
    expect(svg).not.toContain('<rect');
    expect(checkHtml(svg).errors).toEqual([]);
  });

  it('clamps values outside the domain to the end colours', () => {
    const values = [
      [0, 5, -1],
      [5, 0, 0.5],
      [-1, 0.5, 0],
    ];
    const svg = renderHeatmapSvg({ ids: ['a', 'b', 'c'], values }, { title: 'T', order: 'input' });
    expect(svg).toContain(`fill="${viridis(1)}"><title>a ↔ b: 5.00</title>`);
    expect(svg).toContain(`fill="${viridis(0)}"><title>a ↔ c: -1.00</title>`);
    expect(svg).toContain(`fill="${viridis(0.5)}"><title>b ↔ c: 0.50</title>`);
  });

  it('rejects invalid options and malformed matrices', () => {
    expect(() => renderHeatmapSvg(synergy, { title: 'S', cellSize: 2 })).toThrow(OptionsError);
    expect(() => renderHeatmapSvg(synergy, { title: 'S', domain: [1, 1] })).toThrow(OptionsError);
    expect(() => renderHeatmapSvg({ ids: ['a', 'b'], values: [[0, 1]] }, { title: 'S' })).toThrow(
      PartnerSynergyError,
    );
    expect(() => renderHeatmapSvg({ ids: ['a'], values: [[Number.NaN]] }, { title: 'S' })).toThrow(
      PartnerSynergyError,
    );
  });

  it('is deterministic and contains no id attributes, scripts or external references', () => {
    const a = renderHeatmapSvg(synergy, { title: 'S', labels: names });
    expect(renderHeatmapSvg(synergy, { title: 'S', labels: names })).toBe(a);
    const check = checkHtml(a);
    expect(check.attributes.has('id')).toBe(false);
    expect(check.attributes.has('href')).toBe(false);
    expect([...check.tags].sort()).toEqual(['rect', 'svg', 'text', 'title']);
  });
});

describe('wrapLabel(text, max, lines): axis labels wrapped or shortened sensibly', () => {
  it('wraps at spaces into two lines, keeping words whole', () => {
    expect(wrapLabel('Stichting Rozen en Rechten', 24, 2)).toEqual(['Stichting Rozen en', 'Rechten']);
    expect(wrapLabel('Mwangaza Workers Rights Kenya', 24, 2)).toEqual(['Mwangaza Workers Rights', 'Kenya']);
    expect(wrapLabel('Short name', 24, 2)).toEqual(['Short name']);
  });

  it('cuts at a word with "…" when the name does not fit (one line, or two full lines)', () => {
    expect(wrapLabel('Stichting Rozen en Rechten', 24, 1)).toEqual(['Stichting Rozen en…']);
    expect(wrapLabel('Internationale Vereniging voor Duurzame Textielketens Nederland', 24, 2)).toEqual([
      'Internationale',
      'Vereniging voor…',
    ]);
    expect(wrapLabel('Kennisinstituutmondialeketensnederland', 12, 2)).toEqual(['Kennisinsti…']);
  });

  it('never gives a line longer than max characters (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 2 }),
        (s, max, lines) => {
          const out = wrapLabel(s, max, lines);
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.length).toBeLessThanOrEqual(lines);
          for (const line of out) expect(Array.from(line).length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('draws two-line labels with the full name as tooltip when cells are tall enough', () => {
    const svg = renderHeatmapSvg(
      {
        ids: ['a', 'b'],
        values: [
          [0, 0.5],
          [0.5, 0],
        ],
      },
      { title: 'T', labels: { a: 'Stichting Rozen en Rechten', b: 'B' }, cellSize: 34 },
    );
    expect(svg).toContain(
      '<tspan x="0" dy="-6">Stichting Rozen en</tspan><tspan x="0" dy="12">Rechten</tspan><title>Stichting Rozen en Rechten</title>',
    );
    const small = renderHeatmapSvg(
      {
        ids: ['a', 'b'],
        values: [
          [0, 0.5],
          [0.5, 0],
        ],
      },
      { title: 'T', labels: { a: 'Stichting Rozen en Rechten', b: 'B' }, cellSize: 18 },
    );
    expect(small).toContain('>Stichting Rozen en…<title>Stichting Rozen en Rechten</title>');
  });
});
