import { labelOf } from '../country/labels.js';
import { safePairScores } from '../country/pairScores.js';
import { PRESENCE_WEIGHTS } from '../country/presence.js';
import { OptionsError } from '../errors.js';
import { countryName, resolveCountryOption } from '../normalise/countries.js';
import { defaultSectorTaxonomy, defaultThemeTaxonomy, type Taxonomy } from '../normalise/taxonomy.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { Labels } from '../schema/baseline.js';
import type { Partnership, PresenceKind } from '../schema/records.js';
import { type CoverProblem, EXACT_MAX_THEMES, exactCover, greedyBound, greedyCover } from './cover.js';
import { coalitionRationale } from './rationale.js';
import { resolveCategory } from './resolveRequest.js';
import {
  type CoalitionContribution,
  type CoalitionOptions,
  type CoalitionRequest,
  type CoalitionResult,
  type CoalitionScore,
  type CoalitionWeights,
  DEFAULT_COALITION_OPTIONS,
  DEFAULT_COALITION_WEIGHTS,
} from './types.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkWeight(option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new OptionsError(option, `${option} must be a finite number >= 0, got ${String(value)}.`);
  }
  return value;
}

function checkInt(option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new OptionsError(option, `${option} must be a whole number ${range}, got ${String(value)}.`);
  }
  return value;
}

/** One member that can cover at least one requested theme. */
interface Candidate {
  readonly id: string;
  readonly name: string;
  /** Rated level per target theme index (0 = below minLevel or not rated). */
  readonly levels: readonly number[];
  /** Per target theme index: covered by observed activity only (evidence 'observed'). */
  readonly observed: readonly boolean[];
  readonly covers: readonly number[];
  readonly presence: PresenceKind | null;
  readonly presenceWeight: number;
  readonly partners: readonly string[];
  readonly sectorStrength: number | null;
}

function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length === 0 ? 0 : s / xs.length;
}

/**
 * Build the smallest coalition of members that together cover the requested themes at
 * `minLevel` or higher, preferring members present in the requested country (office >
 * local partner > programme > network), with a network in the requested sector, with
 * high pairwise synergy and deep expertise.
 *
 * Rules:
 * - Candidates are the members with at least one requested theme at >= minLevel (with
 *   `requirePresence`, only those present in the country). A requested theme no candidate has
 *   is reported in `uncoverable` and does not block the rest.
 * - Minimum size first: among covers of minimum size the highest `score.total` wins; ties (to
 *   1e-9) go to the lexicographically first sorted list of member ids.
 * - Score = weighted mean of the components that apply (weights renormalised): presence (mean
 *   presence weight in the country; needs a country), sector (mean strength / 5; needs a
 *   sector), synergy (mean pair synergy; needs `scores` and two members), expertise (mean over
 *   covered themes of the best level / 5). Default weights 0.4 / 0.15 / 0.25 / 0.2.
 * - Search: with method 'auto', exact when there are <= 20 candidates and <= 12 coverable themes
 *   (subsets enumerated by increasing size, so the result is a true minimum, `bound` 1);
 *   otherwise the greedy set-cover heuristic (most new themes first, preference breaks ties,
 *   redundant members removed), whose size is at most ln(n) + 1 times the minimum for n themes
 *   (`bound`).
 * - With `maxSize` smaller than the minimum cover, the result has `maxSize` members
 *   covering as many themes as possible; the rest are in `uncovered`.
 *
 * Pure, deterministic (independent of record order) and browser-safe.
 *
 * @param partnership - the normalised partnership
 * @param request - the themes to cover and optionally a country, sector, minimum level and largest size (see {@link CoalitionRequest})
 * @param options - pair scores, labels, language, weights and search method; defaults in {@link DEFAULT_COALITION_OPTIONS}
 * @throws OptionsError for an unknown or ambiguous theme, sector or country (with "did you
 *   mean"), no themes, minLevel outside 1-5, maxSize < 1, negative weights, or method
 *   'exact' with more than 30 coverable themes
 * @example
 * const result = buildCoalition(partnership, { country: 'BD', themes: ['living wage', 'gbv'] }, { scores, labels });
 * result.members; // => ['FTA', 'SSF']
 * result.rationale.startsWith('Fair Threads Alliance and Shromik Shakti Foundation together cover living wage'); // => true
 */
export function buildCoalition(
  partnership: Partnership,
  request: CoalitionRequest,
  options: CoalitionOptions = {},
): CoalitionResult {
  const settings = coalitionSettings(request, options);
  const target = resolveTarget(partnership, request, settings);
  const { themes } = target;
  const candidates = findCandidates(partnership, target, settings);

  // Coverable themes get compact indices for the search.
  const coverable = themes.filter((_, t) => candidates.some((c) => coversTheme(c, t)));
  const uncoverable = themes.filter((t) => !coverable.includes(t));
  const evaluate = coalitionScorer(candidates, target, settings);
  const chosenMethod = searchMethod(settings, candidates.length, coverable.length);
  const problem = coverProblem(candidates, target, coverable, settings, evaluate);
  const limit = settings.maxSize ?? Number.POSITIVE_INFINITY;
  const solution = chosenMethod === 'exact' ? exactCover(problem, limit) : greedyCover(problem, limit);
  const chosen = solution.members;
  const covered = themes.filter((_, t) => chosen.some((i) => coversTheme(candidates[i]!, t)));
  const uncovered = coverable.filter((t) => !covered.includes(t));
  const contributions = contributionsOf(chosen, candidates, themes);
  const raw = evaluate.score(chosen);
  const score: CoalitionScore = {
    total: round6(raw.total),
    presence: raw.presence === null ? null : round6(raw.presence),
    synergy: raw.synergy === null ? null : round6(raw.synergy),
    sector: raw.sector === null ? null : round6(raw.sector),
    expertise: raw.expertise === null ? null : round6(raw.expertise),
  };
  const rationale = rationaleOf(target, settings, contributions, { covered, uncoverable, uncovered });
  return {
    country: target.country,
    sector: target.sector,
    themes,
    minLevel: settings.minLevel,
    evidence: target.observed ? 'observed' : 'rated',
    members: contributions.map((c) => c.member),
    contributions,
    covered,
    uncoverable,
    uncovered,
    score,
    method: chosenMethod,
    bound: chosenMethod === 'exact' ? 1 : greedyBound(coverable.length),
    candidates: candidates.length,
    rationale,
  };
}

/** The request's and options' settings with their defaults, checked. */
interface CoalitionSettings {
  readonly scores: CoalitionOptions['scores'];
  readonly labels: Labels | undefined;
  readonly lang: 'en' | 'nl';
  readonly themeTaxonomy: Taxonomy;
  readonly sectorTaxonomy: Taxonomy;
  readonly weights: CoalitionWeights;
  readonly presenceWeight: (kind: PresenceKind) => number;
  readonly requirePresence: boolean;
  readonly method: 'auto' | 'exact' | 'greedy';
  readonly exactMaxCandidates: number;
  readonly exactMaxThemes: number;
  readonly minLevel: number;
  readonly maxSize: number | null;
}

/** Every key of {@link CoalitionRequest} (the compiler keeps the list complete). */
const REQUEST_KEYS = Object.keys({
  country: true,
  evidence: true,
  maxSize: true,
  minLevel: true,
  sector: true,
  themes: true,
} satisfies Record<keyof CoalitionRequest, true>);

/** Every option key of {@link CoalitionOptions} (the compiler keeps the list complete). */
const OPTION_KEYS = Object.keys({
  exactMaxCandidates: true,
  exactMaxThemes: true,
  labels: true,
  lang: true,
  method: true,
  presenceWeights: true,
  requirePresence: true,
  scores: true,
  sectors: true,
  themes: true,
  weights: true,
} satisfies Record<keyof CoalitionOptions, true>);

/** Unknown keys in the request, the options and their weight tables fail with a "did you mean". */
function checkCoalitionKeys(request: CoalitionRequest, options: CoalitionOptions): void {
  const lang = options.lang === 'nl' ? 'nl' : 'en';
  checkOptionKeys(request, REQUEST_KEYS, 'request.', lang);
  checkOptionKeys(options, OPTION_KEYS, '', lang);
  checkOptionKeys(options.weights, Object.keys(DEFAULT_COALITION_WEIGHTS), 'weights.', lang);
  checkOptionKeys(options.presenceWeights, Object.keys(PRESENCE_WEIGHTS), 'presenceWeights.', lang);
}

function coalitionSettings(request: CoalitionRequest, options: CoalitionOptions): CoalitionSettings {
  checkCoalitionKeys(request, options);
  const {
    scores,
    labels,
    lang = DEFAULT_COALITION_OPTIONS.lang,
    themes: themeTaxonomy = defaultThemeTaxonomy(),
    sectors: sectorTaxonomy = defaultSectorTaxonomy(),
    weights: weightOverrides = {},
    presenceWeights: presenceOverrides = {},
    requirePresence = DEFAULT_COALITION_OPTIONS.requirePresence,
    method = DEFAULT_COALITION_OPTIONS.method,
    exactMaxCandidates = DEFAULT_COALITION_OPTIONS.exactMaxCandidates,
    exactMaxThemes = DEFAULT_COALITION_OPTIONS.exactMaxThemes,
  } = options;
  const { minLevel = DEFAULT_COALITION_OPTIONS.minLevel } = request;
  checkInt('request.minLevel', minLevel, 1, 5);
  const maxSize =
    request.maxSize === undefined
      ? null
      : checkInt('request.maxSize', request.maxSize, 1, Number.MAX_SAFE_INTEGER);
  if (!Array.isArray(request.themes) || request.themes.length === 0) {
    throw new OptionsError('request.themes', 'name at least one theme the coalition must cover.');
  }
  if (lang !== 'en' && lang !== 'nl')
    throw new OptionsError('lang', `lang must be 'en' or 'nl', got ${String(lang)}.`);
  if (method !== 'auto' && method !== 'exact' && method !== 'greedy') {
    throw new OptionsError('method', `method must be 'auto', 'exact' or 'greedy', got ${String(method)}.`);
  }
  const weights: CoalitionWeights = {
    presence: checkWeight('weights.presence', weightOverrides.presence ?? DEFAULT_COALITION_WEIGHTS.presence),
    synergy: checkWeight('weights.synergy', weightOverrides.synergy ?? DEFAULT_COALITION_WEIGHTS.synergy),
    sector: checkWeight('weights.sector', weightOverrides.sector ?? DEFAULT_COALITION_WEIGHTS.sector),
    expertise: checkWeight(
      'weights.expertise',
      weightOverrides.expertise ?? DEFAULT_COALITION_WEIGHTS.expertise,
    ),
  };
  const presenceWeight = (kind: PresenceKind): number =>
    checkWeight(`presenceWeights.${kind}`, presenceOverrides[kind] ?? PRESENCE_WEIGHTS[kind]);
  return {
    scores,
    labels,
    lang,
    themeTaxonomy,
    sectorTaxonomy,
    weights,
    presenceWeight,
    requirePresence,
    method,
    exactMaxCandidates,
    exactMaxThemes,
    minLevel,
    maxSize,
  };
}

/** Whether a candidate covers the target theme index: a rated level >= minLevel, or observed activity. */
function coversTheme(c: Candidate, t: number): boolean {
  return c.levels[t]! > 0 || c.observed[t]!;
}

/** Whether observed activity covers a theme: as asked, or (auto) when no expertise record is rated. */
function observedCovers(partnership: Partnership, evidence: CoalitionRequest['evidence']): boolean {
  const asked = evidence ?? DEFAULT_COALITION_OPTIONS.evidence;
  if (asked !== 'auto' && asked !== 'rated' && asked !== 'observed') {
    throw new OptionsError(
      'request.evidence',
      `evidence must be 'auto', 'rated' or 'observed', got ${String(asked)}.`,
    );
  }
  if (asked !== 'auto') return asked === 'observed';
  return partnership.expertise.length > 0 && partnership.expertise.every((e) => e.level === null);
}

/** The requested country, sector and themes, resolved to ids. */
interface CoalitionTarget {
  /** Whether observed activity covers a theme (evidence 'observed'). */
  readonly observed: boolean;
  readonly country: string | null;
  readonly sector: string | null;
  /** Distinct theme ids in request order. */
  readonly themes: readonly string[];
  readonly themeIndex: ReadonlyMap<string, number>;
}

function resolveTarget(
  partnership: Partnership,
  request: CoalitionRequest,
  settings: CoalitionSettings,
): CoalitionTarget {
  const { labels, lang } = settings;
  const country =
    request.country === undefined ? null : resolveCountryOption(request.country, 'request.country', lang);
  const sector =
    request.sector === undefined
      ? null
      : resolveCategory(request.sector, {
          knownIds: new Set(partnership.sectors.map((s) => s.sector)),
          taxonomy: settings.sectorTaxonomy,
          ...(labels ? { labels: labels.sectors } : {}),
          option: 'request.sector',
          noun: 'sector',
          lang,
        });
  const themeContext = {
    knownIds: new Set(partnership.expertise.map((e) => e.theme)),
    taxonomy: settings.themeTaxonomy,
    ...(labels ? { labels: labels.themes } : {}),
    option: 'request.themes',
    noun: 'theme',
    lang,
  };
  const themes: string[] = [];
  for (const label of request.themes) {
    const id = resolveCategory(label, themeContext);
    if (!themes.includes(id)) themes.push(id);
  }
  return {
    observed: observedCovers(partnership, request.evidence),
    country,
    sector,
    themes,
    themeIndex: new Map(themes.map((t, i) => [t, i])),
  };
}

/** The members that cover at least one requested theme at minLevel, in member id order. */
function findCandidates(
  partnership: Partnership,
  target: CoalitionTarget,
  settings: CoalitionSettings,
): Candidate[] {
  const { country, sector, themes, themeIndex } = target;
  const levels = new Map<string, number[]>();
  const observed = new Map<string, boolean[]>();
  for (const e of partnership.expertise) {
    const t = themeIndex.get(e.theme);
    if (t === undefined) continue;
    if (e.level === null) {
      // Observed activity (no level) covers a theme only when the evidence asked for says so.
      if (!target.observed) continue;
      const seen = observed.get(e.member) ?? new Array<boolean>(themes.length).fill(false);
      seen[t] = true;
      observed.set(e.member, seen);
      if (!levels.has(e.member)) levels.set(e.member, new Array<number>(themes.length).fill(0));
      continue;
    }
    if (e.level < settings.minLevel) continue;
    const row = levels.get(e.member) ?? new Array<number>(themes.length).fill(0);
    row[t] = Math.max(row[t]!, e.level);
    levels.set(e.member, row);
  }
  const geographyOf = new Map<string, Partnership['geography'][number][]>();
  if (country !== null) {
    for (const g of partnership.geography) {
      if (g.country !== country) continue;
      const list = geographyOf.get(g.member) ?? [];
      list.push(g);
      geographyOf.set(g.member, list);
    }
  }
  const strengthOf = new Map<string, number>();
  if (sector !== null) {
    for (const x of partnership.sectors) {
      if (x.sector === sector) strengthOf.set(x.member, Math.max(strengthOf.get(x.member) ?? 0, x.strength));
    }
  }
  const candidates: Candidate[] = [];
  for (const m of [...partnership.members].sort((a, b) => cmp(a.id, b.id))) {
    const row = levels.get(m.id);
    if (!row) continue;
    let presence: PresenceKind | null = null;
    let weight = 0;
    const partners = new Set<string>();
    if (country !== null) {
      for (const g of geographyOf.get(m.id) ?? []) {
        const w = settings.presenceWeight(g.presence);
        if (presence === null || w > weight || (w === weight && g.presence < presence)) {
          presence = g.presence;
          weight = w;
        }
        for (const p of g.partners) partners.add(p);
      }
      if (settings.requirePresence && presence === null) continue;
    }
    const strength = strengthOf.get(m.id) ?? null;
    // Observed covers a theme only where no rating of minLevel does.
    const seenRow = observed.get(m.id);
    const seen = row.map((level, t) => level === 0 && (seenRow?.[t] ?? false));
    candidates.push({
      id: m.id,
      name: m.name,
      levels: row,
      observed: seen,
      covers: row.flatMap((level, t) => (level > 0 || seen[t] ? [t] : [])),
      presence,
      presenceWeight: weight,
      partners: [...partners].sort(cmp),
      sectorStrength: strength,
    });
  }
  return candidates;
}

/** The score of a set of candidates, and the (cached) synergy of a pair of them. */
interface CoalitionScorer {
  readonly score: (members: readonly number[]) => CoalitionScore;
  /** Null without pair scores. */
  readonly synergyOf: ((a: number, b: number) => number) | null;
}

function coalitionScorer(
  candidates: readonly Candidate[],
  target: CoalitionTarget,
  settings: CoalitionSettings,
): CoalitionScorer {
  const { country, sector, themes } = target;
  const { weights } = settings;
  const safe = settings.scores ? safePairScores(settings.scores) : null;
  const pairCache = new Map<number, number>();
  const synergyOf = (a: number, b: number): number => {
    const key = a < b ? a * candidates.length + b : b * candidates.length + a;
    let v = pairCache.get(key);
    if (v === undefined) {
      v = safe ? safe.synergy(candidates[a]!.id, candidates[b]!.id) : 0;
      pairCache.set(key, v);
    }
    return v;
  };
  const score = (members: readonly number[]): CoalitionScore => {
    const presence = country === null ? null : mean(members.map((i) => candidates[i]!.presenceWeight));
    const sectorFit =
      sector === null ? null : mean(members.map((i) => (candidates[i]!.sectorStrength ?? 0) / 5));
    let synergy: number | null = null;
    if (safe && members.length >= 2) {
      const pairs: number[] = [];
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) pairs.push(synergyOf(members[x]!, members[y]!));
      }
      synergy = mean(pairs);
    }
    const best: number[] = [];
    for (const t of themes.keys()) {
      let top = 0;
      for (const i of members) top = Math.max(top, candidates[i]!.levels[t]!);
      if (top > 0) best.push(top / 5);
    }
    const expertise = best.length === 0 ? null : mean(best);
    const parts: [number, number | null][] = [
      [weights.presence, presence],
      [weights.sector, sectorFit],
      [weights.synergy, synergy],
      [weights.expertise, expertise],
    ];
    let num = 0;
    let den = 0;
    for (const [w, v] of parts) {
      if (v === null) continue;
      num += w * v;
      den += w;
    }
    const total = members.length === 0 || den === 0 ? 0 : num / den;
    return { total, presence, synergy, sector: sectorFit, expertise };
  };
  return { score, synergyOf: safe ? synergyOf : null };
}

/** The set-cover problem of the coverable themes, for exactCover and greedyCover. */
function coverProblem(
  candidates: readonly Candidate[],
  target: CoalitionTarget,
  coverable: readonly string[],
  settings: CoalitionSettings,
  scorer: CoalitionScorer,
): CoverProblem {
  const { country, sector, themeIndex } = target;
  const { weights } = settings;
  const compact = new Map(coverable.map((t, i) => [themeIndex.get(t)!, i]));
  const { synergyOf } = scorer;
  return {
    themes: coverable.length,
    covers: candidates.map((c) => c.covers.map((t) => compact.get(t)!)),
    score: (members) => scorer.score(members).total,
    preference: (c, chosen, fresh) => {
      const cand = candidates[c]!;
      let p = 0;
      if (country !== null) p += weights.presence * cand.presenceWeight;
      if (sector !== null) p += (weights.sector * (cand.sectorStrength ?? 0)) / 5;
      if (synergyOf && chosen.length > 0) p += weights.synergy * mean(chosen.map((o) => synergyOf(c, o)));
      p += (weights.expertise * mean(fresh.map((t) => cand.levels[themeIndex.get(coverable[t]!)!]!))) / 5;
      return p;
    },
  };
}

/** Exact or greedy: as asked, or (auto) exact for small enough problems. */
function searchMethod(
  settings: CoalitionSettings,
  candidates: number,
  coverable: number,
): 'exact' | 'greedy' {
  const { method } = settings;
  const chosen: 'exact' | 'greedy' =
    method === 'exact'
      ? 'exact'
      : method === 'greedy'
        ? 'greedy'
        : candidates <= settings.exactMaxCandidates && coverable <= settings.exactMaxThemes
          ? 'exact'
          : 'greedy';
  if (chosen === 'exact' && coverable > EXACT_MAX_THEMES) {
    if (method === 'exact') {
      throw new OptionsError(
        'method',
        `exact search handles at most ${EXACT_MAX_THEMES} coverable themes; ${coverable} were requested. Use 'greedy' or 'auto'.`,
      );
    }
    return 'greedy';
  }
  return chosen;
}

/** What each chosen member brings: its themes, those only it covers, presence and sector. */
function contributionsOf(
  chosen: readonly number[],
  candidates: readonly Candidate[],
  themes: readonly string[],
): CoalitionContribution[] {
  return chosen.map((i) => {
    const c = candidates[i]!;
    const own = themes.flatMap((theme, t) =>
      coversTheme(c, t) ? [{ theme, level: c.levels[t]! > 0 ? c.levels[t]! : null }] : [],
    );
    const unique = own
      .filter((_, k) => {
        const t = themes.indexOf(own[k]!.theme);
        return !chosen.some((o) => o !== i && coversTheme(candidates[o]!, t));
      })
      .map((x) => x.theme);
    return {
      member: c.id,
      name: c.name,
      themes: own,
      unique,
      presence: c.presence,
      presenceWeight: c.presenceWeight,
      partners: c.partners,
      sectorStrength: c.sectorStrength,
    };
  });
}

/** The coalition's rationale sentence, with display labels in the requested language. */
function rationaleOf(
  target: CoalitionTarget,
  settings: CoalitionSettings,
  contributions: readonly CoalitionContribution[],
  themes: { covered: readonly string[]; uncoverable: readonly string[]; uncovered: readonly string[] },
): string {
  const { country, sector } = target;
  const { labels, lang } = settings;
  const themeLabel = (id: string) =>
    displayLabel(labels, 'themes', id, lang, () => settings.themeTaxonomy.label(id, lang));
  return coalitionRationale(
    {
      members: contributions.map((c) => c.name),
      covered: themes.covered.map(themeLabel),
      uncoverable: themes.uncoverable.map(themeLabel),
      uncovered: themes.uncovered.map(themeLabel),
      country:
        country === null
          ? null
          : displayLabel(labels, 'countries', country, lang, () => countryName(country, lang)),
      sector:
        sector === null
          ? null
          : displayLabel(labels, 'sectors', sector, lang, () => settings.sectorTaxonomy.label(sector, lang)),
      present: contributions.filter((c) => c.presence !== null).length,
      minLevel: settings.minLevel,
      maxSize: settings.maxSize,
      observed: target.observed,
    },
    lang,
  );
}

/** Round an output score to 6 decimals (no -0), so float noise never shows. */
function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

function displayLabel(
  labels: Labels | undefined,
  group: keyof Labels,
  id: string,
  lang: 'en' | 'nl',
  fallback: () => string,
): string {
  const fromLabels = labelOf(labels, group, id, lang);
  return fromLabels === id ? fallback() : fromLabels;
}
