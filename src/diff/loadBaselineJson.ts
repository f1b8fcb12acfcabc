/**
 * Reading baseline.json text back into a validated BaselineJson.
 * @module
 */
import type { Lang } from '../country/labels.js';
import { PartnerSynergyError } from '../errors.js';

/** "1, 2 or 3" ("1, 2 of 3"): the readable versions as a person writes them. */
function versionList(versions: readonly number[], or: string): string {
  return versions.length < 2
    ? versions.join('')
    : `${versions.slice(0, -1).join(', ')} ${or} ${versions.at(-1)}`;
}

import { type BaselineJson, BaselineJsonSchema, READABLE_SCHEMA_VERSIONS } from '../schema/baseline.js';
import { zodMessages } from '../schema/zodMessages.js';

/** The sentences of the checks, in English and Dutch. */
const TEXT = {
  en: {
    notJson: (reason: string) => `This is not a baseline.json file: it is not valid JSON (${reason}).`,
    misfit: (path: string, problem: string) =>
      `This baseline.json does not fit schema version ${versionList(READABLE_SCHEMA_VERSIONS, 'or')}: ${path}: ${problem}.`,
    duplicateId: (id: string) => `member id "${id}" occurs more than once`,
    notMembers: 'the ids are not the ids of the members list',
    rows: (rows: number, ids: number) => `${rows} rows for ${ids} ids (a matrix has one row per id)`,
    row: (row: number, n: number, ids: number) => `row ${row} has ${n} values for ${ids} ids`,
    value: (row: number, col: number, v: number) =>
      `value ${v} at row ${row}, column ${col} is not a number from 0 to 1`,
  },
  nl: {
    notJson: (reason: string) => `Dit is geen baseline.json-bestand: het is geen geldige JSON (${reason}).`,
    misfit: (path: string, problem: string) =>
      `Deze baseline.json past niet in schemaversie ${versionList(READABLE_SCHEMA_VERSIONS, 'of')}: ${path}: ${problem}.`,
    duplicateId: (id: string) => `lid-id "${id}" komt meer dan eens voor`,
    notMembers: 'de ids zijn niet de ids van de ledenlijst',
    rows: (rows: number, ids: number) => `${rows} rijen voor ${ids} ids (een matrix heeft één rij per id)`,
    row: (row: number, n: number, ids: number) => `rij ${row} heeft ${n} waarden voor ${ids} ids`,
    value: (row: number, col: number, v: number) =>
      `waarde ${v} in rij ${row}, kolom ${col} is geen getal van 0 tot en met 1`,
  },
} as const;

type Problem = readonly [path: string, problem: string];

/** The first problem of a square matrix over `ids`: its size or a value outside [0, 1]. */
function matrixProblem(
  path: string,
  ids: number,
  rows: readonly (readonly number[])[],
  lang: Lang,
): Problem | null {
  const t = TEXT[lang];
  if (rows.length !== ids) return [path, t.rows(rows.length, ids)];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length !== ids) return [path, t.row(i + 1, row.length, ids)];
    for (let j = 0; j < row.length; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v) || v < 0 || v > 1) return [path, t.value(i + 1, j + 1, v)];
    }
  }
  return null;
}

/**
 * What the schema cannot say: member ids are unique, and every matrix lists exactly the members'
 * ids (each once) and is square over them with values from 0 to 1. The first problem, or null.
 */
function consistencyProblem(data: BaselineJson, lang: Lang): Problem | null {
  const t = TEXT[lang];
  const members = new Set<string>();
  for (const [i, m] of data.members.entries()) {
    if (members.has(m.id)) return [`members.${i}.id`, t.duplicateId(m.id)];
    members.add(m.id);
  }
  for (const [name, matrix] of Object.entries(data.matrices) as [string, Record<string, unknown>][]) {
    const ids = matrix.ids as readonly string[];
    if (
      new Set(ids).size !== ids.length ||
      ids.length !== members.size ||
      ids.some((id) => !members.has(id))
    ) {
      return [`matrices.${name}.ids`, t.notMembers];
    }
    for (const [key, value] of Object.entries(matrix)) {
      if (key === 'ids' || !Array.isArray(value)) continue;
      const problem = matrixProblem(`matrices.${name}.${key}`, ids.length, value as number[][], lang);
      if (problem !== null) return problem;
    }
  }
  for (const [code, view] of Object.entries(data.countries)) {
    for (const [i, p] of view.pairs.entries()) {
      for (const v of [p.synergy, p.duplication]) {
        if (!Number.isFinite(v) || v < 0 || v > 1) return [`countries.${code}.pairs.${i}`, t.value(1, 1, v)];
      }
    }
  }
  return null;
}

/**
 * Parse and validate baseline.json text (as written by the library) with BaselineJsonSchema, and
 * check what a schema cannot: member ids are unique, every matrix is square over exactly the
 * members' ids, and every matrix value is a finite number from 0 to 1 (a value of 1e308 or a
 * matrix one row short is refused, not diffed). Any version of READABLE_SCHEMA_VERSIONS (1 to 4;
 * the fields a later version added are then absent, and a version 3 file's country themes keep
 * their `rated` lists). A leading byte-order mark is ignored.
 *
 * @param text - the content of a baseline.json file
 * @param lang - language of the error messages; default 'en'
 * @returns the baseline, as parsed
 * @throws PartnerSynergyError E_SCHEMA when the text is not JSON, or when it does not fit the
 *   schema or these checks (the message names the first problem's path, e.g. `matrices.synergy.ids`)
 * @example
 * // in Node: loadBaselineJson(readFileSync('2024/baseline.json', 'utf8'))
 * const before = loadBaselineJson(stringifyBaseline(json));
 * before.members.length; // => 12
 * loadBaselineJson('{"schemaVersion": 4}'); // throws PartnerSynergyError
 * loadBaselineJson(JSON.stringify({ ...json, members: [...json.members, json.members[0]] })); // throws PartnerSynergyError
 * renderDiffMarkdown(diffBaselines(before, nextYear), { lang: 'nl' }).startsWith('# Wat is er veranderd'); // => true
 */
export function loadBaselineJson(text: string, lang: Lang = 'en'): BaselineJson {
  const t = TEXT[lang === 'nl' ? 'nl' : 'en'];
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    throw new PartnerSynergyError('E_SCHEMA', t.notJson(e instanceof Error ? e.message : String(e)));
  }
  const parsed = BaselineJsonSchema.safeParse(data, zodMessages(lang === 'nl' ? 'nl' : 'en'));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const { path, message } = first ? innermost(first) : { path: [], message: 'invalid' };
    const where = path.length > 0 ? path.map(String).join('.') : '(root)';
    throw new PartnerSynergyError('E_SCHEMA', t.misfit(where, message));
  }
  const problem = consistencyProblem(parsed.data, lang === 'nl' ? 'nl' : 'en');
  if (problem !== null) throw new PartnerSynergyError('E_SCHEMA', t.misfit(problem[0], problem[1]));
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
