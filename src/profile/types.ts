import type { Dimension } from '../schema/records.js';

/**
 * A sparse weight vector: the categories a member has in one dimension (indices into
 * {@link DimensionProfile.categories}, strictly ascending) and their weights in (0, 1].
 * Categories with weight 0 are not stored.
 *
 * @example
 * const v: SparseVector = { indices: Int32Array.of(0, 3), weights: Float64Array.of(1, 0.25) };
 * // the first member of the sample: in 4 of the 12 countries
 * profiles.geography.rows[0]?.indices.length; // => 4
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
 * const { partnership: small } = parsePartnership({
 *   'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
 *   'geography.csv': 'member,country,presence\nA,Kenya,office\nA,Uganda,network\nB,Kenya,programme\n',
 * });
 * const geo: DimensionProfile = buildProfiles(small).geography;
 * geo.categories; // => ['KE', 'UG']
 * geo.rows[0]; // => { indices: Int32Array.of(0, 1), weights: Float64Array.of(1, 0.25) }
 * geo.rows[1]; // => { indices: Int32Array.of(0), weights: Float64Array.of(0.5) }
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
 * const all: Profiles = buildProfiles(partnership);
 * all.ids; // => ['AER', 'FTA', 'GHB', 'HDN', 'KMK', 'MWK', 'SEW', 'SJH', 'SRR', 'SSF', 'UWS', 'VAW']
 * all.expertise.empty.includes(true); // => false
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
