/**
 * Themes that are services to a whole humanitarian response rather than work delivered in a
 * place: humanitarian coordination itself, logistics and emergency telecommunications (the
 * "common service" clusters, run once for every organisation). Two members both providing them
 * are no reason to coordinate, and a district without them is no coverage gap.
 * @module
 */

/**
 * The theme ids of the common services (see the module note).
 *
 * @example
 * COMMON_SERVICE_THEMES.has('logistics'); // => true
 */
export const COMMON_SERVICE_THEMES: ReadonlySet<string> = new Set([
  'coordination',
  'logistics',
  'emergency-telecommunications',
]);
