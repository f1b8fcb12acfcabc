import type { Member } from '../schema/records.js';
import { countryName, resolveCountry } from './countries.js';
import { foldText } from './fold.js';
import { createMatcher, type Matcher } from './fuzzy.js';
import { cmp } from './issue.js';
import { idOddity } from './lookalike.js';
import { foldKey, type RejectedMember } from './memberMerge.js';
import type { RowReader } from './rowReader.js';
import { parseMemberType, parseRole, parseScope, scopeFromTypeLabel } from './vocab.js';

/** Canonical member fields; every other column of a members file is kept as an extra attribute. */
const MEMBER_FIELDS = new Set(['id', 'name', 'type', 'country', 'role', 'scope']);

/**
 * Derive a member id from a name when the file has no id column: the folded name in kebab-case.
 *
 * @example
 * deriveMemberId('Fair Threads Alliance'); // => 'fair-threads-alliance'
 */
export function deriveMemberId(name: string): string {
  const slug = foldText(name).replace(/ /g, '-');
  return slug === '' ? name.trim() : slug;
}

/**
 * Read the member part of a row (members file or wide survey export).
 * Unknown type/role/country are recoverable (warning, defaults 'other'/'member'/null).
 */
export function readMemberRow(r: RowReader, extrasFrom: readonly { name: string; index: number }[]): Member {
  const name = r.required('name', 'noun.organisation_name');
  const rawId = r.cell('id');
  const id = rawId === '' ? deriveMemberId(name) : rawId;
  const oddity = rawId === '' ? null : idOddity(rawId, r.t);
  if (oddity !== null) {
    r.warn('lookalike_id', r.t('lookalike_id.oddity', { value: rawId, oddity }), 'id', rawId);
  }

  const rawType = r.cell('type');
  let type: Member['type'] = 'other';
  if (rawType === '') {
    if (r.has('type')) r.warn('missing_value', r.t('invalid_type.empty'), 'type', '');
  } else {
    const res = parseMemberType(rawType);
    type = r.resolve(
      rawType,
      res,
      { field: 'type', what: 'noun.organisation_type', unknownCode: 'invalid_type', show: String },
      () => {
        const hint = res.kind === 'none' && res.suggestion !== null ? res.suggestion : null;
        r.warn('invalid_type', r.t('invalid_type.unknown', { value: rawType }), 'type', rawType, hint);
        return 'other';
      },
    );
  }

  const rawRole = r.cell('role');
  let role: Member['role'] = 'member';
  if (rawRole !== '') {
    const res = parseRole(rawRole);
    role = r.resolve(
      rawRole,
      res,
      { field: 'role', what: 'noun.role', unknownCode: 'invalid_role', show: String },
      () => {
        r.warn('invalid_role', r.t('invalid_role.unknown', { value: rawRole }), 'role', rawRole);
        return 'member';
      },
    );
  }

  const rawCountry = r.cell('country');
  let country: string | null = null;
  if (rawCountry !== '') {
    const res = resolveCountry(rawCountry);
    country = r.resolve<string | null>(
      rawCountry,
      res,
      {
        field: 'country',
        what: 'noun.country',
        unknownCode: 'unknown_country',
        show: (c) => (c === null ? '' : countryName(c, r.lang)),
      },
      () => {
        const hint =
          res.kind === 'none' && res.suggestion !== null ? countryName(res.suggestion, r.lang) : null;
        r.warn(
          'unknown_country',
          r.t('unknown_country.headquarters', { value: rawCountry }) + r.hint(hint),
          'country',
          rawCountry,
          hint,
        );
        return null;
      },
    );
  }

  const scope = readScope(r, rawType);
  const extras: Record<string, string> = Object.create(null);
  for (const { name: column, index } of extrasFrom) {
    const value = (r.row.cells[index] ?? '').trim();
    if (value !== '') extras[column] = value;
  }
  return { id, name, type, country, role, scope, extras, sources: [r.at] };
}

/**
 * The member's scope: the scope column (international, national, local; Dutch internationaal,
 * nationaal, lokaal), else what the type label implies ("INGO", "NNGO", "local NGO"), else null.
 * An unknown scope is a warning and null.
 */
function readScope(r: RowReader, rawType: string): Member['scope'] {
  const raw = r.cell('scope');
  if (raw === '') return scopeFromTypeLabel(rawType);
  const res = parseScope(raw);
  return r.resolve<Member['scope']>(
    raw,
    res,
    { field: 'scope', what: 'noun.scope', unknownCode: 'invalid_scope', show: String },
    () => {
      r.warn(
        'invalid_scope',
        r.t('invalid_scope.unknown', { value: raw }),
        'scope',
        raw,
        res.kind === 'none' ? res.suggestion : null,
      );
      return null;
    },
  );
}

/** Resolves member references (by id or name, case/accent-insensitive, fuzzy) to member ids. */
export interface MemberIndex {
  /** Resolve a reference written in a data file. */
  resolve(raw: string, r: RowReader, field: string): string;
  /**
   * Resolve a reference to another member where a miss need not cost the row: like `resolve`
   * (exact, or fuzzy with a warning), but a name that is no member (or names a rejected member
   * row) is a warning, with a "did you mean" when one is close, and gives null.
   */
  lookup(raw: string, r: RowReader, field: string): string | null;
  /** Member display name by id. */
  name(id: string): string;
}

/**
 * Build the member resolver over the accepted members. A reference that is not exactly an
 * accepted id but folds (case, accents) to the id or name of a rejected member row is rejected
 * ('rejected_member'): its data belongs to that organisation, not to the member that kept the id.
 *
 * @example
 * const index = createMemberIndex(members, []); index.resolve('fair threads alliance', row, 'member'); // => 'FTA'
 */
export function createMemberIndex(
  members: readonly Member[],
  rejectedMembers: readonly RejectedMember[] = [],
): MemberIndex {
  const byId = new Map(members.map((m) => [m.id, m]));
  // Built on the first reference that is not an exact id (most files write ids only).
  let matcher: Matcher<string> | undefined;
  const match = (raw: string) => {
    matcher ??= createMatcher(members.map((m) => ({ keys: [m.id, m.name], value: m.id })));
    return matcher.match(raw);
  };
  const rejected = new Map<string, RejectedMember>();
  for (const m of [...rejectedMembers].sort((a, b) => cmp(a.id, b.id) || a.line - b.line)) {
    for (const key of [foldKey(m.id), foldKey(m.name)]) if (!rejected.has(key)) rejected.set(key, m);
  }
  const spec = (field: string) => ({
    field,
    what: 'noun.member' as const,
    unknownCode: 'unknown_member' as const,
    show: (id: string) => byId.get(id)?.name ?? id,
  });
  return {
    resolve(raw, r, field) {
      const exact = byId.get(raw);
      if (exact) return exact.id;
      const lost = rejected.get(foldKey(raw));
      if (lost !== undefined) {
        r.reject(
          'rejected_member',
          r.t('rejected_member.refers', {
            value: raw,
            id: lost.id,
            name: lost.name,
            file: lost.file,
            line: lost.line,
            keptBy: lost.keptBy,
          }),
          field,
          raw,
        );
      }
      return r.resolve(raw, match(raw), spec(field));
    },
    lookup(raw, r, field) {
      if (byId.has(raw)) return raw;
      const found = match(raw);
      if (!rejected.has(foldKey(raw)) && (found.kind === 'exact' || found.kind === 'fuzzy'))
        return r.resolve(raw, found, spec(field));
      const suggestion = found.kind === 'none' ? found.suggestion : null;
      const shown = suggestion === null ? null : (byId.get(suggestion)?.name ?? suggestion);
      r.warn(
        'unknown_member',
        r.t('unknown_member.left_out', { value: raw }) + r.hint(shown),
        field,
        raw,
        shown,
      );
      return null;
    },
    name: (id) => byId.get(id)?.name ?? id,
  };
}

/** True for the canonical member fields (id, name, type, country, role, scope). */
export function isMemberField(field: string): boolean {
  return MEMBER_FIELDS.has(field);
}
