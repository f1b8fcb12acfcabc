import * as z from 'zod';
import { FileReportSchema, IngestIssueSchema } from './issues.js';
import {
  CompanyRecordSchema,
  ExpertiseRecordSchema,
  GeographyRecordSchema,
  MemberRoleSchema,
  MemberTypeSchema,
  PresenceKindSchema,
  SectorRecordSchema,
  SourceRefSchema,
} from './records.js';

/**
 * Current version of the baseline.json contract (raised on any incompatible change).
 * @example
 * json.schemaVersion === BASELINE_SCHEMA_VERSION; // => true
 */
export const BASELINE_SCHEMA_VERSION = 1 as const;

/**
 * A member as it appears in baseline.json.
 * @example
 * BaselineMemberSchema.parse(json.members[0]);
 * // => { id: 'AER', name: 'Aarde & Recht', type: 'ngo', country: 'NL', role: 'member', extras: {} }
 */
export const BaselineMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: MemberTypeSchema,
  country: z.string().nullable(),
  role: MemberRoleSchema,
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
  k: z.number().int().positive(),
  partners: z.array(z.array(z.string())),
  values: z.array(z.array(z.number())),
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
  valuesTop: TopPartnersSchema,
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
 * Coverage of a theme in a country: the highest level any member present has, and who.
 * @example
 * CountryThemeSchema.parse(json.countries.BD!.themes[0]);
 * // => { theme: 'freedom-of-association', maxLevel: 5, members: ['UWS'] }
 */
export const CountryThemeSchema = z.object({
  theme: z.string(),
  maxLevel: z.number(),
  members: z.array(z.string()),
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
 * The in-country synergy view of one country.
 * @example
 * Object.values(json.countries).every((view) => CountryViewSchema.safeParse(view).success); // => true
 */
export const CountryViewSchema = z.object({
  country: z.string(),
  name: z.string(),
  members: z.array(CountryMemberSchema),
  themes: z.array(CountryThemeSchema),
  duplicated: z.array(z.string()),
  missing: z.array(z.string()),
  sharedPartners: z.array(SharedPartnerSchema),
  sectors: z.array(z.object({ sector: z.string(), members: z.array(z.string()) })),
  pairs: z.array(z.object({ a: z.string(), b: z.string(), synergy: z.number(), duplication: z.number() })),
});

/**
 * The kind of a joint activity: an id of the built-in catalogue or of your own kinds.
 * @example
 * RecommendationKindSchema.parse('joint-lobby'); // => 'joint-lobby'
 */
export const RecommendationKindSchema = z.string();

/**
 * A ranked, explained joint-activity recommendation.
 * @example
 * RecommendationSchema.safeParse({ ...json.recommendations[0], score: 1.5 }).success; // => false
 */
export const RecommendationSchema = z.object({
  id: z.string(),
  kind: RecommendationKindSchema,
  members: z.array(z.string()),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  themes: z.array(z.string()),
  score: z.number().min(0).max(1),
  rationale: z.string(),
  evidence: z.array(SourceRefSchema),
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
export type Labels = z.infer<typeof LabelsSchema>;

/**
 * baseline.json, schemaVersion 1: the contract between this library and other tools (also
 * published as a JSON Schema, schema/baseline.schema.json).
 * @example
 * BaselineJsonSchema.safeParse(JSON.parse(stringifyBaseline(json))).success; // => true
 */
export const BaselineJsonSchema = z.object({
  schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
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
  labels: LabelsSchema,
  /**
   * The normalised records behind every number (the partnership minus the members list), with
   * their source rows, so tools can show per-member profiles and compare years. Always written
   * by this library; optional so that hand-made baselines without it still validate.
   */
  records: z
    .object({
      expertise: z.array(ExpertiseRecordSchema),
      geography: z.array(GeographyRecordSchema),
      sectors: z.array(SectorRecordSchema),
      companies: z.array(CompanyRecordSchema),
    })
    .optional(),
  /**
   * What redaction withheld (counts only: members, expertise, geography, sectors, themes,
   * countries, partners, companies, texts, issues). Absent when nothing was redacted.
   */
  withheld: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /**
   * Reliability flag: per dimension, members with a non-empty profile of fewer than
   * `minCategories` categories. Their similarities rest on one or two rows and are unstable;
   * reports show them instead of hiding them.
   */
  shortProfiles: z
    .object({
      minCategories: z.number().int().positive(),
      expertise: z.array(z.string()),
      geography: z.array(z.string()),
      sectors: z.array(z.string()),
    })
    .optional(),
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
 * [data.schemaVersion, data.members.length]; // => [1, 12]
 */
export type BaselineJson = z.infer<typeof BaselineJsonSchema>;
/**
 * The in-country view of one country (see {@link CountryViewSchema}).
 * @example
 * const bd: CountryView = baseline.countries.BD!;
 * bd.members.map((m) => m.id); // => ['FTA', 'SSF', 'SEW', 'UWS', 'VAW', 'HDN', 'KMK']
 */
export type CountryView = z.infer<typeof CountryViewSchema>;
/**
 * A ranked, explained joint-activity recommendation (see {@link RecommendationSchema}).
 * @example
 * const top: Recommendation = baseline.recommendations[0]!;
 * [top.kind, top.members, top.sector]; // => ['joint-lobby', ['FTA', 'SEW'], 'garment-textiles']
 */
export type Recommendation = z.infer<typeof RecommendationSchema>;
/**
 * A local organisation two or more members work with in a country (see {@link SharedPartnerSchema}).
 * @example
 * const shared: SharedPartner[] = baseline.countries.BD!.sharedPartners;
 * shared.map((p) => p.partner); // => ['Sabuj Nari Kendra']
 */
export type SharedPartner = z.infer<typeof SharedPartnerSchema>;
