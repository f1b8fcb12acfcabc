import * as z from './zod.js';

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
  line: z.number().check(z.int()).check(z.nonnegative()),
});
/**
 * Where a record came from (see {@link SourceRefSchema}).
 * @example
 * const where: SourceRef = partnership.members[1]!.sources[0]!;
 * `${where.file}:${where.line}`; // => 'members.csv:2'
 */
export type SourceRef = z.output<typeof SourceRefSchema>;

/**
 * Kinds of organisation in a partnership. `un` is a UN agency or another multilateral
 * organisation; a donor government body is `government`.
 * @example
 * MemberTypeSchema.options; // => ['ngo', 'union', 'company', 'knowledge', 'government', 'un', 'other']
 */
export const MemberTypeSchema = z.enum(['ngo', 'union', 'company', 'knowledge', 'government', 'un', 'other']);
/**
 * A kind of organisation (see {@link MemberTypeSchema}).
 * @example
 * const type: MemberType = partnership.members[1]!.type;
 * type; // => 'ngo'
 */
export type MemberType = z.output<typeof MemberTypeSchema>;

/**
 * How far an organisation reaches: an international NGO is type `ngo` with scope
 * `international`, a national NGO `ngo` + `national`, a community-based organisation `ngo` +
 * `local`.
 * @example
 * ScopeSchema.options; // => ['international', 'national', 'local']
 */
export const ScopeSchema = z.enum(['international', 'national', 'local']);
/**
 * How far an organisation reaches (see {@link ScopeSchema}).
 * @example
 * const scope: Scope = 'national';
 * ScopeSchema.parse(scope); // => 'national'
 */
export type Scope = z.output<typeof ScopeSchema>;

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
export type MemberRole = z.output<typeof MemberRoleSchema>;

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
export type PresenceKind = z.output<typeof PresenceKindSchema>;

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
export type NetworkKind = z.output<typeof NetworkKindSchema>;

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
export type Driver = z.output<typeof DriverSchema>;

/**
 * A partnership member. `country` is the ISO 3166 alpha-2 code of the
 * headquarters (or null); it describes the member and is not a presence.
 * `scope` is how far it reaches (null or absent when not known; the reader always sets it).
 * Columns the library does not know are kept in `extras`.
 * @example
 * MemberSchema.safeParse({ id: 'A', name: 'Alpha', type: 'ngo', country: 'NL', role: 'lead', extras: {}, sources: [] })
 *   .success; // => true
 * MemberSchema.safeParse({ id: 'A', name: 'Alpha', type: 'club', country: 'NL', role: 'lead', extras: {}, sources: [] })
 *   .success; // => false
 */
export const MemberSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  type: MemberTypeSchema,
  country: z.nullable(z.string().check(z.length(2))),
  role: MemberRoleSchema,
  scope: z.optional(z.nullable(ScopeSchema)),
  extras: z.record(z.string(), z.string()),
  sources: z.array(SourceRefSchema),
});
/**
 * A partnership member (see {@link MemberSchema}).
 * @example
 * const fta: Member = partnership.members.find((m) => m.id === 'FTA')!;
 * [fta.name, fta.type, fta.country, fta.role]; // => ['Fair Threads Alliance', 'ngo', 'NL', 'lead']
 */
export type Member = z.output<typeof MemberSchema>;

/**
 * What an expertise record rests on: `rated` (someone judged the level, e.g. "expert") or
 * `observed` (activity was seen, e.g. rows of a 3W table or IATI activities, without a rating).
 * @example
 * EvidenceKindSchema.options; // => ['rated', 'observed']
 */
export const EvidenceKindSchema = z.enum(['rated', 'observed']);
/**
 * What an expertise record rests on (see {@link EvidenceKindSchema}).
 * @example
 * const kind: EvidenceKind = 'observed';
 * EvidenceKindSchema.parse(kind); // => 'observed'
 */
export type EvidenceKind = z.output<typeof EvidenceKindSchema>;

/**
 * Expertise of a member on a theme. `theme` is a taxonomy id. A rated record (evidence `rated`,
 * the default when absent) has a level 0-5 (0 = none); an observed record (evidence `observed`)
 * says the member works on the theme and has no level (null). A theme both rated and observed is
 * one rated record (it keeps the activity count).
 * `activities` is how many activities were observed (informative, never a rating).
 *
 * Where (optional): `country` (ISO alpha-2) says the
 * member works on the theme in that country, `areas` (area ids as geography records use them,
 * sorted, each level of a written path included) in those areas of it. A record without
 * `country` counts everywhere the member is present (geography). One member may then have
 * several records on one theme, one per place; the expertise profile takes the strongest.
 * @example
 * ExpertiseRecordSchema.safeParse({ member: 'A', theme: 'living-wage', level: 6, sources: [] }).success; // => false
 * ExpertiseRecordSchema.safeParse({ member: 'A', theme: 'health', level: null, evidence: 'observed', activities: 4, sources: [] })
 *   .success; // => true
 * ExpertiseRecordSchema.safeParse({ member: 'A', theme: 'health', level: null, sources: [] }).success; // => false
 */
export const ExpertiseRecordSchema = z.union([
  z.object({
    member: z.string().check(z.minLength(1)),
    theme: z.string().check(z.minLength(1)),
    level: z.number().check(z.int()).check(z.gte(0)).check(z.lte(5)),
    evidence: z.optional(z.literal('rated')),
    activities: z.optional(z.nullable(z.number().check(z.int()).check(z.nonnegative()))),
    country: z.optional(z.string().check(z.length(2))),
    areas: z.optional(z.array(z.string().check(z.minLength(1)))),
    sources: z.array(SourceRefSchema),
  }),
  z.object({
    member: z.string().check(z.minLength(1)),
    theme: z.string().check(z.minLength(1)),
    level: z.null(),
    evidence: z.literal('observed'),
    activities: z.optional(z.nullable(z.number().check(z.int()).check(z.nonnegative()))),
    country: z.optional(z.string().check(z.length(2))),
    areas: z.optional(z.array(z.string().check(z.minLength(1)))),
    sources: z.array(SourceRefSchema),
  }),
]);
/**
 * A member's expertise on a theme (see {@link ExpertiseRecordSchema}).
 * @example
 * const first: ExpertiseRecord = partnership.expertise[0]!;
 * first;
 * // => { member: 'AER', theme: 'due-diligence', level: 4, evidence: 'rated', activities: null, sources: [{ file: 'expertise.csv', line: 47 }] }
 */
export type ExpertiseRecord = z.output<typeof ExpertiseRecordSchema>;

/**
 * An area below the country where a member is present: a province, state, district, ...
 * `id` identifies it within its country: the p-code when one was given (upper case), else the
 * accent- and case-folded name path (`parentId>name`). `parent` is the id of the area above it
 * (the admin-1 area of an admin-2 area) or null. `name` is for display (the p-code when no name
 * was given). Every level of a written path is an area of its own: `Kandahar (AF24) > Spin
 * Boldak (AF2405)` gives AF24 (parent null) and AF2405 (parent AF24), each with the row's
 * presence and partners.
 * @example
 * GeographyAreaSchema.parse({ id: 'AF2405', name: 'Spin Boldak', parent: 'AF24', presence: 'programme', partners: [] }).parent;
 * // => 'AF24'
 */
export const GeographyAreaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  parent: z.nullable(z.string().check(z.minLength(1))),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
  /**
   * The rows that name this area (set by the file readers, so evidence can cite the rows of one
   * area rather than every row of the member in the country; not written to baseline.json).
   */
  sources: z.optional(z.array(SourceRefSchema)),
});
/**
 * An area below the country (see {@link GeographyAreaSchema}).
 * @example
 * const area: GeographyArea = { id: 'dhaka', name: 'Dhaka', parent: null, presence: 'office', partners: [] };
 * area.name; // => 'Dhaka'
 */
export type GeographyArea = z.output<typeof GeographyAreaSchema>;

/**
 * Presence of a member in a country (ISO alpha-2), with named local partners and, optionally,
 * the areas in that country where it is present (sorted by id; absent or empty when the input
 * named none). The country's presence is the strongest of its rows.
 * @example
 * GeographyRecordSchema.safeParse({
 *   member: 'A', country: 'Ghana', presence: 'office', partners: [], since: null, sources: [],
 * }).success; // => false
 */
export const GeographyRecordSchema = z.object({
  member: z.string().check(z.minLength(1)),
  country: z.string().check(z.length(2)),
  presence: PresenceKindSchema,
  partners: z.array(z.string()),
  since: z.nullable(z.number().check(z.int())),
  areas: z.optional(z.array(GeographyAreaSchema)),
  /** How many activities were observed there (an import's count; informative, never a weight). */
  activities: z.optional(z.nullable(z.number().check(z.int()).check(z.nonnegative()))),
  /** Other members it already works with in the country (shared activities), ids sorted; absent when none named. */
  worksWith: z.optional(z.array(z.string().check(z.minLength(1)))),
  sources: z.array(SourceRefSchema),
});
/**
 * A member's presence in a country (see {@link GeographyRecordSchema}).
 * @example
 * const ghana: GeographyRecord = partnership.geography.find((g) => g.member === 'AER' && g.country === 'GH')!;
 * [ghana.presence, ghana.partners, ghana.since]; // => ['local_partner', ['Tarkwa Mining Communities Alliance'], 2012]
 */
export type GeographyRecord = z.output<typeof GeographyRecordSchema>;

/**
 * What a funder does for a member (IATI participating-organisation roles 1, 3 and 2): it funds
 * it, extends (manages) the funding, or holds it accountable.
 * @example
 * FunderRoleSchema.options; // => ['funding', 'extending', 'accountable']
 */
export const FunderRoleSchema = z.enum(['funding', 'extending', 'accountable']);
/**
 * A funder's role (see {@link FunderRoleSchema}).
 * @example
 * const role: FunderRole = 'funding';
 * FunderRoleSchema.parse(role); // => 'funding'
 */
export type FunderRole = z.output<typeof FunderRoleSchema>;

/**
 * A funders.csv row: an organisation that funds (or extends funding to, or holds accountable) a
 * member, optionally in one country. Funders are not members: they never enter the metrics or
 * the recommendations. `ref` is the IATI organisation reference, `type` uses the member types.
 * @example
 * FunderRecordSchema.safeParse({
 *   funder: 'Ministry of Foreign Affairs', ref: 'XM-DAC-7', type: 'government', member: 'FTA',
 *   country: 'BD', role: 'funding', activities: 3, sources: [],
 * }).success; // => true
 */
export const FunderRecordSchema = z.object({
  funder: z.string().check(z.minLength(1)),
  ref: z.nullable(z.string().check(z.minLength(1))),
  type: z.nullable(MemberTypeSchema),
  member: z.string().check(z.minLength(1)),
  country: z.nullable(z.string().check(z.length(2))),
  role: FunderRoleSchema,
  activities: z.nullable(z.number().check(z.int()).check(z.nonnegative())),
  sources: z.array(SourceRefSchema),
});
/**
 * Who funds a member (see {@link FunderRecordSchema}).
 * @example
 * const row: FunderRecord = { funder: 'Dutch MFA', ref: null, type: 'government', member: 'FTA', country: null,
 *   role: 'funding', activities: null, sources: [] };
 * row.role; // => 'funding'
 */
export type FunderRecord = z.output<typeof FunderRecordSchema>;

/**
 * A member's network in a sector (sector is a taxonomy id), strength 1-5, optionally named
 * companies and the countries the network is in.
 * @example
 * SectorRecordSchema.safeParse({
 *   member: 'A', sector: 'cocoa', network: 'companies', strength: 0, companies: [], sources: [],
 * }).success; // => false
 */
export const SectorRecordSchema = z.object({
  member: z.string().check(z.minLength(1)),
  sector: z.string().check(z.minLength(1)),
  network: NetworkKindSchema,
  strength: z.number().check(z.int()).check(z.gte(1)).check(z.lte(5)),
  companies: z.array(z.string()),
  /**
   * The countries (ISO alpha-2, sorted) the network is in, when the row says so; absent: the
   * row does not say where (its sector is then shown as a sector of the members present).
   */
  countries: z.optional(z.array(z.string().check(z.length(2)))),
  /**
   * `observed` when the row gives no strength but a count of activities (an IATI or 3W import):
   * the member was seen working in the sector, nobody rated a network there (its strength is
   * the default). Absent: a network someone named.
   */
  evidence: z.optional(z.literal('observed')),
  /** How many activities were observed in the sector (with evidence `observed`). */
  activities: z.optional(z.nullable(z.number().check(z.int()).check(z.nonnegative()))),
  sources: z.array(SourceRefSchema),
});
/**
 * A member's network in a sector (see {@link SectorRecordSchema}).
 * @example
 * const first: SectorRecord = partnership.sectors[0]!;
 * [first.member, first.sector, first.network, first.strength]; // => ['AER', 'banking', 'irbc_agreement', 3]
 */
export type SectorRecord = z.output<typeof SectorRecordSchema>;

/**
 * Optional companies.csv row: a company the partnership wants to engage.
 * @example
 * CompanyRecordSchema.parse({
 *   company: 'Kakao Kust Trading', sector: 'cocoa', countries: ['CI', 'GH'], drivers: ['issue'],
 *   needs: ['child-labour'], sources: [],
 * }).countries; // => ['CI', 'GH']
 */
export const CompanyRecordSchema = z.object({
  company: z.string().check(z.minLength(1)),
  sector: z.nullable(z.string()),
  countries: z.array(z.string().check(z.length(2))),
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
export type CompanyRecord = z.output<typeof CompanyRecordSchema>;

/**
 * A focus.csv row: a theme the partnership declares as its focus, for the whole partnership
 * (country null) or for one country (ISO alpha-2). A country view's "missing" themes are the
 * focus themes no member present there covers.
 * @example
 * FocusRecordSchema.parse({ theme: 'living-wage', country: 'BD', sources: [] }).country; // => 'BD'
 */
export const FocusRecordSchema = z.object({
  theme: z.string().check(z.minLength(1)),
  country: z.nullable(z.string().check(z.length(2))),
  sources: z.array(SourceRefSchema),
});
/**
 * A declared focus theme (see {@link FocusRecordSchema}).
 * @example
 * const row: FocusRecord = { theme: 'gbv', country: null, sources: [] };
 * row.country; // => null
 */
export type FocusRecord = z.output<typeof FocusRecordSchema>;

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
  /** Who funds the members (funders.csv); never members themselves. Absent: none. */
  funders: z.optional(z.array(FunderRecordSchema)),
  /** Declared focus themes (focus.csv), per partnership or per country. Absent: none declared. */
  focus: z.optional(z.array(FocusRecordSchema)),
});
/**
 * The normalised partnership (see {@link PartnershipSchema}).
 * @example
 * const p: Partnership = parsePartnership(sample).partnership;
 * [p.members.length, p.expertise.length, p.geography.length, p.sectors.length, p.companies.length];
 * // => [12, 77, 49, 30, 5]
 */
export type Partnership = z.output<typeof PartnershipSchema>;

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
export type Dimension = z.output<typeof DimensionSchema>;

/**
 * The kinds of input file the library reads.
 * @example
 * FileKindSchema.options; // => ['members', 'expertise', 'geography', 'sectors', 'companies', 'wide', 'funders', 'focus']
 */
export const FileKindSchema = z.enum([
  'members',
  'expertise',
  'geography',
  'sectors',
  'companies',
  'wide',
  'funders',
  'focus',
]);
/**
 * A kind of input file (see {@link FileKindSchema}).
 * @example
 * const kind: FileKind | null = detectFileKind('leden.csv', ['Naam', 'Soort', 'Land']);
 * kind; // => 'members'
 */
export type FileKind = z.output<typeof FileKindSchema>;
