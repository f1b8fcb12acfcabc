#!/usr/bin/env node
import { runCli } from './program.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
