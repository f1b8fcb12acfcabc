#!/usr/bin/env node
// Rewrites every golden file (`npm run update-golden`): runs the golden tests with UPDATE_GOLDEN=1,
// which makes them write what they produce before comparing. Without it a missing golden file
// fails its test. Read `git diff tests/` before committing the result.
//   npm run update-golden                   # all golden tests
//   npm run update-golden -- tests/report   # only some folders
import { spawnSync } from 'node:child_process';

export const GOLDEN_TEST_FOLDERS = ['tests/baseline', 'tests/report', 'tests/network', 'tests/validation'];

const folders = process.argv.slice(2);
const r = spawnSync('npx', ['vitest', 'run', ...(folders.length > 0 ? folders : GOLDEN_TEST_FOLDERS)], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_GOLDEN: '1' },
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 1);
