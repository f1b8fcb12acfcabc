import * as z from 'zod';

/**
 * Where a record came from: the file name and the 1-based physical line of the
 * row in that file (as an editor shows it). Records merged from duplicate rows
 * carry every source.
 * @example
 * SourceRefSchema.parse({ file: 'members.csv', line: 2 }); // => { file: 'members.csv', line: 2 }
 * SourceRefSchema.safeParse({ file: 'members.csv', line: -1 }).success; // => false
 */
export const SourceRefSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});
/**
 * Where a record came from (see {@link SourceRefSchema}).
 * @example
 * const where: SourceRef = partnership.members[1]!.sources[0]!;
 * `${where.file}:${where.line}`; // => 'members.csv:2'
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Kinds of organisation in a partnership.
 * @example
 * MemberTypeSchema.options; // => ['ngo', 'union', 'company', 'knowledge', 'government', 'other']
 */
export const MemberTypeSchema = z.enum(['ngo', 'union', 'company', 'knowledge', 'government', 'other']);
/**
 * A kind of organisation (see {@link MemberTypeSchema}).
 * @example
 * const type: MemberType = partnership.members[1]!.type;
 * type; // => 'ngo'
 */
export type MemberType = z.infer<typeof MemberTypeSchema>;

/**
 * A member's role in the partnership.
 * @example
 * MemberRoleSchema.options; // => ['lead', 'member', 'local_partner']
 */
export const MemberRoleSchema = z.enum(['lead', 'member', 'local_partner']);
/**
 * A member's role (see {@link MemberRoleSchema}).
 * @example
 * const role: MemberRole = partnership.members.find((m) => m.id === 'FTA')!.role;
 * role; // => 'lead'
 */
export type MemberRole = z.infer<typeof MemberRoleSchema>;

/**
 * How a member is present in a country (weights: office 1, local_partner 0.75, programme 0.5, network 0.25).
 * @example
 * PresenceKindSchema.options; // => ['office', 'local_partner', 'programme', 'network']
 */
export const PresenceKindSchema = z.enum(['office', 'local_partner', 'programme', 'network']);
/**
 * How a member is present in a country (see {@link PresenceKindSchema}).
 * @example
 * const kinds: PresenceKind[] = partnership.geography.filter((g) => g.member === 'FTA').map((g) => g.presence);
 * kinds.includes('office'); // => true
 */
export type PresenceKind = z.infer<typeof PresenceKindSchema>;

/**
 * The kind of sector network a member has.
 * @example
 * NetworkKindSchema.options; // => ['irbc_agreement', 'companies', 'association', 'producers', 'unions']
 */
export const NetworkKindSchema = z.enum([
  'irbc_agreement',
  'companies',
  'association',
  'producers',
  'unions',
]);
/**
 * The kind of a sector network (see {@link NetworkKindSchema}).
 * @example
 * const kind: NetworkKind = partnership.sectors[0]!.network;
 * kind; // => 'irbc_agreement'
 */
export type NetworkKind = z.infer<typeof NetworkKindSchema>;

/**
 * Company engagement drivers: why a company would engage (its strategy, an issue, an
 * opportunity, the geography).
 * @example
 * DriverSchema.options; // => ['strategy', 'issue', 'opportunity', 'geography']
 */
export const DriverSchema = z.enum(['strategy', 'issue', 'opportunity', 'geography']);
/**
 * A company engagement driver (see {@link DriverSchema}).
 * @example
 * const drivers: Driver[] = partnership.companies[0]!.drivers;
 * drivers; // => ['issue']
 */
export type Driver = z.infer<typeof DriverSchema>;

/**
 * A partnership member. `country` is the ISO 3166 alpha-2 code of the
 * headquarters (or null); it describes the member and is not a presence.
 * Columns the library does not know are kept in `extras`.
 * @example
 * MemberSchema.safeParse({ id: 'A', name: 'Alpha', type: 'ngo', country: 'NL', role: 'lead', extras: {}, sources: [] })
 *   .success; // => true
 * MemberSchema.safeParse({ id: 'A', name: 'Alpha', type: 'club', country: 'NL', role: 'lead', extras: {}, sources: [] })
 *   .success; // => false
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
/**
 * A partnership member (see {@link MemberSchema}).
 * @example
 * const fta: Member = partnership.members.find((m) => m.id === 'FTA')!;
 * [fta.name, fta.type, fta.country, fta.role]; // => ['Fair Threads Alliance', 'ngo', 'NL', 'lead']
 */
export type Member = z.infer<typeof MemberSchema>;

/**
 * Expertise of a member on a theme, level 0-5 (0 = none). `theme` is a taxonomy id.
 * @example
 * ExpertiseRecordSchema.safeParse({ member: 'A', theme: 'living-wage', level: 6, sources: [] }).success; // => false
 */
export const ExpertiseRecordSchema = z.object({
  member: z.string().min(1),
  theme: z.string().min(1),
  level: z.number().int().min(0).max(5),
  sources: z.array(SourceRefSchema),
});
/**
 * A member's expertise on a theme (see {@link ExpertiseRecordSchema}).
 * @example
 * const first: ExpertiseRecord = partnership.expertise[0]!;
 * first; // => { member: 'AER', theme: 'due-diligence', level: 4, sources: [{ file: 'expertise.csv', line: 47 }] }
 */
export type ExpertiseRecord = z.infer<typeof ExpertiseRecordSchema>;

/**
 * Presence of a member in a country (ISO alpha-2), with named local partners.
 * @example
 * GeographyRecordSchema.safeParse({
 *   member: 'A', country: 'Ghana', presence: 'office', partners: [], since: null, sources: [],
 * }).success; // => false
 */
export const GeographyRecordSchema = z.object({
  member: z.string().min(1),
  country: z.string().length(2),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
  since: z.number().int().nullable(),
  sources: z.array(SourceRefSchema),
});
/**
 * A member's presence in a country (see {@link GeographyRecordSchema}).
 * @example
 * const ghana: GeographyRecord = partnership.geography.find((g) => g.member === 'AER' && g.country === 'GH')!;
 * [ghana.presence, ghana.partners, ghana.since]; // => ['local_partner', ['Tarkwa Mining Communities Alliance'], 2012]
 */
export type GeographyRecord = z.infer<typeof GeographyRecordSchema>;

/**
 * A member's network in a sector (sector is a taxonomy id), strength 1-5, optionally named companies.
 * @example
 * SectorRecordSchema.safeParse({
 *   member: 'A', sector: 'cocoa', network: 'companies', strength: 0, companies: [], sources: [],
 * }).success; // => false
 */
export const SectorRecordSchema = z.object({
  member: z.string().min(1),
  sector: z.string().min(1),
  network: NetworkKindSchema,
  strength: z.number().int().min(1).max(5),
  companies: z.array(z.string()),
  sources: z.array(SourceRefSchema),
});
/**
 * A member's network in a sector (see {@link SectorRecordSchema}).
 * @example
 * const first: SectorRecord = partnership.sectors[0]!;
 * [first.member, first.sector, first.network, first.strength]; // => ['AER', 'banking', 'irbc_agreement', 3]
 */
export type SectorRecord = z.infer<typeof SectorRecordSchema>;

/**
 * Optional companies.csv row: a company the partnership wants to engage.
 * @example
 * CompanyRecordSchema.parse({
 *   company: 'Kakao Kust Trading', sector: 'cocoa', countries: ['CI', 'GH'], drivers: ['issue'],
 *   needs: ['child-labour'], sources: [],
 * }).countries; // => ['CI', 'GH']
 */
export const CompanyRecordSchema = z.object({
  company: z.string().min(1),
  sector: z.string().nullable(),
  countries: z.array(z.string().length(2)),
  drivers: z.array(DriverSchema),
  needs: z.array(z.string()),
  sources: z.array(SourceRefSchema),
});
/**
 * A company the partnership wants to engage (see {@link CompanyRecordSchema}).
 * @example
 * const company: CompanyRecord = partnership.companies[0]!;
 * company.needs; // => ['child-labour', 'due-diligence', 'wages-contracts']
 */
export type CompanyRecord = z.infer<typeof CompanyRecordSchema>;

/**
 * The normalised partnership: members plus the three dimension tables, every
 * reference resolved to a member id, a theme/sector taxonomy id and an ISO
 * alpha-2 country code. Records are sorted deterministically (member order,
 * then category).
 * @example
 * PartnershipSchema.safeParse(partnership).success; // => true
 * PartnershipSchema.safeParse({ members: [] }).success; // => false
 */
export const PartnershipSchema = z.object({
  members: z.array(MemberSchema),
  expertise: z.array(ExpertiseRecordSchema),
  geography: z.array(GeographyRecordSchema),
  sectors: z.array(SectorRecordSchema),
  companies: z.array(CompanyRecordSchema),
});
/**
 * The normalised partnership (see {@link PartnershipSchema}).
 * @example
 * const p: Partnership = parsePartnership(sample).partnership;
 * [p.members.length, p.expertise.length, p.geography.length, p.sectors.length, p.companies.length];
 * // => [12, 77, 49, 30, 5]
 */
export type Partnership = z.infer<typeof PartnershipSchema>;

/**
 * The dimensions a member profile has.
 * @example
 * DimensionSchema.options; // => ['expertise', 'geography', 'sectors']
 */
export const DimensionSchema = z.enum(['expertise', 'geography', 'sectors']);
/**
 * A profile dimension (see {@link DimensionSchema}).
 * @example
 * const dimension: Dimension = 'geography';
 * metrics[dimension].overlap.get('FTA', 'SEW') > 0; // => true
 */
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * The kinds of input file the library reads.
 * @example
 * FileKindSchema.options; // => ['members', 'expertise', 'geography', 'sectors', 'companies', 'wide']
 */
export const FileKindSchema = z.enum(['members', 'expertise', 'geography', 'sectors', 'companies', 'wide']);
/**
 * A kind of input file (see {@link FileKindSchema}).
 * @example
 * const kind: FileKind | null = detectFileKind('leden.csv', ['Naam', 'Soort', 'Land']);
 * kind; // => 'members'
 */
export type FileKind = z.infer<typeof FileKindSchema>;
