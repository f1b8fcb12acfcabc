/**
 * partner-synergy/node: read partnership directories, write reports, run the CLI (Node only).
 * Examples use the names listed on the `partner-synergy` page; paths are relative to the
 * repository (data/ is also in the npm package).
 * @packageDocumentation
 * @module partner-synergy/node
 */

export { type CliIo, runCli } from './cli/program.js';
export {
  type ParallelTopSynergyOptions,
  topSynergyPartnersParallel,
} from './fast/parallel/topSynergyParallel.js';
// IATI XML reading (saxes) lives here, not in the core entry: the browser bundle stays within its size budget.
export { DEFAULT_IATI_XML_FILE, importIatiXml } from './import/iatiXml.js';
export { buildBaselineFromDir, readBaseline, readPartnershipDir } from './node/buildFromDir.js';
export {
  type ImportedFile,
  type ImportFileOptions,
  importFileToDir,
  readImportFile,
  writeImportResult,
} from './node/importFile.js';
export { INPUT_EXTENSIONS, readInputFiles } from './node/readDir.js';
export {
  NETWORK_ALL_EDGES_MAX_MEMBERS,
  NETWORK_TOP_EDGES,
  PRETTY_JSON_MAX_MEMBERS,
  type WriteOptions,
  writeBaselineOutputs,
} from './node/writeOutputs.js';
export { type WriteTemplateOptions, type WrittenTemplate, writeTemplate } from './node/writeTemplate.js';
