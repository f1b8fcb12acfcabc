/**
 * partner-synergy/node: file and directory readers and the CLI helpers (Node only).
 * @packageDocumentation
 */
export {};
