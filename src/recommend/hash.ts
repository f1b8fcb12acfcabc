const encoder = new TextEncoder();

/**
 * FNV-1a 64-bit hash of the UTF-8 bytes of a string, as 16 lowercase hex digits.
 * Deterministic across runs, platforms and browsers (no crypto needed). Not a
 * cryptographic hash: use it for stable identifiers only.
 *
 * The 64-bit state is kept as four 16-bit limbs so every step is exact in
 * 32-bit integer arithmetic (no BigInt): multiplying by the FNV prime
 * 2^40 + 0x1b3 is a multiply by 0x1b3 plus a shift of 40 bits.
 *
 * Cost: O(bytes).
 *
 * @example
 * fnv1a64Hex('');  // => 'cbf29ce484222325'
 * fnv1a64Hex('a'); // => 'af63dc4c8601ec8c'
 */
export function fnv1a64Hex(text: string): string {
  // offset basis 0xcbf29ce484222325, limbs from least significant
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    // h * 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16);
    let t3 = h3 * 0x1b3 + (t2 >>> 16);
    // + (h << 40): limb 0 of h lands in bits 40..55, i.e. limb 2 shifted by 8 bits, and so on.
    const s2 = (h0 << 8) & 0xffff;
    const s3 = ((h0 >>> 8) | (h1 << 8)) & 0xffff;
    const n2 = (t2 & 0xffff) + s2;
    t3 = (t3 & 0xffff) + s3 + (n2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = n2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (x: number): string => x.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** What identifies a recommendation. */
export interface RecommendationIdentity {
  readonly kind: string;
  readonly members: readonly string[];
  readonly country: string | null;
  /** Area ids (hashed only when non-empty, so ids without areas are those of version 1). */
  readonly areas?: readonly string[] | undefined;
  readonly sector: string | null;
  readonly themes: readonly string[];
  readonly key?: string | undefined;
}

/**
 * The stable id of a recommendation: `<kind>-<fnv1a64 hex>` of its kind, sorted
 * members, country, sector, sorted themes, optional discriminator key and (when any) sorted areas. The
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
  const areas = sorted(identity.areas ?? []);
  const canonical = JSON.stringify([
    identity.kind,
    sorted(identity.members),
    identity.country,
    identity.sector,
    sorted(identity.themes),
    identity.key ?? null,
    ...(areas.length > 0 ? [areas] : []),
  ]);
  return `${identity.kind}-${fnv1a64Hex(canonical)}`;
}
