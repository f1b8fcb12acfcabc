import type { BaselineStage, StageListener } from '../baseline/stages.js';

const NAMES: Readonly<Record<'en' | 'nl', Readonly<Record<BaselineStage | 'total', string>>>> = {
  en: {
    read: 'read and normalise',
    profile: 'profiles',
    countries: 'country views',
    recommendations: 'recommendations',
    metrics: 'matrices',
    json: 'assemble baseline.json',
    'baseline.json': 'write baseline.json',
    csv: 'write CSV files',
    'report.md': 'write report.md',
    'report.html': 'write report.html',
    'meeting-pack': 'write the meeting pack',
    network: 'write network files',
    total: 'total',
  },
  nl: {
    read: 'inlezen en normaliseren',
    profile: 'profielen',
    countries: 'landenoverzichten',
    recommendations: 'aanbevelingen',
    metrics: 'matrices',
    json: 'baseline.json samenstellen',
    'baseline.json': 'baseline.json schrijven',
    csv: 'CSV-bestanden schrijven',
    'report.md': 'report.md schrijven',
    'report.html': 'report.html schrijven',
    'meeting-pack': 'vergaderpakket schrijven',
    network: 'netwerkbestanden schrijven',
    total: 'totaal',
  },
};

const HEADING = { en: 'Time per stage (ms):', nl: 'Tijd per stap (ms):' } as const;

/** Collects stage times for `--timings` and prints them. */
export interface StageClock {
  /** Pass to the pipeline; a stage reported twice is added up. */
  readonly onStage: StageListener;
  /** The times in pipeline order and the total since the clock started, one per line. */
  format(): string;
}

/**
 * A clock for `partner-synergy baseline --timings`: stage times (wall clock, performance.now())
 * printed to stderr after the run, in English or Dutch. Never part of an output file.
 *
 * @param lang - language of the stage names
 * @param now - the time source, in milliseconds. Default `performance.now`.
 * @example
 * let t = 0;
 * const clock = stageClock('en', () => t);
 * t = 12; clock.onStage('read', 12);
 * t = 20; clock.onStage('profile', 8);
 * clock.format().split('\n')[1]; // => '  read and normalise           12'
 */
export function stageClock(lang: 'en' | 'nl', now: () => number = () => performance.now()): StageClock {
  const start = now();
  const times = new Map<BaselineStage, number>();
  return {
    onStage: (stage, ms) => times.set(stage, (times.get(stage) ?? 0) + ms),
    format() {
      const total = now() - start;
      const names = NAMES[lang];
      const row = (name: string, ms: number) =>
        `  ${name.padEnd(26)} ${Math.round(ms)
          .toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US')
          .padStart(7)}`;
      const lines = [HEADING[lang], ...[...times].map(([stage, ms]) => row(names[stage], ms))];
      lines.push(row(names.total, total));
      return `${lines.join('\n')}\n`;
    },
  };
}
