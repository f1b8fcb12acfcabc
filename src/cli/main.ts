#!/usr/bin/env node
import { runCli } from './program.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
  // Once nothing is left to do (every write flushed: the event loop is empty), end the process
  // at once instead of letting Node free a heap of several hundred MB object by object.
  process.once('beforeExit', () => process.exit(code));
});
