/** The version numbers of the baseline.json contract (no zod here: see baseline.ts). */

/**
 * Current version of the baseline.json contract (raised on any incompatible change). Version 2
 * added areas below the country, evidence kinds of expertise, the `un` member type and member
 * scope, and the funders list; version 3 the recommendations' category, priority, detail, roles
 * and merged items and `moreRecommendations`; version 4 made the country and area views compact:
 * a theme keeps its strongest members, observed members and `count`, no longer `rated` (every
 * member with its level; derive it from `records` with `themeLevelsFromRecords`). Version 1 to 3
 * files still read (the fields added later are optional).
 * @example
 * json.schemaVersion === BASELINE_SCHEMA_VERSION; // => true
 * BASELINE_SCHEMA_VERSION; // => 4
 */
export const BASELINE_SCHEMA_VERSION = 4 as const;

/**
 * The baseline.json versions this library reads: 1 (before areas, evidence kinds and funders), 2
 * (before categories, roles and merged recommendations), 3 (country themes with `rated`) and the
 * current one. Files are always written at {@link BASELINE_SCHEMA_VERSION}.
 * @example
 * READABLE_SCHEMA_VERSIONS; // => [1, 2, 3, 4]
 */
export const READABLE_SCHEMA_VERSIONS = Object.freeze([1, 2, 3, 4] as const);
