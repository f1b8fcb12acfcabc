import { type PairScores, safePairScores } from '../country/pairScores.js';
import { OptionsError } from '../errors.js';
import { foldText } from '../normalise/fold.js';
import { cmp } from '../normalise/issue.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { CompanyRecord, Driver, Partnership, SourceRef } from '../schema/records.js';
import { mergeEvidence } from './evidence.js';
import { indexPartnership, type PartnershipIndex } from './partnershipIndex.js';
import { placeSources } from './placeSources.js';

/**
 * Options of {@link matchCompanies}. Defaults in {@link DEFAULT_MATCH_COMPANIES_OPTIONS}.
 *
 * @example
 * const options: MatchCompaniesOptions = { minLevel: 3, expertLevel: 4, partialCredit: 0.75 };
 * matchCompanies(partnership, scores, options).length === matchCompanies(partnership, scores).length; // => true
 */
export interface MatchCompaniesOptions {
  /** Lowest level at which a member covers a need. Default 3. */
  readonly minLevel?: number;
  /** Level at which a member covers a need fully (preferred). Default 4. */
  readonly expertLevel?: number;
  /** Coverage credit of a need covered at minLevel but below expertLevel. Default 0.75. */
  readonly partialCredit?: number;
}

/** Every option key of {@link MatchCompaniesOptions} (the compiler keeps the list complete). */
export const MATCH_COMPANIES_OPTION_KEYS: readonly string[] = Object.keys({
  expertLevel: true,
  minLevel: true,
  partialCredit: true,
} satisfies Record<keyof MatchCompaniesOptions, true>);

/** Defaults of {@link MatchCompaniesOptions}. */
export const DEFAULT_MATCH_COMPANIES_OPTIONS = Object.freeze({
  minLevel: 3,
  expertLevel: 4,
  partialCredit: 0.75,
});

/** A need of a company covered by the coalition. */
export interface CoveredNeed {
  /** Theme id. */
  readonly theme: string;
  /** The best level in the coalition. */
  readonly level: number;
  /** Coalition members at that level, sorted. */
  readonly members: readonly string[];
}

/** Which coalition members serve one of the company's engagement drivers. */
export interface DriverMatch {
  readonly driver: Driver;
  /**
   * strategy: the members of broadest coverage (most needs covered), for a
   * long-term programme; issue: the members expert (>= expertLevel) on a needed
   * theme; opportunity: the members with a company or IRBC network in the
   * company's sector; geography: the members present in the company's countries.
   * Empty when no coalition member serves the driver.
   */
  readonly members: readonly string[];
}

/**
 * The member coalition matched to one company.
 * @example
 * const dhaka: CompanyMatch | undefined = matchCompanies(partnership, scores).find((m) => m.company === 'Dhaka Knit Exports Ltd');
 * [dhaka?.members, dhaka?.doorOpeners, dhaka?.uncovered]; // => [['FTA', 'HDN', 'SSF'], ['HDN', 'SSF'], []]
 * dhaka?.score; // => ~0.8464
 */
export interface CompanyMatch {
  readonly company: string;
  readonly sector: string | null;
  readonly countries: readonly string[];
  readonly drivers: readonly Driver[];
  /** The company's needs (theme ids), de-duplicated, sorted. */
  readonly needs: readonly string[];
  /**
   * The coalition, sorted by id: the door openers, then the specialists the open needs call for
   * (empty when nobody knows the company and no member covers any need).
   */
  readonly members: readonly string[];
  /** Members whose sector networks name the company (they open the door), sorted; never left out. */
  readonly doorOpeners: readonly string[];
  /** The other coalition members with the needs each covers (level >= minLevel), sorted by member. */
  readonly specialists: readonly { readonly member: string; readonly themes: readonly string[] }[];
  /** Needs the coalition covers, sorted by theme. */
  readonly covered: readonly CoveredNeed[];
  /** Needs nobody in the partnership covers at minLevel, sorted. */
  readonly uncovered: readonly string[];
  /** One entry per company driver, in the company's order. */
  readonly serves: readonly DriverMatch[];
  /**
   * coverage * (0.4 + 0.4 * meanFit + 0.2 * known), in [0, 1], full precision. coverage = sum
   * over needs of credit (1 at expertLevel, partialCredit at minLevel, else 0) / number of
   * needs; fit(m) = mean of the available parts max presence weight of m in the
   * company's countries and strength(m, sector) / 5 (1 when the company names
   * neither); meanFit over the coalition; known = 1 when a member's network names the company
   * (an existing relationship), else 0. 0 when there are no needs or no coalition.
   */
  readonly score: number;
  /** Source rows: the company row, the coalition's expertise rows on covered needs, presence and sector rows. */
  readonly evidence: readonly SourceRef[];
}

function checkOptions(minLevel: number, expertLevel: number, partialCredit: number): void {
  if (!Number.isFinite(minLevel) || minLevel < 0 || minLevel > 5) {
    throw new OptionsError('minLevel', `minLevel must be a number from 0 to 5, got ${minLevel}.`);
  }
  if (!Number.isFinite(expertLevel) || expertLevel < minLevel || expertLevel > 5) {
    throw new OptionsError('expertLevel', `expertLevel must be from minLevel to 5, got ${expertLevel}.`);
  }
  if (!Number.isFinite(partialCredit) || partialCredit < 0 || partialCredit > 1) {
    throw new OptionsError('partialCredit', `partialCredit must be in [0, 1], got ${partialCredit}.`);
  }
}

/**
 * How well a member fits a company's context: mean of max presence weight in the
 * company's countries and sector strength / 5 (the parts the company names), 1 if it names neither.
 */
function fitOf(index: PartnershipIndex, member: string, company: CompanyRecord): number {
  const parts: number[] = [];
  if (company.countries.length > 0) {
    let best = 0;
    for (const c of company.countries) best = Math.max(best, index.presence(member, c)?.weight ?? 0);
    parts.push(best);
  }
  if (company.sector !== null) parts.push((index.network(member, company.sector)?.strength ?? 0) / 5);
  return parts.length === 0 ? 1 : parts.reduce((s, x) => s + x, 0) / parts.length;
}

/**
 * Which members of a coalition serve each of the company's drivers: strategy (who covers the
 * most needs), issue (an expert on a need), opportunity (a company or IRBC network in the
 * sector), else presence in the company's countries.
 */
function driverMatches(
  index: PartnershipIndex,
  company: CompanyRecord,
  members: readonly string[],
  needs: readonly string[],
  minLevel: number,
  expertLevel: number,
): DriverMatch[] {
  const coverCount = new Map(
    members.map((m) => [m, needs.filter((t) => index.level(m, t) >= minLevel).length]),
  );
  const maxCover = Math.max(0, ...coverCount.values());
  return [...new Set(company.drivers)].map((driver) => {
    let who: string[];
    switch (driver) {
      case 'strategy':
        who = members.filter((m) => maxCover > 0 && coverCount.get(m) === maxCover);
        break;
      case 'issue':
        who = members.filter((m) => needs.some((t) => index.level(m, t) >= expertLevel));
        break;
      case 'opportunity':
        who = members.filter((m) => {
          const sectors = company.sector === null ? index.sectorsOf(m) : [company.sector];
          return sectors.some((s) => {
            const kinds = index.network(m, s)?.kinds ?? [];
            return kinds.includes('companies') || kinds.includes('irbc_agreement');
          });
        });
        break;
      default:
        who = members.filter((m) => company.countries.some((c) => index.presence(m, c) !== undefined));
    }
    return { driver, members: who };
  });
}

function matchOne(
  index: PartnershipIndex,
  scores: PairScores,
  company: CompanyRecord,
  minLevel: number,
  expertLevel: number,
  partialCredit: number,
  knownBy: ReadonlyMap<string, readonly string[]>,
): CompanyMatch {
  const needs = [...new Set(company.needs)].sort(cmp);
  const doorOpeners = [...(knownBy.get(foldText(company.company)) ?? [])].filter((m) => index.isMember(m));
  const credit = (member: string, theme: string): number => {
    const level = index.level(member, theme);
    return level >= expertLevel ? 1 : level >= minLevel ? partialCredit : 0;
  };
  const fit = new Map<string, number>();
  for (const m of index.memberIds) if (index.isMember(m)) fit.set(m, fitOf(index, m, company));
  const candidates = [...fit.keys()];

  // Start from the members that know the company; then greedy set cover of the needs they leave
  // open: most newly covered needs, then credit weighted by fit, then fit, then synergy with the
  // coalition so far, then id.
  const coalition: string[] = [...doorOpeners];
  const open = new Set(needs.filter((t) => !doorOpeners.some((m) => credit(m, t) > 0)));
  while (open.size > 0) {
    let best: { id: string; count: number; weighted: number; fit: number; synergy: number } | null = null;
    for (const id of candidates) {
      if (coalition.includes(id)) continue;
      let count = 0;
      let sum = 0;
      for (const t of open) {
        const c = credit(id, t);
        if (c > 0) {
          count += 1;
          sum += c;
        }
      }
      if (count === 0) continue;
      const f = fit.get(id) ?? 0;
      const weighted = sum * (0.5 + 0.5 * f);
      const synergy =
        coalition.length === 0
          ? 0
          : coalition.reduce((s, o) => s + scores.synergy(id, o), 0) / coalition.length;
      const better =
        best === null ||
        count > best.count ||
        (count === best.count &&
          (weighted > best.weighted + 1e-9 ||
            (Math.abs(weighted - best.weighted) <= 1e-9 &&
              (f > best.fit + 1e-9 || (Math.abs(f - best.fit) <= 1e-9 && synergy > best.synergy + 1e-9)))));
      if (better) best = { id, count, weighted, fit: f, synergy };
    }
    if (best === null) break;
    coalition.push(best.id);
    for (const t of [...open]) if (credit(best.id, t) > 0) open.delete(t);
  }
  // Drop members made redundant by later picks (no need loses coverage or credit).
  const bestCredit = (members: readonly string[], t: string): number =>
    members.reduce((b, m) => Math.max(b, credit(m, t)), 0);
  for (let i = coalition.length - 1; i >= doorOpeners.length; i--) {
    const without = coalition.filter((_, j) => j !== i);
    if (needs.every((t) => bestCredit(without, t) >= bestCredit(coalition, t))) coalition.splice(i, 1);
  }
  const members = [...coalition].sort(cmp);

  const covered: CoveredNeed[] = [];
  const uncovered: string[] = [];
  let creditSum = 0;
  for (const t of needs) {
    const level = members.reduce((b, m) => Math.max(b, index.level(m, t)), 0);
    if (level >= minLevel && members.length > 0) {
      covered.push({ theme: t, level, members: members.filter((m) => index.level(m, t) === level) });
      creditSum += bestCredit(members, t);
    } else uncovered.push(t);
  }
  const meanFit =
    members.length === 0 ? 0 : members.reduce((s, m) => s + (fit.get(m) ?? 0), 0) / members.length;
  const known = doorOpeners.length > 0 ? 1 : 0;
  const score =
    needs.length === 0 || members.length === 0
      ? 0
      : (creditSum / needs.length) * (0.4 + 0.4 * meanFit + 0.2 * known);
  const specialists = members
    .filter((m) => !doorOpeners.includes(m))
    .map((m) => ({ member: m, themes: needs.filter((t) => index.level(m, t) >= minLevel) }));

  const serves = driverMatches(index, company, members, needs, minLevel, expertLevel);

  const evidence = mergeEvidence(
    company.sources,
    ...members.flatMap((m) =>
      covered.map((c) => (index.level(m, c.theme) >= minLevel ? index.expertiseSources(m, c.theme) : [])),
    ),
    ...members.flatMap((m) => company.countries.map((c) => placeSources(index, m, c))),
    ...members.map((m) => (company.sector === null ? [] : (index.network(m, company.sector)?.sources ?? []))),
    ...doorOpeners.flatMap((m) => index.sectorsOf(m).map((s) => namingSources(index, m, s, company.company))),
  );
  return {
    company: company.company,
    sector: company.sector,
    countries: [...new Set(company.countries)].sort(cmp),
    drivers: [...new Set(company.drivers)],
    needs,
    members,
    doorOpeners,
    specialists,
    covered,
    uncovered,
    serves,
    score,
    evidence,
  };
}

/**
 * Match each company of `partnership.companies` to a member coalition: the members whose
 * sector networks name the company (door openers, never left out), plus the smallest set of
 * specialists that best covers the needs they leave open (themes at level >= minLevel, experts
 * at >= expertLevel preferred) in its countries and sector. Greedy set cover: each
 * step adds the member covering the most open needs, ties broken by coverage
 * credit weighted by fit (presence in the company's countries, network strength
 * in its sector), then fit, then synergy with the members already chosen, then
 * id; afterwards members made redundant are dropped. Each match says which
 * coalition members serve each of the company's drivers and which needs remain
 * uncovered.
 *
 * Companies are returned in input order; a company without needs gets an empty
 * coalition and score 0.
 *
 * @param partnership - the normalised partnership; its `companies` are matched
 * @param scores - pair scores (synergy breaks ties between equally good members)
 * @param options - levels and credit; defaults on {@link MatchCompaniesOptions}
 * @throws OptionsError for levels outside 0-5 or a partialCredit outside [0, 1]
 * @example
 * const matches = matchCompanies(partnership, scores);
 * matches.map((m) => [m.company, m.members]);
 * // => [['Anatolia Denim Mills', ['FTA', 'HDN', 'SJH']], ['Dhaka Knit Exports Ltd', ['FTA', 'HDN', 'SSF']],
 * //     ['Kakao Kust Trading', ['AER', 'GHB', 'KMK', 'SJH']], ['Noorderlicht Fashion', ['FTA', 'HDN', 'SEW']],
 * //     ['Rift Valley Roses', ['SRR', 'VAW']]]
 */
export function matchCompanies(
  partnership: Partnership,
  scores: PairScores,
  options: MatchCompaniesOptions = {},
): CompanyMatch[] {
  checkOptionKeys(options, MATCH_COMPANIES_OPTION_KEYS);
  return matchCompaniesIndexed(partnership, scores, options, indexPartnership(partnership));
}

/** {@link matchCompanies} over a prebuilt index (internal: recommend shares one index). */
export function matchCompaniesIndexed(
  partnership: Partnership,
  scores: PairScores,
  options: MatchCompaniesOptions,
  index: PartnershipIndex,
): CompanyMatch[] {
  const {
    minLevel = DEFAULT_MATCH_COMPANIES_OPTIONS.minLevel,
    expertLevel = DEFAULT_MATCH_COMPANIES_OPTIONS.expertLevel,
    partialCredit = DEFAULT_MATCH_COMPANIES_OPTIONS.partialCredit,
  } = options;
  checkOptions(minLevel, expertLevel, partialCredit);
  // Without companies.csv there is nothing to match: no pass over every network's company names.
  if (partnership.companies.length === 0) return [];
  const safe = safePairScores(scores);
  const knownBy = companiesKnownBy(index);
  return partnership.companies.map((c) =>
    matchOne(index, safe, c, minLevel, expertLevel, partialCredit, knownBy),
  );
}

/**
 * Which members' sector networks name each company: folded company name -> member ids, sorted.
 * @example
 * companiesKnownBy(indexPartnership(partnership)).get('noorderlicht fashion'); // => ['FTA', 'SEW']
 */
export function companiesKnownBy(index: PartnershipIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of index.memberIds) {
    if (!index.isMember(m)) continue;
    for (const s of index.sectorsOf(m)) {
      for (const name of index.network(m, s)?.companies ?? []) {
        const key = foldText(name);
        const list = out.get(key) ?? [];
        if (!list.includes(m)) list.push(m);
        out.set(key, list);
      }
    }
  }
  for (const list of out.values()) list.sort(cmp);
  return out;
}

/** The member's network rows in the sector when they name the company (else none). */
function namingSources(
  index: PartnershipIndex,
  member: string,
  sector: string,
  company: string,
): readonly SourceRef[] {
  const network = index.network(member, sector);
  if (!network?.companies.some((c) => foldText(c) === foldText(company))) return [];
  return network.sources;
}
