import { FileReportSchema, IngestIssueSchema } from './issues.js';
import {
  CompanyRecordSchema,
  ExpertiseRecordSchema,
  FunderRecordSchema,
  GeographyRecordSchema,
  MemberRoleSchema,
  MemberTypeSchema,
  PresenceKindSchema,
  ScopeSchema,
  SectorRecordSchema,
  SourceRefSchema,
} from './records.js';
import { READABLE_SCHEMA_VERSIONS } from './version.js';
import * as z from './zod.js';

// The version constants live in their own module, so that writing a baseline.json (toJson) does
// not build the zod schema below.
export { BASELINE_SCHEMA_VERSION, READABLE_SCHEMA_VERSIONS } from './version.js';

/**
 * A member as it appears in baseline.json.
 * @example
 * BaselineMemberSchema.parse(json.members[0]);
 * // => { id: 'AER', name: 'Aarde & Recht', type: 'ngo', country: 'NL', role: 'member', scope: null, extras: {} }
 */
export const BaselineMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: MemberTypeSchema,
  country: z.nullable(z.string()),
  role: MemberRoleSchema,
  /** How far the member reaches (null: not known). Since version 2. */
  scope: z.optional(z.nullable(ScopeSchema)),
  extras: z.record(z.string(), z.string()),
});

/**
 * One dimension's matrices in full: complementarity[i][j] = what ids[j] adds to ids[i].
 * @example
 * const geography = DimensionMatricesSchema.parse(json.matrices.geography);
 * geography.overlap.length === geography.ids.length; // => true
 */
export const DimensionMatricesSchema = z.object({
  ids: z.array(z.string()),
  overlap: z.array(z.array(z.number())),
  complementarity: z.array(z.array(z.number())),
});

/**
 * A combined pair matrix (synergy, duplication) in full.
 * @example
 * PairValuesSchema.parse(json.matrices.synergy).ids.slice(0, 3); // => ['AER', 'FTA', 'GHB']
 */
export const PairValuesSchema = z.object({
  ids: z.array(z.string()),
  values: z.array(z.array(z.number())),
});

/**
 * Each member's strongest partners in one matrix (the sparse shape of large baselines): row i
 * belongs to the matrix's `ids[i]`; `partners[i]` are member ids, `values[i]` their values in
 * the same order, strongest first (ties in member order), at most `k`, only values above 0,
 * never the member itself. A pair not listed in row i has a value at most the row's last listed
 * value, and exactly 0 when the row lists fewer than `k` partners.
 * @example
 * TopPartnersSchema.parse({ k: 2, partners: [['b'], ['a']], values: [[0.4], [0.4]] }).k; // => 2
 */
export const TopPartnersSchema = z.object({
  k: z.number().check(z.int()).check(z.positive()),
  partners: z.array(z.array(z.string())),
  values: z.array(z.array(z.number())),
});

/**
 * {@link TopPartnersSchema} of a combined pair matrix (synergy, duplication), with the expertise
 * overlap of each pair listed (`expertiseOverlap[i][p]`: of ids[i] and partners[i][p]), so a
 * pair's shared context (synergy + duplication) and its overlap can be shown without the full
 * matrices. `expertiseOverlap` is absent in baselines written before it.
 * @example
 * PairTopPartnersSchema.parse({ k: 1, partners: [['b'], ['a']], values: [[0.4], [0.4]], expertiseOverlap: [[0.2], [0.2]] }).expertiseOverlap;
 * // => [[0.2], [0.2]]
 */
export const PairTopPartnersSchema = z.object({
  k: z.number().check(z.int()).check(z.positive()),
  partners: z.array(z.array(z.string())),
  values: z.array(z.array(z.number())),
  expertiseOverlap: z.optional(z.array(z.array(z.number()))),
});

/**
 * One dimension's matrices in the sparse shape: every member's top partners per matrix
 * (`overlapTop`, `complementarityTop`; complementarity row i = what others add to ids[i]), and
 * `focus`, the full matrices among the few members the report's heatmaps show.
 * @example
 * const topJson = toBaselineJson(baseline, { matrices: 'top', matricesTop: 3 });
 * const geography = DimensionMatricesTopSchema.parse(topJson.matrices.geography);
 * geography.overlapTop.partners.length === geography.ids.length; // => true
 */
export const DimensionMatricesTopSchema = z.object({
  ids: z.array(z.string()),
  overlapTop: TopPartnersSchema,
  complementarityTop: TopPartnersSchema,
  focus: DimensionMatricesSchema,
});

/**
 * A combined pair matrix (synergy, duplication) in the sparse shape: each member's top partners
 * (`valuesTop`) and the full values among the heatmaps' members (`focus`).
 * @example
 * const topJson = toBaselineJson(baseline, { matrices: 'top' });
 * PairValuesTopSchema.parse(topJson.matrices.synergy).valuesTop.k; // => 10
 */
export const PairValuesTopSchema = z.object({
  ids: z.array(z.string()),
  valuesTop: PairTopPartnersSchema,
  focus: PairValuesSchema,
});

/**
 * A member present in a country.
 * @example
 * CountryMemberSchema.parse(json.countries.BD!.members[0]); // => { id: 'FTA', presence: 'office', partners: [] }
 */
export const CountryMemberSchema = z.object({
  id: z.string(),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
});

/**
 * Which evidence a theme rests on where it is shown: only ratings, only observed activity, or both.
 * @example
 * ThemeEvidenceSchema.options; // => ['rated', 'observed', 'both']
 */
export const ThemeEvidenceSchema = z.enum(['rated', 'observed', 'both']);

/**
 * Coverage of a theme in a country (or an area): the highest level any member present rates, and
 * who is at that level. Since version 2 also which evidence it rests on and who works on it
 * without a rating: `maxLevel` is null when nobody present rates it, and `members` then lists the
 * members observed working on it. Since version 4 `count` says how many members present work on
 * the theme (rated 1 or more, or observed). Members present with contacts only (presence
 * `network`) are not counted. Each member's own level is in `records` (`themeLevelsFromRecords`
 * lists them per theme); version 3 files listed them here as `rated`.
 * @example
 * CountryThemeSchema.parse(json.countries.BD!.themes[0]);
 * // => { theme: 'freedom-of-association', maxLevel: 5, members: ['UWS'], evidence: 'rated', observed: [], count: 2 }
 */
export const CountryThemeSchema = z.object({
  theme: z.string(),
  maxLevel: z.nullable(z.number()),
  members: z.array(z.string()),
  /** Since version 2. */
  evidence: z.optional(ThemeEvidenceSchema),
  /** Members present observed working on the theme without a rating. Since version 2. */
  observed: z.optional(z.array(z.string())),
  /** How many members present work on the theme: rated 1 or more, or observed. Since version 4. */
  count: z.optional(z.number().check(z.int()).check(z.nonnegative())),
  /**
   * Version 3 only: every member present rating the theme (level 1-5), strongest first, then
   * member order. Version 4 leaves it out (see `themeLevelsFromRecords`).
   */
  rated: z.optional(z.array(z.object({ id: z.string(), level: z.number() }))),
});

/**
 * A local organisation named by two or more members in a country.
 * @example
 * SharedPartnerSchema.parse(json.countries.BD!.sharedPartners[0]);
 * // => { partner: 'Sabuj Nari Kendra', variants: ['Sabuj Nari Kendra'], members: ['UWS', 'VAW'] }
 */
export const SharedPartnerSchema = z.object({
  partner: z.string(),
  variants: z.array(z.string()),
  members: z.array(z.string()),
});

/**
 * The view of one area below the country (a province, state, district): who is present how, the
 * themes worked on there (covered, duplicated: two or more members on one theme), the themes
 * missing there although members cover them elsewhere in the country (the 3W gap), and shared
 * local partners. A theme counts in an area when an expertise row names the area (or an area
 * above it, or only the country, or no place at all) and the member is present there: rows that
 * say where (3W and IATI imports write them) make these facts about the area; rows that do not
 * count everywhere the member is present. Members with contacts only there are not counted.
 * @example
 * const view: AreaView = { area: 'AF24', name: 'Kandahar', parent: null, members: [], themes: [],
 *   duplicated: [], missing: [], sharedPartners: [] };
 * AreaViewSchema.safeParse(view).success; // => true
 */
export const AreaViewSchema = z.object({
  area: z.string(),
  name: z.string(),
  parent: z.nullable(z.string()),
  members: z.array(CountryMemberSchema),
  themes: z.array(CountryThemeSchema),
  duplicated: z.array(z.string()),
  missing: z.array(z.string()),
  sharedPartners: z.array(SharedPartnerSchema),
});

/**
 * The in-country synergy view of one country.
 * @example
 * Object.values(json.countries).every((view) => CountryViewSchema.safeParse(view).success); // => true
 */
export const CountryViewSchema = z.object({
  country: z.string(),
  name: z.string(),
  /** Members present, strongest presence first; presence `network` means contacts only. */
  members: z.array(CountryMemberSchema),
  /** Themes worked on by the members present (contacts only not counted). */
  themes: z.array(CountryThemeSchema),
  duplicated: z.array(z.string()),
  /** The focus themes (`focus`) no member present covers at `levels.coverage` or higher. */
  missing: z.array(z.string()),
  sharedPartners: z.array(SharedPartnerSchema),
  /**
   * Sector networks here: `members` have a network in the sector that counts here (present
   * members whose sectors row names no country, and members whose row names this country),
   * `linked` those whose row names this country. A sector with no `linked` member is only a
   * sector of the members present.
   */
  sectors: z.array(
    z.object({ sector: z.string(), members: z.array(z.string()), linked: z.optional(z.array(z.string())) }),
  ),
  /** The strongest pairs of members present (synergy desc); `pairsTotal` counts all pairs. */
  pairs: z.array(z.object({ a: z.string(), b: z.string(), synergy: z.number(), duplication: z.number() })),
  /** How many pairs of members are present here; the pairs not listed are weaker. */
  pairsTotal: z.optional(z.number().check(z.int()).check(z.nonnegative())),
  /** The declared focus themes of this country (partnership-wide and its own): what `missing` is measured against. */
  focus: z.optional(z.array(z.string())),
  /** The rules the view was built with: coverage and duplication levels (1-5). */
  levels: z.optional(z.object({ coverage: z.number(), duplication: z.number() })),
  /** Views of the areas members named in this country, sorted by id ([] without areas). Since version 2. */
  areas: z.optional(z.array(AreaViewSchema)),
});

/**
 * The kind of a joint activity: an id of the built-in catalogue or of your own kinds.
 * @example
 * RecommendationKindSchema.parse('joint-lobby'); // => 'joint-lobby'
 */
export const RecommendationKindSchema = z.string();

/**
 * Category of a recommendation on the priority scale (opportunity 1, alert 0.8, fact 0.5).
 * @example
 * RecommendationCategorySchema.parse('alert'); // => 'alert'
 */
export const RecommendationCategorySchema = z.enum(['opportunity', 'alert', 'fact']);

/**
 * The role of a member in a recommendation: a door opener (knows the company, sits in the
 * agreement's network) or a specialist (with the themes it brings).
 * @example
 * RecommendationRoleSchema.parse({ member: 'VAW', role: 'specialist', themes: ['gbv'] }).role; // => 'specialist'
 */
export const RecommendationRoleSchema = z.object({
  member: z.string(),
  role: z.enum(['door-opener', 'specialist']),
  themes: z.array(z.string()),
});

/**
 * A ranked, explained joint-activity recommendation.
 * @example
 * RecommendationSchema.safeParse({ ...json.recommendations[0], score: 1.5 }).success; // => false
 */
export const RecommendationSchema = z.object({
  id: z.string(),
  kind: RecommendationKindSchema,
  members: z.array(z.string()),
  country: z.nullable(z.string()),
  /**
   * Every country the recommendation is about: `country`, and the countries its rationale names
   * (a company engaged in Ethiopia and Kenya), sorted; [] when it is not tied to a country.
   * Reports take the card's "where" from it. Absent in files written before it was added.
   */
  countries: z.optional(z.array(z.string())),
  /** Area ids in `country` the recommendation is about ([] when it names none). Since version 2. */
  areas: z.optional(z.array(z.string())),
  sector: z.nullable(z.string()),
  themes: z.array(z.string()),
  score: z.number().check(z.gte(0)).check(z.lte(1)),
  rationale: z.string(),
  evidence: z.array(SourceRefSchema),
  /**
   * Opportunity (joint action), coordination alert (duplication, gap) or fact (a shared local
   * partner): the priority scale separates them. Since version 3.
   */
  category: z.optional(RecommendationCategorySchema),
  /**
   * score * category weight (opportunity 1, alert 0.8, fact 0.5), halved when the members already
   * work together there (`worksTogether`): what the ranking sorts by. Since version 3.
   */
  priority: z.optional(z.number().check(z.gte(0)).check(z.lte(1))),
  /**
   * True when every pair of the members already works together in `country` (geography.csv
   * `works_with`, which `import iati` fills from shared activities); absent otherwise. Since version 4.
   */
  worksTogether: z.optional(z.literal(true)),
  /** The numbers behind the rationale (levels, synergy, strengths), for tooltips. Since version 3. */
  detail: z.optional(z.string()),
  /** Who does what: door openers and specialists (company engagement, lobby). Since version 3. */
  roles: z.optional(z.array(RecommendationRoleSchema)),
  /** Ids of the items merged into this one (same members and theme, other kinds); they are in `moreRecommendations`. Since version 3. */
  merged: z.optional(z.array(z.string())),
  /** In `moreRecommendations`: the id of the recommendation this one was merged into. Since version 3. */
  mergedInto: z.optional(z.string()),
});

/**
 * English and Dutch display labels of a category id.
 * @example
 * LabelSchema.parse(json.labels.themes['living-wage']); // => { en: 'Living wage', nl: 'Leefbaar loon' }
 */
export const LabelSchema = z.object({ en: z.string(), nl: z.string() });

/**
 * Display labels for every theme, sector and country id used in the baseline, so
 * that reports and dashboards render from baseline.json alone.
 * @example
 * LabelsSchema.parse(json.labels).countries.CI; // => { en: "Côte d'Ivoire", nl: 'Ivoorkust' }
 */
export const LabelsSchema = z.object({
  themes: z.record(z.string(), LabelSchema),
  sectors: z.record(z.string(), LabelSchema),
  countries: z.record(z.string(), LabelSchema),
});
/**
 * Display labels of every theme, sector and country id in a baseline (see {@link LabelsSchema}).
 * @example
 * const labels: Labels = baseline.labels;
 * labels.sectors['garment-textiles']?.nl; // => 'Kleding en textiel'
 */
export type Labels = z.output<typeof LabelsSchema>;

/**
 * One funder of the partnership's members, grouped: who (name, IATI reference, type), which
 * members it funds, where and in which roles, with the activity count when known.
 * @example
 * FunderSummarySchema.safeParse({ funder: 'Dutch MFA', ref: null, type: 'government', roles: ['funding'],
 *   members: ['FTA'], countries: ['BD'], activities: null }).success; // => true
 */
export const FunderSummarySchema = z.object({
  funder: z.string(),
  ref: z.nullable(z.string()),
  type: z.nullable(MemberTypeSchema),
  roles: z.array(z.string()),
  members: z.array(z.string()),
  countries: z.array(z.string()),
  activities: z.nullable(z.number().check(z.int()).check(z.nonnegative())),
});

/**
 * baseline.json, schemaVersion 4 (versions 1 to 3 still read): the contract between this library and
 * other tools (also published as a JSON Schema, schema/baseline.schema.json).
 * @example
 * BaselineJsonSchema.safeParse(JSON.parse(stringifyBaseline(json))).success; // => true
 */
export const BaselineJsonSchema = z.object({
  schemaVersion: z.literal(READABLE_SCHEMA_VERSIONS),
  members: z.array(BaselineMemberSchema),
  ingest: z.object({
    files: z.array(FileReportSchema),
    rejected: z.array(IngestIssueSchema),
    warnings: z.array(IngestIssueSchema),
  }),
  /**
   * Full N x N matrices (`overlap`, `complementarity`, `values`), or for large partnerships each
   * member's top partners (`overlapTop`, `complementarityTop`, `valuesTop`) plus a small full
   * `focus` block; see the `matrices` option of toBaselineJson. All five have the same shape.
   */
  matrices: z.object({
    expertise: z.union([DimensionMatricesSchema, DimensionMatricesTopSchema]),
    geography: z.union([DimensionMatricesSchema, DimensionMatricesTopSchema]),
    sectors: z.union([DimensionMatricesSchema, DimensionMatricesTopSchema]),
    synergy: z.union([PairValuesSchema, PairValuesTopSchema]),
    duplication: z.union([PairValuesSchema, PairValuesTopSchema]),
  }),
  countries: z.record(z.string(), CountryViewSchema),
  recommendations: z.array(RecommendationSchema),
  /**
   * Recommendations that scored but did not make the list: cut by a per-kind or per-pair cap or
   * past `top`, and the items merged into a listed one (`mergedInto`). Since version 3.
   */
  moreRecommendations: z.optional(z.array(RecommendationSchema)),
  labels: LabelsSchema,
  /**
   * The normalised records behind every number (the partnership minus the members list), with
   * their source rows, so tools can show per-member profiles and compare years. Always written
   * by this library; optional so that hand-made baselines without it still validate.
   */
  records: z.optional(
    z.object({
      expertise: z.array(ExpertiseRecordSchema),
      geography: z.array(GeographyRecordSchema),
      sectors: z.array(SectorRecordSchema),
      companies: z.array(CompanyRecordSchema),
      /** The funders.csv rows (who funds which member where). Since version 2. */
      funders: z.optional(z.array(FunderRecordSchema)),
    }),
  ),
  /**
   * Who funds the members, one entry per funder, sorted by name (from funders.csv). Funders are
   * not members: they are never in the matrices or the recommendations. Since version 2.
   */
  funders: z.optional(z.array(FunderSummarySchema)),
  /**
   * What redaction withheld (counts only: members, expertise, geography, sectors, themes,
   * countries, partners, companies, texts, issues). Absent when nothing was redacted.
   */
  withheld: z.optional(z.record(z.string(), z.number().check(z.int()).check(z.nonnegative()))),
  /**
   * Reliability flag: per dimension, members with a non-empty profile of fewer than
   * `minCategories` categories. Their similarities rest on one or two rows and are unstable;
   * reports show them instead of hiding them.
   */
  shortProfiles: z.optional(
    z.object({
      minCategories: z.number().check(z.int()).check(z.positive()),
      expertise: z.array(z.string()),
      geography: z.array(z.string()),
      sectors: z.array(z.string()),
    }),
  ),
  /** Member ids whose profiles are empty per dimension (their pairs are 0 and flagged). */
  emptyProfiles: z.object({
    expertise: z.array(z.string()),
    geography: z.array(z.string()),
    sectors: z.array(z.string()),
  }),
});
/**
 * baseline.json as data (see {@link BaselineJsonSchema}); what {@link toBaselineJson} returns.
 * @example
 * const data: BaselineJson = toBaselineJson(baseline);
 * [data.schemaVersion, data.members.length]; // => [4, 12]
 */
export type BaselineJson = z.output<typeof BaselineJsonSchema>;
/**
 * The in-country view of one country (see {@link CountryViewSchema}).
 * @example
 * const bd: CountryView = baseline.countries.BD!;
 * bd.members.map((m) => m.id); // => ['FTA', 'SSF', 'SEW', 'UWS', 'VAW', 'HDN', 'KMK']
 */
export type CountryView = z.output<typeof CountryViewSchema>;
/**
 * The view of one area below the country (see {@link AreaViewSchema}).
 * @example
 * const areas: AreaView[] = baseline.countries.BD!.areas ?? [];
 * areas.length; // => 0
 */
export type AreaView = z.output<typeof AreaViewSchema>;
/**
 * One funder with the members it funds (see {@link FunderSummarySchema}).
 * @example
 * const funders: FunderSummary[] = json.funders ?? [];
 * funders.length; // => 0
 */
export type FunderSummary = z.output<typeof FunderSummarySchema>;
/**
 * A ranked, explained joint-activity recommendation (see {@link RecommendationSchema}).
 * @example
 * const top: Recommendation = baseline.recommendations[0]!;
 * [top.kind, top.members, top.sector]; // => ['joint-lobby', ['FTA', 'HDN', 'SEW', 'SJH', 'UWS', 'VAW'], 'garment-textiles']
 */
export type Recommendation = z.output<typeof RecommendationSchema>;
/**
 * A local organisation two or more members work with in a country (see {@link SharedPartnerSchema}).
 * @example
 * const shared: SharedPartner[] = baseline.countries.BD!.sharedPartners;
 * shared.map((p) => p.partner); // => ['Sabuj Nari Kendra']
 */
export type SharedPartner = z.output<typeof SharedPartnerSchema>;
