import type { Dimension } from '../schema/records.js';

/**
 * A sparse weight vector: the categories a member has in one dimension (indices into
 * {@link DimensionProfile.categories}, strictly ascending) and their weights in (0, 1].
 * Categories with weight 0 are not stored.
 *
 * @example
 * const v: SparseVector = { indices: Int32Array.of(0, 3), weights: Float64Array.of(1, 0.25) };
 */
export interface SparseVector {
  /** Category indices, strictly ascending. */
  readonly indices: Int32Array;
  /** Weight of each category, same length as `indices`, each in (0, 1]. */
  readonly weights: Float64Array;
}

/**
 * The profiles of every member in one dimension: one sparse vector per member over the sorted,
 * normalised categories of the dimension (expertise: theme ids; geography: ISO alpha-2 country
 * codes; sectors: sector ids).
 *
 * @example
 * const geo = buildProfiles(partnership).geography;
 * geo.categories;   // => ['BD', 'IN']
 * geo.rows[0];      // => { indices: Int32Array [0], weights: Float64Array [1] }
 */
export interface DimensionProfile {
  /** Which dimension. */
  readonly dimension: Dimension;
  /** Member ids, in partnership member order (row i belongs to ids[i]). */
  readonly ids: readonly string[];
  /** Category keys of the dimension, sorted by code unit (`<`), no duplicates. */
  readonly categories: readonly string[];
  /** One sparse vector per member, aligned with `ids`. */
  readonly rows: readonly SparseVector[];
  /** `empty[i]` is true when member i has no category with a positive weight in this dimension. */
  readonly empty: readonly boolean[];
  /**
   * Whether the dimension has data at all: true when the partnership has at least one record
   * in it (even with weight 0). A missing dimension drops out of the context mean.
   */
  readonly present: boolean;
}

/**
 * The member profiles of a partnership in all three dimensions, rows in member order.
 *
 * @example
 * const profiles = buildProfiles(partnership);
 * profiles.ids;                 // => ['fnv', 'oxfam', 'solidaridad']
 * profiles.expertise.empty[2];  // => false
 */
export interface Profiles {
  /** Member ids in partnership member order (upstream: the order of the members file). */
  readonly ids: readonly string[];
  /** Expertise: category = theme id, weight from the level (default level / 5). */
  readonly expertise: DimensionProfile;
  /** Geography: category = ISO alpha-2 country code, weight from the presence kind. */
  readonly geography: DimensionProfile;
  /** Sectors: category = sector id, weight from the network strength (default strength / 5). */
  readonly sectors: DimensionProfile;
}
