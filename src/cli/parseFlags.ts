import type { MetricsOptions } from '../metrics/computeMetrics.js';
import { UsageError } from './errors.js';

const CONTEXT_KEYS = new Set(['geography', 'sectors']);
const PRESENCE_KEYS = new Set(['office', 'local_partner', 'programme', 'network']);
/** `area` = areaWeight (areas below the country), `observed` = observedWeight (observed themes). */
const SINGLE_KEYS: Readonly<Record<string, 'areaWeight' | 'observedWeight'>> = {
  area: 'areaWeight',
  observed: 'observedWeight',
};

/**
 * Parse `--weights geography=0.7,sectors=0.3,office=1,network=0.1` into metric options.
 * Keys: geography, sectors (context weights); office, local_partner, programme, network (presence
 * weights); area (areaWeight: 0 = country level only), observed (observedWeight of observed themes).
 *
 * @example
 * parseWeights('geography=0.7,sectors=0.3'); // => { contextWeights: { geography: 0.7, sectors: 0.3 } }
 * parseWeights('area=0,observed=1'); // => { areaWeight: 0, observedWeight: 1 }
 */
export function parseWeights(spec: string): MetricsOptions {
  const contextWeights: Record<string, number> = {};
  const presenceWeights: Record<string, number> = {};
  const single: Partial<Record<'areaWeight' | 'observedWeight', number>> = {};
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split('=').map((s) => s.trim());
    const value = Number(raw);
    if (!key || raw === undefined || raw === '' || !Number.isFinite(value) || value < 0) {
      throw new UsageError(`--weights: "${part}" is not key=number with a number >= 0.`);
    }
    if (CONTEXT_KEYS.has(key)) contextWeights[key] = value;
    else if (PRESENCE_KEYS.has(key)) presenceWeights[key] = value;
    else if (Object.hasOwn(SINGLE_KEYS, key)) single[SINGLE_KEYS[key]!] = value;
    else {
      throw new UsageError(
        `--weights: unknown key "${key}". Use geography, sectors, office, local_partner, programme, network, area or observed.`,
      );
    }
  }
  return {
    ...(Object.keys(contextWeights).length ? { contextWeights } : {}),
    ...(Object.keys(presenceWeights).length ? { presenceWeights } : {}),
    ...single,
  } as MetricsOptions;
}

/**
 * Parse a positive integer flag.
 *
 * @example
 * parsePositiveInt('--top', '10'); // => 10
 */
export function parsePositiveInt(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag}: "${raw}" is not a whole number of 1 or more.`);
  return n;
}

/**
 * Parse --lang.
 *
 * @example
 * parseLang('nl'); // => 'nl'
 */
export function parseLang(raw: string): 'en' | 'nl' {
  if (raw !== 'en' && raw !== 'nl') throw new UsageError(`--lang: "${raw}" is not en or nl.`);
  return raw;
}

/**
 * Split a comma/semicolon list flag.
 *
 * @example
 * parseList('living wage; gbv'); // => ['living wage', 'gbv']
 */
export function parseList(raw: string): string[] {
  return raw
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `--max-bytes <n>` as the `limits` option (nothing when the flag is absent).
 *
 * @example
 * limitsFrom({ maxBytes: '1000' }); // => { limits: { maxBytes: 1000 } }
 */
export function limitsFrom(opts: { maxBytes?: unknown }): { limits?: { maxBytes: number } } {
  return typeof opts.maxBytes === 'string'
    ? { limits: { maxBytes: parsePositiveInt('--max-bytes', opts.maxBytes) } }
    : {};
}
