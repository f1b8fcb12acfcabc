import { runCli } from '../../src/cli/program.js';

/**
 * Run the CLI in-process with its stdout and stderr captured, as the CLI tests read them.
 *
 * @example
 * const r = await runCaptured('--version'); // r.code === 0, r.stdout === '0.1.0\n'
 */
export async function runCaptured(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
