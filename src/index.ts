/**
 * partner-synergy: the browser-safe core. No `node:` imports anywhere below this file.
 * @packageDocumentation
 */
export * from './schema/records.js';
export * from './schema/issues.js';
export * from './schema/baseline.js';
export * from './errors.js';
