/**
 * When the CLI shows a progress bar: decided before cli-progress is loaded (src/cli/progress.ts),
 * so pipes, CI logs and small inputs never load it.
 */

/** Input size from which the CLI shows a progress bar (when stderr is a terminal). */
export const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

/**
 * Whether a command reading `inputBytes` shows a progress bar on `stderr`: only on a terminal
 * and for a large input.
 *
 * @example
 * showsProgress({ isTTY: false }, 10 * PROGRESS_MIN_BYTES); // => false
 * showsProgress({ isTTY: true }, PROGRESS_MIN_BYTES);       // => true
 */
export function showsProgress(stderr: { isTTY?: boolean }, inputBytes: number): boolean {
  return stderr.isTTY === true && inputBytes >= PROGRESS_MIN_BYTES;
}
