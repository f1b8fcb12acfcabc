const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * FNV-1a 64-bit hash of the UTF-8 bytes of a string, as 16 lowercase hex digits.
 * Deterministic across runs, platforms and browsers (no crypto needed). Not a
 * cryptographic hash: use it for stable identifiers only.
 *
 * Cost: O(bytes).
 *
 * @example
 * fnv1a64Hex('');  // => 'cbf29ce484222325'
 * fnv1a64Hex('a'); // => 'af63dc4c8601ec8c'
 */
export function fnv1a64Hex(text: string): string {
  let h = FNV64_OFFSET;
  for (const byte of encoder.encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV64_PRIME) & MASK64;
  }
  return h.toString(16).padStart(16, '0');
}

/** What identifies a recommendation. */
export interface RecommendationIdentity {
  readonly kind: string;
  readonly members: readonly string[];
  readonly country: string | null;
  readonly sector: string | null;
  readonly themes: readonly string[];
  readonly key?: string | undefined;
}

/**
 * The stable id of a recommendation: `<kind>-<fnv1a64 hex>` of its kind, sorted
 * members, country, sector, sorted themes and optional discriminator key. The
 * same joint activity gets the same id on every rerun, whatever the input order
 * and whatever its score.
 *
 * @example
 * recommendationId({ kind: 'joint-lobby', members: ['b', 'a'], country: null, sector: 'banking', themes: [] });
 * // => 'joint-lobby-' + 16 hex digits, equal for members ['a', 'b']
 */
export function recommendationId(identity: RecommendationIdentity): string {
  const sorted = (xs: readonly string[]): string[] =>
    [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = JSON.stringify([
    identity.kind,
    sorted(identity.members),
    identity.country,
    identity.sector,
    sorted(identity.themes),
    identity.key ?? null,
  ]);
  return `${identity.kind}-${fnv1a64Hex(canonical)}`;
}
