/**
 * The root entry is the pipeline a person can hold in their head: at most 90 runtime exports,
 * and helpers that are internals live in `partner-synergy/parts` (or are not exported).
 */
import { describe, expect, it } from 'vitest';
import * as coalition from '../../src/coalition/index.js';
import * as core from '../../src/index.js';
import * as parts from '../../src/parts.js';
import * as report from '../../src/report/index.js';

const MAX_ROOT_RUNTIME_EXPORTS = 90;

describe('the root entry (partner-synergy)', () => {
  it(`has at most ${MAX_ROOT_RUNTIME_EXPORTS} runtime exports`, () => {
    const names = Object.keys(core);
    expect(names.length, names.join(', ')).toBeLessThanOrEqual(MAX_ROOT_RUNTIME_EXPORTS);
  });

  it('keeps internals out and offers them from partner-synergy/parts', () => {
    for (const name of ['escapeHtml', 'csvCell', 'foldHeader', 'foldText', 'seriate', 'denseMetrics']) {
      expect(name in core, `${name} in the root entry`).toBe(false);
      expect(typeof (parts as Record<string, unknown>)[name], `${name} in parts`).toBe('function');
    }
  });

  it('keeps the importers, the diff and ml-matrix in their own entries', () => {
    for (const name of ['import3w', 'importIati', 'diffBaselines', 'renderDiffHtml', 'toMatrix']) {
      expect(name in core, `${name} in the root entry`).toBe(false);
    }
    expect('toMatrix' in core.SquareMatrix.prototype).toBe(false);
  });

  it('keeps the report renderers in partner-synergy/report', () => {
    for (const name of [
      'renderHtml',
      'renderMarkdown',
      'renderMeetingPackHtml',
      'renderMeetingPackMarkdown',
      'buildMeetingPack',
      'renderHeatmapSvg',
      'renderWorldMapSvg',
      'toCsvExports',
    ]) {
      expect(name in core, `${name} in the root entry`).toBe(false);
      expect(typeof (report as Record<string, unknown>)[name], `${name} in report`).toBe('function');
    }
  });

  it('keeps the coalition builder in partner-synergy/coalition', () => {
    for (const name of ['buildCoalition', 'DEFAULT_COALITION_OPTIONS', 'DEFAULT_COALITION_WEIGHTS']) {
      expect(name in core, `${name} in the root entry`).toBe(false);
      expect(name in coalition, `${name} in coalition`).toBe(true);
    }
  });
});
