/**
 * Unknown option keys are mistakes (`contextWieghts`, `topPerKnd`): rejected with an
 * OptionsError naming the closest known key, instead of passing silently.
 * @module
 */
import { OptionsError } from './errors.js';
import { editDistance } from './normalise/editDistance.js';

/** The known key closest to `key` (case-insensitive edit distance at most 3), or undefined. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(key.length / 2)));
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Throws OptionsError (with `suggestion`, the closest known key) for the first own key of
 * `options` that is not in `known`. `path` prefixes the key in the message ('redact.').
 */
export function checkOptionKeys(options: object | undefined, known: readonly string[], path = ''): void {
  if (options === undefined || options === null || typeof options !== 'object') return;
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const suggestion = closestKey(key, known);
    const hint = suggestion === undefined ? '' : ` Did you mean ${path}${suggestion}?`;
    throw new OptionsError(
      `${path}${key}`,
      `Unknown option ${path}${key}.${hint} Known options: ${known.join(', ')}.`,
      suggestion === undefined ? undefined : `${path}${suggestion}`,
    );
  }
}
