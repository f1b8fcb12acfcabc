/**
 * What to redact from every output of a baseline. All off by default.
 *
 * @example
 * const redact: RedactionOptions = { partners: true, themes: ['gbv'], countries: ['Myanmar'], optOut: ['VAW'] };
 * const safe = buildBaseline(sample, { redact });
 * Object.keys(safe.countries).includes('MM'); // => false
 * safe.withheld; // => { members: 1, themes: 1, countries: 1, ... }
 */
export interface RedactionOptions {
  /** Replace every local partner name by a stable pseudonym "Partner 1", "Partner 2", ... Default false. */
  readonly partners?: boolean;
  /** Replace every company name by a stable pseudonym "Company 1", "Company 2", ... ("Bedrijf 1", ... with `lang: 'nl'`). Default false. */
  readonly companies?: boolean;
  /** Themes (ids, labels or aliases, English or Dutch) removed entirely. Default none. */
  readonly themes?: readonly string[];
  /** Countries (names or ISO codes) removed entirely. Default none. */
  readonly countries?: readonly string[];
  /** Member ids (or exact names) whose data is removed from every output. Default none. */
  readonly optOut?: readonly string[];
}

/** Every option key of {@link RedactionOptions} (the compiler keeps the list complete). */
export const REDACTION_OPTION_KEYS: readonly string[] = Object.keys({
  companies: true,
  countries: true,
  optOut: true,
  partners: true,
  themes: true,
} satisfies Record<keyof RedactionOptions, true>);

/**
 * Defaults of {@link RedactionOptions}: nothing is redacted.
 *
 * @example
 * DEFAULT_REDACTION; // => { partners: false, companies: false, themes: [], countries: [], optOut: [] }
 */
export const DEFAULT_REDACTION: Readonly<Required<RedactionOptions>> = Object.freeze({
  partners: false,
  companies: false,
  themes: Object.freeze([]) as readonly string[],
  countries: Object.freeze([]) as readonly string[],
  optOut: Object.freeze([]) as readonly string[],
});

/**
 * The text that replaces a redacted value or a redacted part of a name.
 *
 * @example
 * const read = parsePartnership(messy);
 * // the first rejected row names an unknown member and suggests Stichting Jonge Handen (SJH), who opted out
 * const { plan } = redactPartnership(read.partnership, { optOut: ['SJH'] });
 * redactIssues(read.rejected, plan).issues[0]?.suggestion; // => REDACTED
 * REDACTED; // => '[redacted]'
 */
export const REDACTED = '[redacted]';

/**
 * How much a redaction withheld: counts only, never the withheld values.
 *
 * @example
 * const withheld: Withheld | undefined = buildBaseline(sample, { redact: { optOut: ['VAW'] } }).withheld;
 * withheld; // => { members: 1, expertise: 7, geography: 6, sectors: 2, ... }
 */
export interface Withheld {
  /** Members removed because they opted out. */
  readonly members: number;
  /** Expertise rows removed (opted-out members and removed themes). */
  readonly expertise: number;
  /** Geography rows removed (opted-out members and removed countries). */
  readonly geography: number;
  /** Sector rows removed (opted-out members). */
  readonly sectors: number;
  /** Removed themes that occurred in the data. */
  readonly themes: number;
  /** Removed countries that occurred in the data. */
  readonly countries: number;
  /** Distinct local partners replaced by a pseudonym. */
  readonly partners: number;
  /** Distinct companies replaced by a pseudonym. */
  readonly companies: number;
  /** Free-text values (names, extra columns, file names) in which a redacted term was blanked. */
  readonly texts: number;
  /** Ingestion issues (rejected rows and warnings) whose value, suggestion and message were redacted. */
  readonly issues: number;
}
