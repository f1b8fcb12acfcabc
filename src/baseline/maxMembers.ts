// Its own module so the CLI can name the default in --help without loading the pipeline.

/**
 * Largest number of members `buildBaseline` accepts by default (option `maxMembers`, CLI
 * `--max-members`). Real partnerships have 5-300 members, a country's 3W a few hundred to a few
 * thousand organisations. The pairwise work grows with N²: see the README's performance table for
 * what larger partnerships cost. (baseline.json itself stays small: above 200 members it holds
 * each member's top partners, not N x N matrices.)
 *
 * @example
 * DEFAULT_BASELINE_MAX_MEMBERS; // => 1500
 * buildBaseline({ 'members.csv': 'id,name\nA,Alpha\nB,Beta\n' }, { maxMembers: 1 }); // throws LimitError
 */
export const DEFAULT_BASELINE_MAX_MEMBERS = 1500;
