import { z } from 'zod';

/**
 * Where a record came from: the file name and the 1-based physical line of the
 * row in that file (as an editor shows it). Records merged from duplicate rows
 * carry every source.
 */
export const SourceRefSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Kinds of organisation in a partnership. */
export const MemberTypeSchema = z.enum(['ngo', 'union', 'company', 'knowledge', 'government', 'other']);
export type MemberType = z.infer<typeof MemberTypeSchema>;

/** A member's role in the partnership. */
export const MemberRoleSchema = z.enum(['lead', 'member', 'local_partner']);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

/** How a member is present in a country (weights: office 1, local_partner 0.75, programme 0.5, network 0.25). */
export const PresenceKindSchema = z.enum(['office', 'local_partner', 'programme', 'network']);
export type PresenceKind = z.infer<typeof PresenceKindSchema>;

/** The kind of sector network a member has. */
export const NetworkKindSchema = z.enum(['irbc_agreement', 'companies', 'association', 'producers', 'unions']);
export type NetworkKind = z.infer<typeof NetworkKindSchema>;

/** Company engagement drivers (seed 000). */
export const DriverSchema = z.enum(['strategy', 'issue', 'opportunity', 'geography']);
export type Driver = z.infer<typeof DriverSchema>;

/**
 * A partnership member. `country` is the ISO 3166 alpha-2 code of the
 * headquarters (or null); it describes the member and is not a presence.
 * Columns the library does not know are kept in `extras`.
 */
export const MemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: MemberTypeSchema,
  country: z.string().length(2).nullable(),
  role: MemberRoleSchema,
  extras: z.record(z.string(), z.string()),
  sources: z.array(SourceRefSchema),
});
export type Member = z.infer<typeof MemberSchema>;

/** Expertise of a member on a theme, level 0-5 (0 = none). `theme` is a taxonomy id. */
export const ExpertiseRecordSchema = z.object({
  member: z.string().min(1),
  theme: z.string().min(1),
  level: z.number().int().min(0).max(5),
  sources: z.array(SourceRefSchema),
});
export type ExpertiseRecord = z.infer<typeof ExpertiseRecordSchema>;

/** Presence of a member in a country (ISO alpha-2), with named local partners. */
export const GeographyRecordSchema = z.object({
  member: z.string().min(1),
  country: z.string().length(2),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
  since: z.number().int().nullable(),
  sources: z.array(SourceRefSchema),
});
export type GeographyRecord = z.infer<typeof GeographyRecordSchema>;

/** A member's network in a sector (sector is a taxonomy id), strength 1-5, optionally named companies. */
export const SectorRecordSchema = z.object({
  member: z.string().min(1),
  sector: z.string().min(1),
  network: NetworkKindSchema,
  strength: z.number().int().min(1).max(5),
  companies: z.array(z.string()),
  sources: z.array(SourceRefSchema),
});
export type SectorRecord = z.infer<typeof SectorRecordSchema>;

/** Optional companies.csv row: a company the partnership wants to engage. */
export const CompanyRecordSchema = z.object({
  company: z.string().min(1),
  sector: z.string().nullable(),
  countries: z.array(z.string().length(2)),
  drivers: z.array(DriverSchema),
  needs: z.array(z.string()),
  sources: z.array(SourceRefSchema),
});
export type CompanyRecord = z.infer<typeof CompanyRecordSchema>;

/**
 * The normalised partnership: members plus the three dimension tables, every
 * reference resolved to a member id, a theme/sector taxonomy id and an ISO
 * alpha-2 country code. Records are sorted deterministically (member order,
 * then category).
 */
export const PartnershipSchema = z.object({
  members: z.array(MemberSchema),
  expertise: z.array(ExpertiseRecordSchema),
  geography: z.array(GeographyRecordSchema),
  sectors: z.array(SectorRecordSchema),
  companies: z.array(CompanyRecordSchema),
});
export type Partnership = z.infer<typeof PartnershipSchema>;

/** The dimensions a member profile has. */
export const DimensionSchema = z.enum(['expertise', 'geography', 'sectors']);
export type Dimension = z.infer<typeof DimensionSchema>;

/** The kinds of input file the library reads. */
export const FileKindSchema = z.enum(['members', 'expertise', 'geography', 'sectors', 'companies', 'wide']);
export type FileKind = z.infer<typeof FileKindSchema>;
