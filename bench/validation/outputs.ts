/**
 * The files of the write-up (docs/validation.md and its SVG plots) from the study results, as
 * texts keyed by their path under docs/. No file access here.
 * @module
 */
import { shortLabel } from './format.js';
import type { FileCount } from './readIati.js';
import { type DataSource, renderMarkdown } from './renderDoc.js';
import { type StudyResult, VARIANTS } from './study.js';
import { aucSvg, rocSvg, weightsSvg } from './svg.js';

/** The three plots, keyed by path under docs/. */
export function plots(main: StudyResult): Record<string, string> {
  const roc = rocSvg(
    main.roc.map((r) => ({ label: shortLabel(r.id), curve: r.curve })),
    `ROC curves, all candidate pairs (split ${main.options.splitDate})`,
  );
  const auc = aucSvg(
    main.scores.map((s) => ({
      label: `${s.kind === 'baseline' ? 'baseline: ' : ''}${shortLabel(s.id)}`,
      values: s.metrics.map((m) => ({
        value: m[0]!.value,
        low: m[0]!.interval?.low ?? Number.NaN,
        high: m[0]!.interval?.high ?? Number.NaN,
      })),
    })),
    VARIANTS.map((v) => v.short),
    'ROC AUC per score with 95 % organisation-bootstrap intervals',
  );
  const grid = main.grid;
  const line = (key: 'context' | 'synergy' | 'duplication', color: number) => [
    { label: `${key}, all pairs`, auc: grid.map((g) => g[key][0]!), color },
    { label: `${key}, new pairs`, auc: grid.map((g) => g[key][1]!), color, dash: '6 4' },
  ];
  const weights = weightsSvg(
    grid.map((g) => g.geography),
    [...line('context', 0), ...line('synergy', 1), ...line('duplication', 2)],
    0.5,
    'ROC AUC against the context weight',
  );
  return { 'validation/roc.svg': roc, 'validation/auc.svg': auc, 'validation/weights.svg': weights };
}

/** docs/validation.md and its plots, keyed by path under docs/. */
export function renderOutputs(
  main: StudyResult,
  sensitivity: readonly StudyResult[],
  files: Readonly<Record<string, FileCount>>,
  source: DataSource,
): Record<string, string> {
  return {
    'validation.md': renderMarkdown({
      main,
      sensitivity,
      files,
      source,
      plots: { roc: 'validation/roc.svg', auc: 'validation/auc.svg', weights: 'validation/weights.svg' },
    }),
    ...plots(main),
  };
}
