import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headline } from '../../bench/validation/format.js';
import { renderOutputs } from '../../bench/validation/outputs.js';
import { readIatiSample } from '../../bench/validation/readIati.js';
import { defaultSplitDate, runStudy, type StudyOptions } from '../../bench/validation/study.js';
import { rocSvg } from '../../bench/validation/svg.js';
import { syntheticSample } from './synthetic.js';

// Golden files: regenerate with UPDATE_GOLDEN=1 npx vitest run tests/validation
const GOLDEN = path.resolve(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const sample = readIatiSample(syntheticSample());
const options: StudyOptions = {
  splitDate: defaultSplitDate(sample.activities),
  seed: 3,
  reps: 100,
  ks: [1, 5, 10],
  weightGrid: [0, 0.25, 0.5, 0.75, 1],
};

function outputs() {
  const main = runStudy(sample, options);
  const other = runStudy(sample, { ...options, splitDate: '2020-01-01', reps: 0, weightGrid: [] });
  return {
    main,
    files: renderOutputs(main, [other], sample.files, {
      description: 'a made-up sample (`tests/validation/synthetic.ts`)',
      limitations: ['Made-up data: the numbers test the code, not the method.'],
    }),
  };
}

describe('the validation study end to end (synthetic sample)', () => {
  const first = outputs();

  it('is deterministic: same sample, seed and options give the same bytes', () => {
    expect(outputs().files).toEqual(first.files);
  });

  it('splits at the 1 January nearest the median start date', () => {
    expect(options.splitDate).toBe('2021-01-01');
    expect(defaultSplitDate([{ start: '2019-06-30' }])).toBe('2019-01-01');
    expect(defaultSplitDate([{ start: '2019-07-03' }])).toBe('2020-01-01');
  });

  it('says better or worse as the numbers say', () => {
    const syn = first.main.scores.find((s) => s.id === 'synergy')!.metrics[0]![0]!.value;
    const exp = first.main.scores.find((s) => s.id === 'overlap.expertise')!.metrics[0]![0]!.value;
    expect(headline(first.main)).toContain(
      `synergy predicted who collaborates ${syn > exp ? 'better' : 'worse'} than plain expertise overlap`,
    );
    expect(first.files['validation.md']).not.toMatch(/NaN|undefined/);
  });

  for (const name of [
    'validation.md',
    'validation/roc.svg',
    'validation/auc.svg',
    'validation/weights.svg',
  ]) {
    it(`matches the golden file ${name}`, () => {
      const file = path.join(GOLDEN, name.replace('validation/', ''));
      if (update) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, first.files[name]!);
      }
      expect(existsSync(file), `${file} missing: run UPDATE_GOLDEN=1 npx vitest run tests/validation`).toBe(
        true,
      );
      expect(first.files[name]).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('SVG plots', () => {
  it('escape labels and titles', () => {
    const svg = rocSvg([{ label: '<script>&', curve: { fpr: [0, 1], tpr: [0, 1] } }], 'a "title" <b>');
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
  });
});
