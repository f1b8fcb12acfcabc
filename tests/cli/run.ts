import { runCli } from '../../src/cli/program.js';

/** Run the CLI in-process with captured stdout and stderr; returns the exit code and both outputs. */
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
