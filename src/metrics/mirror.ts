const BLOCK = 32;

/**
 * Copy the strict upper triangle of a row-major n x n matrix onto its lower triangle
 * (out[j][i] = out[i][j] for i < j), in cache-friendly blocks. O(n²), in place.
 *
 * @example
 * const m = Float64Array.of(1, 2, 0, 1);
 * mirrorUpper(m, 2); // m => [1, 2, 2, 1]
 */
export function mirrorUpper(out: Float64Array, n: number): void {
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let j0 = i0; j0 < n; j0 += BLOCK) {
      const j1 = Math.min(n, j0 + BLOCK);
      for (let i = i0; i < i1; i++) {
        const rowI = i * n;
        for (let j = j0 > i ? j0 : i + 1; j < j1; j++) out[j * n + i] = out[rowI + j]!;
      }
    }
  }
}
