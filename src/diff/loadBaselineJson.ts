/**
 * Reading baseline.json text back into a validated BaselineJson.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';
import { type BaselineJson, BaselineJsonSchema, READABLE_SCHEMA_VERSIONS } from '../schema/baseline.js';

/**
 * Parse and validate baseline.json text (as written by the library) with BaselineJsonSchema:
 * schema version 2, or version 1 (written before areas, evidence kinds and funders; the fields
 * version 2 added are then absent). A leading byte-order mark is ignored.
 *
 * @param text - the content of a baseline.json file
 * @returns the baseline, as parsed
 * @throws PartnerSynergyError E_SCHEMA when the text is not JSON, or when it does not fit the
 *   schema (the message names the first problem's path, e.g. `matrices.synergy.ids`)
 * @example
 * // in Node: loadBaselineJson(readFileSync('2024/baseline.json', 'utf8'))
 * const before = loadBaselineJson(stringifyBaseline(json));
 * before.members.length; // => 12
 * loadBaselineJson('{"schemaVersion": 3}'); // throws PartnerSynergyError
 * renderDiffMarkdown(diffBaselines(before, nextYear), { lang: 'nl' }).startsWith('# Wat is er veranderd'); // => true
 */
export function loadBaselineJson(text: string): BaselineJson {
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new PartnerSynergyError(
      'E_SCHEMA',
      `This is not a baseline.json file: it is not valid JSON (${reason}).`,
    );
  }
  const parsed = BaselineJsonSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const { path, message } = first ? innermost(first) : { path: [], message: 'invalid' };
    const where = path.length > 0 ? path.map(String).join('.') : '(root)';
    throw new PartnerSynergyError(
      'E_SCHEMA',
      `This baseline.json does not fit schema version ${READABLE_SCHEMA_VERSIONS.join(' or ')}: ${where}: ${message}.`,
    );
  }
  return parsed.data;
}

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly errors?: readonly (readonly Issue[])[];
}

/**
 * The problem to name for an issue: inside a union (a matrix is full or top partners), the first
 * issue of the shape that fits best (fewest issues), so the message points at the field.
 */
function innermost(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || !issue.errors || issue.errors.length === 0) {
    return { path: [...issue.path], message: issue.message };
  }
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
  const inner = best[0];
  if (inner === undefined) return { path: [...issue.path], message: issue.message };
  const deeper = innermost(inner);
  return { path: [...issue.path, ...deeper.path], message: deeper.message };
}
