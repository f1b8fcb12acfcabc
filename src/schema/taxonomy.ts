import * as z from './zod.js';

/** A taxonomy id: lowercase kebab-case ASCII, e.g. 'living-wage', 'garment-textiles'. */
export const TaxonomyIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a taxonomy id is lowercase kebab-case (a-z, 0-9, single hyphens)'),
  );

/** An OECD DAC 5-digit purpose (sector) code, e.g. '32163'. */
export const DacCodeSchema = z.string().check(z.regex(/^\d{5}$/, 'a DAC purpose code has 5 digits'));

const Label = z.string().check(z.trim()).check(z.minLength(1));

/**
 * One entry of a theme or sector taxonomy (data/taxonomies/themes.json, sectors.json, or your
 * own extension). Unknown fields are rejected so a typo such as `alias` is caught. Parsed
 * entries are frozen.
 *
 * @example
 * TaxonomyEntrySchema.parse({ id: 'fair-recruitment', en: 'Fair recruitment', nl: 'Eerlijke werving', aliases: [] }).id;
 * // => 'fair-recruitment'
 * TaxonomyEntrySchema.safeParse({ id: 'Fair Recruitment', en: 'Fair recruitment', nl: 'Eerlijke werving', aliases: [] })
 *   .success; // => false
 */
export const TaxonomyEntrySchema = z.readonly(
  z.strictObject({
    /** Stable id, lowercase kebab-case, e.g. 'living-wage', 'garment-textiles'. */
    id: TaxonomyIdSchema,
    /** English label. */
    en: Label,
    /** Dutch label. */
    nl: Label,
    /** Other labels, abbreviations and spellings in any language (e.g. 'GBV', 'leefbaar loon'). */
    aliases: z.readonly(z.array(Label)),
    /** Sectors: the Dutch IRBC/IMVO agreement covering the sector, if any (plain text). */
    irbc: z.optional(Label),
    /** OECD DAC 5-digit purpose codes that map to this entry (each code to one entry per taxonomy). */
    dac: z.optional(z.readonly(z.array(DacCodeSchema))),
    /** A one-line description for reports and tooltips. */
    description: z.optional(z.string()),
  }),
);

/**
 * One entry of a theme or sector taxonomy; see {@link TaxonomyEntrySchema}.
 * @example
 * const entry: TaxonomyEntry = DEFAULT_THEMES.find((t) => t.id === 'living-wage')!;
 * [entry.en, entry.nl]; // => ['Living wage', 'Leefbaar loon']
 */
export type TaxonomyEntry = z.output<typeof TaxonomyEntrySchema>;

/**
 * A whole taxonomy file: an array of entries (data/taxonomies/themes.json, sectors.json).
 * @example
 * TaxonomyFileSchema.safeParse(DEFAULT_SECTORS).success; // => true
 * TaxonomyFileSchema.safeParse([{ id: 'cocoa', en: 'Cocoa', nl: 'Cacao', alias: [] }]).success; // => false
 */
export const TaxonomyFileSchema = z.readonly(z.array(TaxonomyEntrySchema));
