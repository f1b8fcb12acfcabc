import type { Lang } from '../country/labels.js';
import type { PairScores } from '../country/pairScores.js';
import type { CountryView, Labels } from '../schema/baseline.js';
import type { Driver, Partnership, SourceRef } from '../schema/records.js';
import type { CompanyMatch } from './companies.js';
import type { PartnershipIndex } from './partnershipIndex.js';

/**
 * A text in English and Dutch (titles and templates of a recommendation kind).
 * @example
 * const title: LocalText = { en: 'Joint lobby toward a sector', nl: 'Gezamenlijke lobby richting een sector' };
 * describeCatalogue().find((k) => k.id === 'joint-lobby')?.title; // => title
 */
export interface LocalText {
  readonly en: string;
  readonly nl: string;
}

/**
 * Metadata of a sector id (the taxonomy's `irbc` agreement name, if the sector is covered by one),
 * as the `sectorInfo` option of {@link recommend} returns it.
 * @example
 * const info: SectorInfo = { irbc: 'Dutch Agreement on Sustainable Garments and Textile' };
 * info.irbc?.startsWith('Dutch'); // => true
 */
export interface SectorInfo {
  readonly irbc?: string;
}

/**
 * A value a rationale placeholder is filled with. Ids are rendered as display
 * text by the renderer: member ids as member names, theme/sector/country ids as
 * labels in the rationale's language (falling back to the id); lists are joined
 * "A, B and C" (en) or "A, B en C" (nl); numbers use the language's decimal mark.
 * `null` renders as the empty string (an absent optional fragment).
 */
export type RationaleValue =
  | null
  | string
  | number
  | { readonly kind: 'member'; readonly id: string }
  /** Member names; `tagged` adds each member's kind where known: "Alpha (UN agency)". */
  | { readonly kind: 'members'; readonly ids: readonly string[]; readonly tagged?: boolean }
  /** Areas of a country by id: "Kandahar and Spin Boldak (Kandahar)"; more than four end in "and N more". */
  | { readonly kind: 'areas'; readonly country: string; readonly ids: readonly string[] }
  | { readonly kind: 'theme'; readonly id: string }
  | { readonly kind: 'themes'; readonly ids: readonly string[] }
  | { readonly kind: 'sector'; readonly id: string }
  | { readonly kind: 'country'; readonly id: string }
  | { readonly kind: 'countries'; readonly ids: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'text'; readonly en: string; readonly nl: string }
  | { readonly kind: 'drivers'; readonly ids: readonly Driver[] }
  /** Levels per member (and theme): "A level 5 and B level 4"; a null level reads "observed". */
  | {
      readonly kind: 'levels';
      readonly entries: readonly {
        readonly member: string;
        readonly theme: string;
        readonly level: number | null;
      }[];
    }
  /** Level gaps per theme: "level 5 against 2" / "living wage 5 against none". */
  | {
      readonly kind: 'gaps';
      readonly entries: readonly { readonly theme: string; readonly from: number; readonly to: number }[];
    }
  /** What each member brings: "A brings X and B brings Y". */
  | {
      readonly kind: 'contributions';
      readonly entries: readonly { readonly member: string; readonly themes: readonly string[] }[];
    }
  /** A named fragment of the kind's `fragments`, rendered with its own variables. */
  | {
      readonly kind: 'fragment';
      readonly name: string;
      readonly vars: Readonly<Record<string, RationaleValue>>;
    };

/**
 * One candidate recommendation a kind's `generate` yields. The engine sorts and
 * de-duplicates members, themes and evidence, multiplies the score by the kind's
 * weight, clamps it to [0, 1] (non-finite reads as 0), derives the stable id and
 * renders the rationale.
 * @example
 * const members = ['SEW', 'FTA'];
 * const candidate: Candidate = { members, country: 'BD', score: 0.5, evidence: [], vars: { members: { kind: 'members', ids: members } } };
 * const once: RecommendationKindDefinition = {
 *   ...describeCatalogue()[0]!,
 *   id: 'once',
 *   rationale: { default: { en: '{members} could meet.', nl: '{members} kunnen afspreken.' } },
 *   *generate() {
 *     yield candidate;
 *   },
 * };
 * recommend(partnership, scores, views, { labels, extend: [once], kinds: ['once'] })[0]?.members; // => ['FTA', 'SEW']
 */
export interface Candidate {
  /** Member ids involved (at least one; every id must be a member of the partnership). */
  readonly members: readonly string[];
  /** ISO alpha-2 code, or null/absent when not country-specific. */
  readonly country?: string | null;
  /** Area ids in `country` the candidate is about (absent or empty: none). */
  readonly areas?: readonly string[];
  /** Sector id, or null/absent when not sector-specific. */
  readonly sector?: string | null;
  /** Theme ids involved (may be empty). */
  readonly themes?: readonly string[];
  /** Score in [0, 1] before the kind weight, full precision. */
  readonly score: number;
  /** Source rows behind the candidate. */
  readonly evidence: readonly SourceRef[];
  /** Values of the rationale placeholders. */
  readonly vars: Readonly<Record<string, RationaleValue>>;
  /** Which rationale template to use (a key of the kind's `rationale`). Default 'default'. */
  readonly template?: string;
  /**
   * Extra discriminator hashed into the id when the same kind, members, country,
   * sector and themes can describe different things (e.g. two shared partners).
   */
  readonly key?: string;
  /**
   * Further countries the candidate is about (a company engaged in Kenya and Ethiopia), besides
   * `country`; they join the recommendation's `countries`. Default none.
   */
  readonly countries?: readonly string[];
  /** Who does what: door openers, specialists (company engagement, lobby). Default none. */
  readonly roles?: readonly MemberRole[];
}

/** The role of one member in a recommendation. */
export interface MemberRole {
  readonly member: string;
  /** 'door-opener': knows the company or sits in the agreement's network; 'specialist': brings expertise. */
  readonly role: 'door-opener' | 'specialist';
  /** Themes the member brings as specialist (sorted); [] for a door opener. */
  readonly themes: readonly string[];
}

/**
 * What a recommendation is, on one priority scale: an `opportunity` for joint action (weight 1),
 * a coordination `alert` (duplication, a gap; weight 0.8) or a `fact` about the data (a shared
 * local partner; weight 0.5). priority = score * category weight.
 * @example
 * const category: RecommendationCategory = 'alert';
 * baseline.recommendations.filter((r) => r.category === category).length; // => 6
 */
export type RecommendationCategory = 'opportunity' | 'alert' | 'fact';

/**
 * What a kind's `generate` receives.
 * @example
 * const seen: string[] = [];
 * const probe: RecommendationKindDefinition = {
 *   ...describeCatalogue()[0]!,
 *   id: 'probe',
 *   *generate(ctx: GenerateContext) {
 *     seen.push(...ctx.index.memberIds);
 *   },
 * };
 * recommend(partnership, scores, views, { labels, extend: [probe], kinds: ['probe'] }); // => []
 * seen.length; // => 12
 */
export interface GenerateContext {
  /** The normalised partnership. */
  readonly partnership: Partnership;
  /** Fast lookups over the partnership (levels, presence, networks, sources), ids sorted. */
  readonly index: PartnershipIndex;
  /** Pair scores, already clamped to [0, 1] with NaN read as 0. */
  readonly scores: PairScores;
  /** The in-country views, keyed by country code. */
  readonly countryViews: Readonly<Record<string, CountryView>>;
  /** Company matches (empty when the partnership has no companies). */
  readonly companyMatches: readonly CompanyMatch[];
  /** The kind's parameters after overrides. */
  readonly params: Readonly<Record<string, number>>;
  /** Focus themes (explicit option, else every theme some member rates >= 4), sorted. */
  readonly focusThemes: readonly string[];
  /** Sector metadata lookup. */
  readonly sectorInfo: (sectorId: string) => SectorInfo | undefined;
  /** Display labels, if given. */
  readonly labels: Labels | undefined;
  /**
   * Optional hint, for speed only: whether a candidate can still make the list. Set by the engine
   * (absent when a kind is called another way); a kind may ignore it. See {@link ScoreFloor}.
   */
  readonly floor?: ScoreFloor;
}

/**
 * The engine keeps the best `top + more` candidates of each kind (whole score levels). While a
 * kind generates, `cannotMake(score)` says whether a candidate scoring at most `score` (the kind's
 * own score, before its weight) could no longer be among them, so a kind may skip building it.
 * Sound only when each candidate the kind yields is a different recommendation (members,
 * country, areas, sector, themes and key differ): the engine counts candidates, not ids.
 * Candidates that tie with the bound are never skipped, so ties break as without the hint.
 * @example
 * const kind: RecommendationKindDefinition = {
 *   ...describeCatalogue()[0]!,
 *   id: 'cheap-first',
 *   *generate(ctx) {
 *     for (const [i, m] of ctx.index.memberIds.slice(1).entries()) {
 *       const score = 1 / (i + 1);
 *       if (ctx.floor?.cannotMake(score)) continue; // skip building what cannot make the list
 *       yield { members: [ctx.index.memberIds[0]!, m], score, evidence: [], vars: {} };
 *     }
 *   },
 * };
 * kind.id; // => 'cheap-first'
 */
export interface ScoreFloor {
  /** True when a candidate scoring `score` or less cannot make the kind's part of the list. */
  cannotMake(score: number): boolean;
}

/**
 * A recommendation kind: data (id, titles, eligibility, score formula,
 * parameters, rationale templates) plus a `generate` function. Built-in kinds
 * and user extensions use this same contract.
 *
 * Templates use `{name}` placeholders filled from the candidate's `vars`, and
 * `{name|one|other}` to choose a word by the count of `name` (e.g.
 * `{members|has|have}`).
 *
 * @example
 * const kind: RecommendationKindDefinition = {
 *   id: 'joint-training-day',
 *   title: { en: 'Joint training day', nl: 'Gezamenlijke trainingsdag' },
 *   eligibility: { en: 'Any two members in the same country.', nl: 'Elke twee leden in hetzelfde land.' },
 *   formula: 'score = 0.5',
 *   weight: 1,
 *   params: {},
 *   rationale: { default: { en: '{members} could train together.', nl: '{members} kunnen samen trainen.' } },
 *   fragments: {},
 *   *generate(ctx) {
 *     const ids = ctx.index.memberIds.slice(0, 2);
 *     yield { members: ids, score: 0.5, evidence: [], vars: { members: { kind: 'members', ids } } };
 *   },
 * };
 * const [training] = recommend(partnership, scores, views, { labels, extend: [kind], kinds: ['joint-training-day'] });
 * training?.rationale; // => 'Aarde & Recht and Fair Threads Alliance could train together.'
 */
export interface RecommendationKindDefinition<Id extends string = string> {
  /**
   * Stable kind id, lowercase kebab-case. Give the id as the type argument
   * (`RecommendationKindDefinition<'joint-training-day'>`) and the `kinds` and `overrides` options
   * accept exactly that id beside the built-in ones; with the default (`string`) they accept any id.
   */
  readonly id: Id;
  /** Short title. */
  readonly title: LocalText;
  /** Who and what qualifies, in plain words. */
  readonly eligibility: LocalText;
  /** The score formula, in plain notation (documentation; `generate` computes it). */
  readonly formula: string;
  /** Multiplier applied to every candidate's score (then clamped to [0, 1]). */
  readonly weight: number;
  /** Tunable numeric parameters (thresholds, factors) read by `generate`. */
  readonly params: Readonly<Record<string, number>>;
  /** Rationale templates by variant; 'default' is required. */
  readonly rationale: Readonly<Record<string, LocalText>>;
  /** Named sub-templates used through `{ kind: 'fragment' }` values. */
  readonly fragments: Readonly<Record<string, LocalText>>;
  /** Opportunity, alert or fact (see {@link RecommendationCategory}). Default 'opportunity'. */
  readonly category?: RecommendationCategory;
  /**
   * The numbers behind a rationale (levels, synergy, strengths), by template variant like
   * `rationale`; rendered with the same values into the recommendation's `detail`. Default none.
   */
  readonly detail?: Readonly<Record<string, LocalText>>;
  /** Yield candidate recommendations. */
  generate(ctx: GenerateContext): Iterable<Candidate>;
}

/**
 * Tuning of an existing kind: any data field replaced or merged (params, rationale and fragments
 * are merged), given per kind id in the `overrides` option of {@link recommend}.
 * @example
 * const lobbyFirst: KindOverride = { weight: 2 };
 * const recs = recommend(partnership, scores, views, { labels, overrides: { 'joint-lobby': lobbyFirst } });
 * recs.length > 0; // => true
 */
export interface KindOverride {
  readonly title?: LocalText;
  readonly eligibility?: LocalText;
  readonly weight?: number;
  readonly params?: Readonly<Record<string, number>>;
  readonly rationale?: Readonly<Record<string, LocalText>>;
  readonly fragments?: Readonly<Record<string, LocalText>>;
}

export type { Lang };
