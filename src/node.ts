/**
 * partner-synergy/node: read partnership directories, write reports, run the CLI (Node only).
 * @packageDocumentation
 */
export { readInputFiles, INPUT_EXTENSIONS } from './node/readDir.js';
export { readPartnershipDir, buildBaselineFromDir, readBaseline } from './node/buildFromDir.js';
export { writeBaselineOutputs, type WriteOptions } from './node/writeOutputs.js';
export { runCli, type CliIo } from './cli/program.js';
