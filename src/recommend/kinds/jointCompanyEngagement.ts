import { foldText } from '../../normalise/fold.js';
import type { CompanyMatch } from '../companies.js';
import { type DenseIndex, denseIndex, membersAtLevel } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import type {
  Candidate,
  GenerateContext,
  MemberRole,
  RationaleValue,
  RecommendationKindDefinition,
} from '../types.js';
import { cmp, strongestMembers, v } from './util.js';

/**
 * joint-company-engagement: engage a company from the relationships members already have. The
 * members whose networks name the company open the door; members whose expertise meets the
 * company's needs join as specialists. A member that has the company in its network is never
 * left out.
 *
 * Two variants:
 * - company (companies.csv, through matchCompanies): one recommendation per company with a
 *   coalition; score = coverage * (0.4 + 0.4 * meanFit + 0.2 * known).
 * - network (companies named in sector networks but not in companies.csv, and company networks
 *   that name none): one recommendation per sector and set of members naming the same companies;
 *   the door openers (at most maxOpeners, 5: the strongest networks in the sector, as
 *   joint-stakeholder-mapping caps its groups; the rationale says how many more could join) plus
 *   up to maxExpertsPerNetwork (3) specialists rated >= expertLevel (4) on the themes the
 *   sector's companies need (companies.csv of that sector, else the focus themes) that the named
 *   door openers lack (best level < expertLevel); never a door opener; at least two members;
 *   score = genericFactor (0.8) * (strength / 5 + meanLevel / 5) / 2, strength the door openers'
 *   strongest company network in the sector, meanLevel the specialists' mean level on what they bring.
 */
export const jointCompanyEngagement: RecommendationKindDefinition = {
  id: 'joint-company-engagement',
  title: { en: 'Joint company engagement', nl: 'Gezamenlijke benadering van bedrijven' },
  eligibility: {
    en: "A company (companies.csv) that a member knows from its network or whose needs members cover at level 3 or higher; or companies named in members' sector networks, with specialists (level expertLevel, 4, or higher) on what the sector's companies need.",
    nl: 'Een bedrijf (companies.csv) dat een lid uit zijn netwerk kent of waarvan leden de behoeften op niveau 3 of hoger dekken; of bedrijven uit de sectornetwerken van leden, met specialisten (niveau expertLevel, 4, of hoger) op wat de bedrijven in de sector nodig hebben.',
  },
  formula:
    'company: score = coverage * (0.4 + 0.4 * meanFit + 0.2 * known) (see matchCompanies); network: score = genericFactor * (strength / 5 + meanLevel / 5) / 2',
  weight: 1,
  params: { expertLevel: 4, genericFactor: 0.8, maxExpertsPerNetwork: 3, maxOpeners: 5 },
  rationale: {
    default: {
      en: '{openers} {openers|has|have} {companies} in {openers|its|their} {sector} network and {openers|opens|open} the door; {specialists} {specialists|is the specialist|are the specialists} for {specThemes}.{moreOpeners}',
      nl: '{openers} {openers|heeft|hebben} {companies} in {openers|het eigen|hun} netwerk in de sector {sector} en {openers|opent|openen} de deur; {specialists} {specialists|is specialist|zijn specialisten} in {specThemes}.{moreOpeners}',
    },
    company: {
      en: '{openers} {openers|knows|know} {company} from {openers|its|their} network and {openers|opens|open} the door; {specialists} {specialists|is the specialist|are the specialists} for {specThemes}.{uncovered}',
      nl: '{openers} {openers|kent|kennen} {company} uit {openers|het eigen|hun} netwerk en {openers|opent|openen} de deur; {specialists} {specialists|is specialist|zijn specialisten} in {specThemes}.{uncovered}',
    },
    companyKnown: {
      en: '{openers} {openers|knows|know} {company} from {openers|its|their} network and can take up its needs on {themes} directly.{uncovered}',
      nl: '{openers} {openers|kent|kennen} {company} uit {openers|het eigen|hun} netwerk en {openers|kan|kunnen} direct aan de slag met de aanpak van {themes}.{uncovered}',
    },
    companyNew: {
      en: '{specialists} could approach {company} as {specialists|specialist|specialists} for {specThemes}; no member has it in its network yet.{uncovered}',
      nl: '{specialists} {specialists|kan|kunnen} {company} benaderen als {specialists|specialist|specialisten} voor {specThemes}; nog geen lid heeft het bedrijf in zijn netwerk.{uncovered}',
    },
  },
  detail: {
    default: {
      en: 'Network strength {strength} of 5; specialist levels: {levels}.',
      nl: 'Sterkte van het netwerk {strength} van 5; niveaus van de specialisten: {levels}.',
    },
    company: {
      en: 'Needs and best levels: {levels}; drivers: {drivers}; match {score}.',
      nl: 'Behoeften en hoogste niveaus: {levels}; drijfveren: {drivers}; match {score}.',
    },
    companyKnown: {
      en: 'Needs and best levels: {levels}; drivers: {drivers}; match {score}.',
      nl: 'Behoeften en hoogste niveaus: {levels}; drijfveren: {drivers}; match {score}.',
    },
    companyNew: {
      en: 'Needs and best levels: {levels}; drivers: {drivers}; match {score}.',
      nl: 'Behoeften en hoogste niveaus: {levels}; drijfveren: {drivers}; match {score}.',
    },
  },
  fragments: {
    uncovered: { en: ' Still open: {needs}.', nl: ' Nog open: {needs}.' },
    unnamed: { en: 'companies', nl: 'bedrijven' },
    moreOpeners: {
      en: ' {count} more {count|member has|members have} these companies in {count|its|their} network and could join.',
      nl: ' Nog {count} {count|lid heeft|leden hebben} deze bedrijven in {count|het eigen|hun} netwerk en {count|kan|kunnen} aansluiten.',
    },
  },
  *generate(ctx) {
    for (const match of ctx.companyMatches) {
      const candidate = companyCandidate(match);
      if (candidate !== null) yield candidate;
    }
    yield* networkCandidates(ctx);
  },
};

/** The recommendation for one company of companies.csv, or null when nobody knows or serves it. */
function companyCandidate(match: CompanyMatch): Candidate | null {
  if (match.members.length === 0) return null;
  if (match.doorOpeners.length === 0 && match.covered.length === 0) return null;
  const openers = match.doorOpeners;
  const specialists = match.specialists.filter((s) => s.themes.length > 0);
  const specThemes = [...new Set(specialists.flatMap((s) => s.themes))].sort(cmp);
  const themes = match.covered.map((c) => c.theme);
  const template =
    openers.length === 0 ? 'companyNew' : specialists.length === 0 ? 'companyKnown' : 'company';
  const roles: MemberRole[] = [
    ...openers.map((m) => ({ member: m, role: 'door-opener' as const, themes: [] })),
    ...specialists.map((s) => ({ member: s.member, role: 'specialist' as const, themes: s.themes })),
  ];
  return {
    members: [...openers, ...specialists.map((s) => s.member)],
    country: match.countries.length === 1 ? (match.countries[0] ?? null) : null,
    countries: match.countries,
    sector: match.sector,
    themes,
    score: match.score,
    evidence: match.evidence,
    template,
    key: `company:${match.company}`,
    roles,
    vars: {
      members: v.members([...openers, ...specialists.map((s) => s.member)].sort(cmp)),
      openers: v.members(openers),
      specialists: v.members(specialists.map((s) => s.member)),
      company: match.company,
      themes: v.themes(themes),
      specThemes: v.themes(specThemes),
      uncovered:
        match.uncovered.length > 0 ? v.fragment('uncovered', { needs: v.themes(match.uncovered) }) : null,
      levels: {
        kind: 'levels',
        entries: match.covered.map((c) => ({ member: c.members[0] ?? '', theme: c.theme, level: c.level })),
      },
      drivers: { kind: 'drivers', ids: match.drivers },
      score: match.score,
    },
  };
}

/** Companies named in networks but not in companies.csv: one candidate per sector and set of members naming them. */
function* networkCandidates(ctx: GenerateContext): Iterable<Candidate> {
  const { index, params } = ctx;
  const maxExperts = params.maxExpertsPerNetwork ?? 3;
  const listed = listedTest(ctx.partnership.companies.map((c) => c.company));
  const maxOpeners = Math.max(1, params.maxOpeners ?? 5);
  const genericFactor = params.genericFactor ?? 0.8;
  const experts = expertLookups(denseIndex(index), params.expertLevel ?? 4);
  for (const sector of index.sectors) {
    const groups = openerGroups(index, sector, listed);
    if (groups.length === 0) continue;
    const wanted = wantedThemes(ctx, sector);
    for (const { openers, companies } of groups) {
      const keyed = openers.map((id) => ({
        id,
        strength: index.network(id, sector)?.strength ?? 0,
        weight: 0,
      }));
      // The specialists' mean level is at most 5: a group whose best score cannot make the list is skipped.
      const strength = Math.max(...keyed.map((k) => k.strength));
      if (ctx.floor?.cannotMake((genericFactor * (strength / 5 + 1)) / 2 + 1e-12)) continue;
      const named = openers.length > maxOpeners ? strongestMembers(keyed, maxOpeners) : openers;
      const chosen = bestSpecialists(experts, { named, all: openers }, wanted, maxExperts);
      if (chosen.length === 0) continue;
      yield networkCandidate(ctx, sector, { named, all: openers }, companies, chosen);
    }
  }
}

/**
 * The members of a sector grouped by the unlisted companies their networks name (a company network
 * that names none counts as the name ''): one group per set of members, its companies in name order.
 */
function openerGroups(
  index: PartnershipIndex,
  sector: string,
  listed: ((name: string) => boolean) | null,
): { openers: string[]; companies: string[] }[] {
  // company name (or '' for a company network that names none) -> members naming it
  const namedBy = new Map<string, string[]>();
  for (const m of index.membersInSector(sector)) {
    const network = index.network(m, sector);
    if (!network || !index.isMember(m)) continue;
    const names = listed === null ? [...network.companies] : network.companies.filter((c) => !listed(c));
    if (names.length === 0 && network.companyStrength > 0 && network.companies.length === 0) names.push('');
    for (const name of names) {
      const members = namedBy.get(name);
      if (members) members.push(m);
      else namedBy.set(name, [m]);
    }
  }
  const groups = new Map<string, { openers: string[]; companies: string[] }>();
  for (const [name, members] of [...namedBy].sort((a, b) => cmp(a[0], b[0]))) {
    const key = [...members].sort(cmp).join('\u0000');
    const group = groups.get(key) ?? { openers: [...members].sort(cmp), companies: [] };
    if (name !== '') group.companies.push(name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Whether a company name is one of companies.csv (folded names compared), each name folded once
 * (the same names recur in many networks); null when companies.csv lists none, so no name is folded.
 */
function listedTest(companies: readonly string[]): ((name: string) => boolean) | null {
  if (companies.length === 0) return null;
  const listed = new Set(companies.map(foldText));
  const seen = new Map<string, boolean>();
  return (name) => {
    let hit = seen.get(name);
    if (hit === undefined) {
      hit = listed.has(foldText(name));
      seen.set(name, hit);
    }
    return hit;
  };
}

/** The themes a sector's companies need (companies.csv of that sector), else the focus themes; sorted. */
function wantedThemes(ctx: GenerateContext, sector: string): readonly string[] {
  const sectorNeeds = [
    ...new Set(ctx.partnership.companies.filter((c) => c.sector === sector).flatMap((c) => c.needs)),
  ].sort(cmp);
  return sectorNeeds.length > 0 ? sectorNeeds : ctx.focusThemes;
}

/** Per member ordinal, over a list of themes: on how many it is an expert, and its summed level on them. */
interface Tally {
  readonly count: Int32Array;
  readonly sum: Int32Array;
}

/** The expert lookups of the network variant, built once per run. */
interface ExpertLookups {
  readonly d: DenseIndex;
  readonly expertLevel: number;
  /** Per theme ordinal: the members rated >= expertLevel, ascending. */
  readonly experts: readonly (readonly number[])[];
  /** Per member ordinal: the themes it is rated >= expertLevel on. */
  readonly strongOf: readonly (readonly number[])[];
  /** The tally of each wanted list seen (the focus themes, or a sector's needs). */
  readonly tallies: Map<readonly string[], Tally & { readonly ords: readonly number[] }>;
  /** Scratch tally and ranks of one group (reused). */
  readonly scratch: Tally;
}

function expertLookups(d: DenseIndex, expertLevel: number): ExpertLookups {
  const experts = membersAtLevel(d, expertLevel);
  const strongOf: number[][] = d.members.map(() => []);
  experts.forEach((list, t) => {
    for (const m of list) strongOf[m]!.push(t);
  });
  const M = d.members.length;
  const scratch = { count: new Int32Array(M), sum: new Int32Array(M) };
  return { d, expertLevel, experts, strongOf, tallies: new Map(), scratch };
}

/** Add (sign 1) or take away (sign -1) the experts of the themes (ordinals) to a tally. */
function addExperts(x: ExpertLookups, tally: Tally, themes: Iterable<number>, sign: number): void {
  const { level, themeCount: T } = x.d;
  for (const t of themes) {
    for (const m of x.experts[t]!) {
      tally.count[m]! += sign;
      tally.sum[m]! += sign * level[m * T + t]!;
    }
  }
}

/** The tally of every expert over the wanted themes, with their ordinals (-1 when no record names one); cached per list. */
function wantedTally(
  x: ExpertLookups,
  wanted: readonly string[],
): Tally & { readonly ords: readonly number[] } {
  let tally = x.tallies.get(wanted);
  if (tally === undefined) {
    const M = x.d.members.length;
    const ords = wanted.map((t) => x.d.themeOrd(t) ?? -1);
    tally = { count: new Int32Array(M), sum: new Int32Array(M), ords };
    addExperts(
      x,
      tally,
      ords.filter((t) => t >= 0),
      1,
    );
    x.tallies.set(wanted, tally);
  }
  return tally;
}

/** A member's offer to a network group: the lacking themes it is expert on, and its mean level on them. */
interface Specialist {
  readonly member: string;
  readonly themes: string[];
  readonly level: number;
}

/** The door openers of a network group: the ones named (at most maxOpeners) and all of them. */
interface Openers {
  readonly named: readonly string[];
  readonly all: readonly string[];
}

/**
 * The best `max` specialists for the wanted themes no named door opener is expert on (rated >=
 * expertLevel): most such themes, then highest mean level, then id; door openers (named or not)
 * never. The tally of the wanted themes less the themes the named door openers cover, so the
 * cost is their themes and one pass over the members, not every member on every theme.
 */
function bestSpecialists(
  x: ExpertLookups,
  openers: Openers,
  wanted: readonly string[],
  max: number,
): Specialist[] {
  const { d } = x;
  const covered = new Uint8Array(d.themeCount);
  for (const id of openers.named) for (const t of x.strongOf[d.memberOrd(id) ?? -1] ?? []) covered[t] = 1;
  const base = wantedTally(x, wanted);
  const { count, sum } = x.scratch;
  count.set(base.count);
  sum.set(base.sum);
  const lacking: number[] = []; // positions in `wanted`
  const coveredOrds: number[] = [];
  base.ords.forEach((t, i) => {
    if (t >= 0 && covered[t] === 1) coveredOrds.push(t);
    else lacking.push(i);
  });
  addExperts(x, x.scratch, coveredOrds, -1);
  for (const id of openers.all) {
    const m = d.memberOrd(id);
    if (m !== undefined) count[m] = 0;
  }
  return bestByRank(count, sum, max).map((m) => ({
    member: d.members[m]!,
    themes: lacking
      .filter((i) => base.ords[i]! >= 0 && d.level[m * d.themeCount + base.ords[i]!]! >= x.expertLevel)
      .map((i) => wanted[i]!),
    level: sum[m]! / count[m]!,
  }));
}

/**
 * The `max` members (ordinals) with a count > 0 ranked as topK ranks score = count + mean level
 * / 10 (equal to 1e-9 counts as equal), then ordinal (= id order); best first. A sorted list of
 * at most `max` filled in one pass (ordinals ascending, so a tie goes after the ones kept).
 *
 * @example
 * bestByRank(Int32Array.from([1, 2, 0, 2]), Int32Array.from([5, 8, 0, 9]), 2); // => [3, 1]
 */
export function bestByRank(count: Int32Array, sum: Int32Array, max: number): number[] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : count.length;
  const best: number[] = [];
  const ranks: number[] = [];
  if (limit === 0) return best;
  for (let m = 0; m < count.length; m++) {
    const n = count[m]!;
    if (n <= 0) continue;
    const r = Math.round((n + sum[m]! / n / 10) * 1e9);
    if (best.length === limit && r <= ranks[limit - 1]!) continue;
    let i = best.length;
    while (i > 0 && ranks[i - 1]! < r) i--;
    best.splice(i, 0, m);
    ranks.splice(i, 0, r);
    if (best.length > limit) {
      best.pop();
      ranks.pop();
    }
  }
  return best;
}

/**
 * The candidate of one network group with its chosen specialists: the named door openers; the
 * others are counted in the rationale, and the id stays the whole group's.
 */
function networkCandidate(
  ctx: GenerateContext,
  sector: string,
  group: Openers,
  companies: readonly string[],
  chosen: readonly Specialist[],
): Candidate {
  const { index, params } = ctx;
  const openers = group.named;
  const more = group.all.length - openers.length;
  const genericFactor = params.genericFactor ?? 0.8;
  const strength = Math.max(...openers.map((m) => index.network(m, sector)?.strength ?? 0));
  const meanLevel = chosen.reduce((s, o) => s + o.level, 0) / chosen.length;
  const specThemes = [...new Set(chosen.flatMap((o) => o.themes))].sort(cmp);
  const specialists = chosen.map((o) => o.member).sort(cmp);
  const companiesValue: RationaleValue = companies.length > 0 ? v.list(companies) : v.fragment('unnamed');
  return {
    members: [...openers, ...specialists],
    sector,
    themes: specThemes,
    score: (genericFactor * (strength / 5 + meanLevel / 5)) / 2,
    get evidence() {
      return [
        ...openers.flatMap((m) => index.network(m, sector)?.sources ?? []),
        ...chosen.flatMap((o) => o.themes.flatMap((t) => index.expertiseSources(o.member, t))),
      ];
    },
    key: `network:${group.all.join(',')}`,
    roles: [
      ...openers.map((m) => ({ member: m, role: 'door-opener' as const, themes: [] })),
      ...chosen.map((o) => ({ member: o.member, role: 'specialist' as const, themes: o.themes })),
    ],
    vars: {
      openers: v.members(openers),
      specialists: v.members(specialists),
      companies: companiesValue,
      moreOpeners: more > 0 ? v.fragment('moreOpeners', { count: more }) : null,
      sector: v.sector(sector),
      specThemes: v.themes(specThemes),
      strength,
      levels: {
        kind: 'levels',
        entries: chosen.flatMap((o) =>
          o.themes.map((t) => ({ member: o.member, theme: t, level: index.level(o.member, t) })),
        ),
      },
    },
  };
}
