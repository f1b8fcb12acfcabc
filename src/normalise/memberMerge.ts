/**
 * Settling the member rows of a partnership after all of them were read, so the outcome never
 * depends on row or file order: rows of one organisation are merged (conflicting values reported
 * and decided by a fixed rule), ids that collide after folding case and accents keep one member
 * and reject the others, and the rejected rows are remembered so data rows cannot be credited to
 * another member through them.
 * @module
 */

import type { Lang } from '../country/labels.js';
import { type MessageKey, messagesIn, type Translate } from '../messages/catalogue.js';
import type { IngestIssue } from '../schema/issues.js';
import type { Member } from '../schema/records.js';
import { cmp, makeIssue } from './issue.js';
import { idSkeleton } from './lookalike.js';
import { mergeSources } from './merge.js';

/** One member row as read (members file or survey export), before it is settled. */
export interface MemberCandidate<Row> {
  readonly member: Member;
  /** From a survey export (wide) row: refers to a members-file member of the same name or id. */
  readonly wide: boolean;
  /** The caller's handle of the row (returned in `rowMember`). */
  readonly row: Row;
  /** Warnings the row gave while it was read (kept only when the row is accepted). */
  readonly warnings: readonly IngestIssue[];
}

/** A member row that was rejected: what references to it must not reach. */
export interface RejectedMember {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** The member that kept the id. */
  readonly keptBy: string;
}

/** The settled members. */
export interface SettledMembers<Row> {
  /** Members sorted by id. */
  readonly members: Member[];
  /** The member id each accepted row belongs to; rejected rows are absent. */
  readonly rowMember: Map<Row, string>;
  readonly rejected: IngestIssue[];
  readonly warnings: IngestIssue[];
  readonly rejectedMembers: RejectedMember[];
}

/** Case and accents folded: how ids and names are compared. */
export function foldKey(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

const ROLE_RANK: Readonly<Record<Member['role'], number>> = { lead: 3, member: 2, local_partner: 1 };

/** The rule that decides each field when the rows of one member disagree. */
const FIELD_RULES = {
  type: 'rule.member_type',
  country: 'rule.member_country',
  scope: 'rule.member_scope',
  role: 'rule.member_role',
  extra: 'rule.member_extra',
} as const satisfies Record<string, MessageKey>;

type Candidate<Row> = MemberCandidate<Row>;
const at = (c: Candidate<unknown>) => c.member.sources[0]!;

/** A total, content-only order of candidates: the same rows give the same order whatever their order. */
function byContent(a: Candidate<unknown>, b: Candidate<unknown>): number {
  const x = a.member;
  const y = b.member;
  return (
    Number(a.wide) - Number(b.wide) ||
    cmp(x.id, y.id) ||
    cmp(x.name, y.name) ||
    cmp(x.type, y.type) ||
    cmp(x.country ?? '', y.country ?? '') ||
    cmp(x.scope ?? '', y.scope ?? '') ||
    cmp(x.role, y.role) ||
    cmp(JSON.stringify(Object.entries(x.extras).sort()), JSON.stringify(Object.entries(y.extras).sort()))
  );
}

/** Groups of rows naming one organisation: the same folded name. */
function groupByName<Row>(candidates: readonly Candidate<Row>[]): Candidate<Row>[][] {
  const groups = new Map<string, Candidate<Row>[]>();
  for (const c of candidates) {
    const key = foldKey(c.member.name);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].map((g) => g.sort(byContent));
}

/**
 * Survey-export rows join the group of the same folded name, else the group holding their folded
 * id, else a group of their own (taken in content order, so the result is the same for any order).
 */
function attachWide<Row>(groups: Candidate<Row>[][], wide: readonly Candidate<Row>[]): Candidate<Row>[][] {
  const byName = new Map<string, Candidate<Row>[]>();
  const byId = new Map<string, Candidate<Row>[]>();
  const index = (g: Candidate<Row>[]) => {
    for (const c of g) {
      if (!byName.has(foldKey(c.member.name))) byName.set(foldKey(c.member.name), g);
      if (!byId.has(foldKey(c.member.id))) byId.set(foldKey(c.member.id), g);
    }
  };
  groups.forEach(index);
  const out = [...groups];
  for (const c of [...wide].sort(byContent)) {
    const g = byName.get(foldKey(c.member.name)) ?? byId.get(foldKey(c.member.id));
    if (g) {
      g.push(c);
      g.sort(byContent);
    } else {
      const fresh = [c];
      out.push(fresh);
      index(fresh);
    }
  }
  return out;
}

/**
 * Ids that fold to the same key but belong to different organisations: the group whose id is
 * first in code-unit order keeps it; the other groups' rows with that id are rejected.
 */
function resolveCollisions<Row>(
  groups: Candidate<Row>[][],
  rejected: IngestIssue[],
  rejectedMembers: RejectedMember[],
  t: Translate,
): Candidate<Row>[][] {
  const byId = new Map<string, Candidate<Row>[][]>();
  for (const g of groups) {
    for (const key of new Set(g.map((c) => foldKey(c.member.id)))) {
      const list = byId.get(key);
      if (list) list.push(g);
      else byId.set(key, [g]);
    }
  }
  const lost = new Set<Candidate<Row>>();
  for (const [key, claimants] of byId) {
    if (claimants.length < 2) continue;
    const idIn = (g: Candidate<Row>[]) => g.find((c) => foldKey(c.member.id) === key)!;
    const ordered = [...claimants].sort((a, b) => byContent(idIn(a), idIn(b)));
    const keeper = idIn(ordered[0]!);
    for (const g of ordered.slice(1)) {
      for (const c of g) {
        if (foldKey(c.member.id) !== key) continue;
        lost.add(c);
        const first = at(keeper);
        rejected.push(
          makeIssue(
            at(c),
            'duplicate_member',
            t('duplicate_member.id_taken', {
              value: c.member.id,
              name: keeper.member.name,
              file: first.file,
              line: first.line,
            }),
            { column: 'id', value: c.member.id },
          ),
        );
        rejectedMembers.push({ id: c.member.id, name: c.member.name, ...at(c), keptBy: keeper.member.id });
      }
    }
  }
  return groups.map((g) => g.filter((c) => !lost.has(c))).filter((g) => g.length > 0);
}

/**
 * Pick one value by a rule: a given value before a missing one, a members-file row before a
 * survey-export row, then `better`. Each members-file row with another given value gets a
 * 'member_conflict' warning.
 */
function decide<Row, T>(
  rows: readonly Candidate<Row>[],
  field: string,
  value: (m: Member) => T,
  missing: (v: T) => boolean,
  better: (a: T, b: T) => number,
  rule: MessageKey,
  warnings: IngestIssue[],
  t: Translate,
): T {
  const rank = (c: Candidate<Row>) => [missing(value(c.member)), c.wide] as const;
  const ranked = [...rows].sort((a, b) => {
    const [ma, wa] = rank(a);
    const [mb, wb] = rank(b);
    return Number(ma) - Number(mb) || Number(wa) - Number(wb) || better(value(a.member), value(b.member));
  });
  const chosen = value(ranked[0]!.member);
  const id = ranked[0]!.member.id;
  for (const c of rows) {
    const v = value(c.member);
    if (c.wide || v === chosen || missing(v)) continue;
    warnings.push(
      makeIssue(
        at(c),
        'member_conflict',
        t('member_conflict.differs', { id, field, value: String(v), chosen: String(chosen), rule: t(rule) }),
        { column: field, value: String(v), suggestion: String(chosen) },
      ),
    );
  }
  return chosen;
}

/** One member from the rows of one organisation. */
function mergeGroup<Row>(rows: readonly Candidate<Row>[], warnings: IngestIssue[], t: Translate): Member {
  if (rows.length === 1) return settledAlone(rows[0]!.member);
  const own = rows.filter((c) => !c.wide);
  const main = (own.length > 0 ? own : rows)[0]!;
  for (const c of own.slice(1)) {
    warnings.push(
      makeIssue(
        at(c),
        'duplicate_member',
        c.member.id === main.member.id
          ? t('duplicate_member.merged', { name: c.member.name })
          : t('duplicate_member.merged_into', { name: c.member.name, id: main.member.id }),
        {
          column: 'id',
          value: c.member.id,
        },
      ),
    );
  }
  const type = decide(
    rows,
    'type',
    (m) => m.type,
    (v) => v === 'other',
    cmp,
    FIELD_RULES.type,
    warnings,
    t,
  );
  const country = decide(
    rows,
    'country',
    (m) => m.country,
    (v) => v === null,
    (a, b) => cmp(a ?? '', b ?? ''),
    FIELD_RULES.country,
    warnings,
    t,
  );
  const scope = decide(
    rows,
    'scope',
    (m) => m.scope ?? null,
    (v) => v === null,
    (a, b) => cmp(a ?? '', b ?? ''),
    FIELD_RULES.scope,
    warnings,
    t,
  );
  const never = () => false;
  const role = decide(
    rows,
    'role',
    (m) => m.role,
    never,
    (a, b) => ROLE_RANK[b] - ROLE_RANK[a],
    FIELD_RULES.role,
    warnings,
    t,
  );
  const extras: Record<string, string> = Object.create(null);
  const keys = [...new Set(rows.flatMap((c) => Object.keys(c.member.extras)))].sort(cmp);
  for (const key of keys) {
    const having = rows.filter((c) => Object.hasOwn(c.member.extras, key));
    extras[key] = decide(having, key, (m) => m.extras[key]!, never, cmp, FIELD_RULES.extra, warnings, t);
  }
  const sources = rows.reduce((s, c) => mergeSources(s, c.member.sources), [] as Member['sources']);
  return { ...main.member, type, scope, country, role, extras, sources };
}

/** Members whose ids look the same (see idSkeleton) but differ: each after the first is named. */
/**
 * What mergeGroup makes of a member written on one row only (almost every member): each field
 * decided among one value is that value, so no ranking and no warning; extras in key order and
 * sources sorted, as for a merged member.
 */
function settledAlone(member: Member): Member {
  const extras: Record<string, string> = Object.create(null);
  for (const key of Object.keys(member.extras).sort(cmp)) extras[key] = member.extras[key]!;
  const { type, country, role } = member;
  const scope = member.scope ?? null;
  return { ...member, type, scope, country, role, extras, sources: mergeSources([], member.sources) };
}

function warnLookalikes(members: readonly Member[], warnings: IngestIssue[], t: Translate): void {
  const seen = new Map<string, Member>();
  for (const m of members) {
    const key = idSkeleton(m.id);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, m);
      continue;
    }
    const where = first.sources[0];
    warnings.push(
      makeIssue(
        m.sources[0]!,
        'lookalike_id',
        t('lookalike_id.same', {
          value: m.id,
          other: first.id,
          file: where?.file ?? '',
          line: where?.line ?? 0,
        }),
        { column: 'id', value: m.id, suggestion: first.id },
      ),
    );
  }
}

/**
 * Settle the member rows: group rows by folded name, keep one member per folded id (the
 * organisation whose id comes first in code-unit order; the other rows with that id are rejected
 * as 'duplicate_member'), merge the rows of each organisation (id and name from the first row in
 * content order; type, country, role and extra columns by the documented rules, each disagreement
 * a 'member_conflict' warning) and return the members sorted by id. Survey-export rows refer to a
 * members-file member of the same name (they never conflict with it). In strict mode every
 * duplicate row but the first in content order is rejected instead of merged.
 *
 * The result does not depend on the order of `candidates`.
 *
 * @example
 * settleMembers(candidates, false).members.map((m) => m.id); // => ['ABC', 'XYZ']
 */
export function settleMembers<Row>(
  candidates: readonly MemberCandidate<Row>[],
  strict: boolean,
  lang: Lang = 'en',
): SettledMembers<Row> {
  const t = messagesIn(lang);
  const rejected: IngestIssue[] = [];
  const warnings: IngestIssue[] = [];
  const rejectedMembers: RejectedMember[] = [];
  const own = candidates.filter((c) => !c.wide);
  const wide = candidates.filter((c) => c.wide);
  const groups = attachWide(resolveCollisions(groupByName(own), rejected, rejectedMembers, t), wide);
  const members: Member[] = [];
  const rowMember = new Map<Row, string>();
  for (const group of groups) {
    let rows = group;
    const listed = group.filter((c) => !c.wide);
    if (strict && listed.length > 1) {
      const [keep, ...dups] = listed;
      for (const c of dups) {
        rejected.push(
          makeIssue(at(c), 'duplicate_member', t('duplicate_member.strict', { name: c.member.name }), {
            column: 'id',
            value: c.member.id,
          }),
        );
      }
      rows = group.filter((c) => c === keep || c.wide);
    }
    const member = mergeGroup(rows, warnings, t);
    members.push(member);
    for (const c of rows) {
      rowMember.set(c.row, member.id);
      warnings.push(...c.warnings);
    }
  }
  members.sort((a, b) => cmp(a.id, b.id));
  warnLookalikes(members, warnings, t);
  return { members, rowMember, rejected, warnings, rejectedMembers };
}
