import { z } from 'zod';
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

/** Current version of the baseline.json contract. */
export const BASELINE_SCHEMA_VERSION = 1 as const;

/** A member as it appears in baseline.json. */
export const BaselineMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: MemberTypeSchema,
  country: z.string().nullable(),
  role: MemberRoleSchema,
  extras: z.record(z.string(), z.string()),
});

/** One dimension's matrices: complementarity[i][j] = what ids[j] adds to ids[i]. */
export const DimensionMatricesSchema = z.object({
  ids: z.array(z.string()),
  overlap: z.array(z.array(z.number())),
  complementarity: z.array(z.array(z.number())),
});

/** A combined pair matrix (synergy, duplication). */
export const PairValuesSchema = z.object({
  ids: z.array(z.string()),
  values: z.array(z.array(z.number())),
});

/** A member present in a country. */
export const CountryMemberSchema = z.object({
  id: z.string(),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
});

/** Coverage of a theme in a country. */
export const CountryThemeSchema = z.object({
  theme: z.string(),
  maxLevel: z.number(),
  members: z.array(z.string()),
});

/** A local organisation named by two or more members in a country. */
export const SharedPartnerSchema = z.object({
  partner: z.string(),
  variants: z.array(z.string()),
  members: z.array(z.string()),
});

/** The in-country synergy view of one country. */
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

/** The kinds of joint activity the recommendation catalogue knows. */
export const RecommendationKindSchema = z.string();

/** A ranked, explained joint-activity recommendation. */
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

/** English and Dutch display labels of a category id. */
export const LabelSchema = z.object({ en: z.string(), nl: z.string() });

/**
 * Display labels for every theme, sector and country id used in the baseline, so
 * that reports and dashboards render from baseline.json alone.
 */
export const LabelsSchema = z.object({
  themes: z.record(z.string(), LabelSchema),
  sectors: z.record(z.string(), LabelSchema),
  countries: z.record(z.string(), LabelSchema),
});
export type Labels = z.infer<typeof LabelsSchema>;

/** baseline.json, schemaVersion 1. */
export const BaselineJsonSchema = z.object({
  schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
  members: z.array(BaselineMemberSchema),
  ingest: z.object({
    files: z.array(FileReportSchema),
    rejected: z.array(IngestIssueSchema),
    warnings: z.array(IngestIssueSchema),
  }),
  matrices: z.object({
    expertise: DimensionMatricesSchema,
    geography: DimensionMatricesSchema,
    sectors: DimensionMatricesSchema,
    synergy: PairValuesSchema,
    duplication: PairValuesSchema,
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
  /** Member ids whose profiles are empty per dimension (their pairs are 0 and flagged). */
  emptyProfiles: z.object({
    expertise: z.array(z.string()),
    geography: z.array(z.string()),
    sectors: z.array(z.string()),
  }),
});
export type BaselineJson = z.infer<typeof BaselineJsonSchema>;
export type CountryView = z.infer<typeof CountryViewSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type SharedPartner = z.infer<typeof SharedPartnerSchema>;
