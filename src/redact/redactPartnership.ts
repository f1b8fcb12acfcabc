import type { Lang } from '../lang.js';
import { defaultThemeTaxonomy, type Taxonomy } from '../normalise/taxonomy.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { Partnership, SourceRef } from '../schema/records.js';
import { planRedaction, type RedactionPlan } from './plan.js';
import { REDACTED, REDACTION_OPTION_KEYS, type RedactionOptions, type Withheld } from './types.js';

/**
 * The result of {@link redactPartnership}.
 *
 * @example
 * const redacted: RedactedPartnership = redactPartnership(partnership, { optOut: ['VAW'] });
 * redacted.partnership.members.length; // => 11
 * redacted.withheld.members; // => 1
 */
export interface RedactedPartnership {
  /** The partnership with the redaction applied (a new object; the input is untouched). */
  readonly partnership: Partnership;
  /** How much was withheld (counts only). `issues` is 0 here; {@link redactIssues} counts those. */
  readonly withheld: Withheld;
  /** The resolved plan, to redact ingestion issues and options consistently. */
  readonly plan: RedactionPlan;
}

/**
 * Blank terms in free-text values, counting the values changed: `scrub` blanks the sensitive terms
 * (removed themes, countries, opted-out members), `scrubAll` also the pseudonymised and withheld
 * partner and company names.
 */
function scrubber(plan: RedactionPlan): {
  scrub: (s: string) => string;
  scrubAll: (s: string) => string;
  changed: () => number;
} {
  let changed = 0;
  const make = (matcher: RedactionPlan['sensitive']) => {
    const cache = new Map<string, string>();
    return (s: string): string => {
      if (matcher.empty || typeof s !== 'string' || s === '') return s;
      let out = cache.get(s);
      if (out === undefined) {
        out = matcher.replace(s, REDACTED);
        cache.set(s, out);
      }
      if (out !== s) changed++;
      return out;
    };
  };
  return { scrub: make(plan.sensitive), scrubAll: make(plan.everything), changed: () => changed };
}

/**
 * Apply a redaction to a normalised partnership, before any metric is computed, so that nothing
 * downstream (matrices, country views, recommendations, labels, reports) can see what was removed.
 *
 * Rules:
 * - `optOut`: the members are removed with all their expertise, geography and sector rows; they
 *   do not appear at all (not even as "opted out"); `withheld.members` says how many.
 * - `themes`: expertise rows on those themes are removed, and the themes are dropped from company
 *   needs.
 * - `countries`: geography rows in those countries are removed (with their local partners), a
 *   member headquartered there gets country null, and companies lose that country.
 * - `partners` / `companies`: names become "Partner n" / "Company n" (see `planRedaction`
 *   for the order); spellings of one organisation share a pseudonym.
 * - Every remaining free text (member names, extra columns, local partner and company names,
 *   source file names) has any mention of a removed theme (id, labels, aliases), country (names,
 *   ISO codes) or opted-out member (id, name) replaced by "[redacted]"; extra columns and file
 *   names also lose pseudonymised partner and company names. A member's own name is kept even
 *   when another member names it as a local partner (it is a member, not a hidden partner).
 *
 * Pure: returns new objects, never mutates its input. Deterministic.
 *
 * @param partnership - the normalised partnership (not changed)
 * @param redaction - what to redact (see {@link RedactionOptions}); defaults in {@link DEFAULT_REDACTION}
 * @param themes - the theme taxonomy that resolves theme labels; default the built-in themes
 * @param lang - language of the errors ('en' or 'nl'); default 'en'
 * @throws OptionsError for a theme, country or member that cannot be resolved (fails closed)
 * @example
 * const { partnership: safe, withheld } = redactPartnership(partnership, { partners: true, optOut: ['VAW'] });
 * withheld.members; // => 1
 * // local partners pseudonymised, in a stable order
 * safe.geography.filter((g) => g.partners.length > 0).slice(0, 2).map((g) => [g.member, g.country, g.partners]);
 * // => [['AER', 'GH', ['Partner 1']], ['AER', 'UG', ['Partner 2']]]
 */
export function redactPartnership(
  partnership: Partnership,
  redaction: RedactionOptions,
  themes: Taxonomy = defaultThemeTaxonomy(),
  lang: Lang = 'en',
): RedactedPartnership {
  checkOptionKeys(redaction, REDACTION_OPTION_KEYS);
  const plan = planRedaction(partnership, redaction, themes, lang);
  const { scrub, scrubAll, changed } = scrubber(plan);
  const keepMember = (id: string) => !plan.optOut.has(id);
  const sources = (refs: readonly SourceRef[]) => refs.map((r) => ({ file: scrubAll(r.file), line: r.line }));
  const partnerName = (n: string) => plan.partnerAlias.get(n) ?? scrub(n);
  const companyName = (n: string) => plan.companyAlias.get(n) ?? scrub(n);

  const members = partnership.members.filter((m) => keepMember(m.id));
  // A row that places a theme in a withheld country is withheld with the country.
  const expertise = partnership.expertise.filter(
    (e) =>
      keepMember(e.member) &&
      !plan.themes.has(e.theme) &&
      (e.country === undefined || !plan.countries.has(e.country)),
  );
  const geography = partnership.geography.filter(
    (g) => keepMember(g.member) && !plan.countries.has(g.country),
  );
  // A network that names only withheld countries is withheld; others lose those countries.
  const sectors = partnership.sectors.filter(
    (s) =>
      keepMember(s.member) && (s.countries === undefined || s.countries.some((c) => !plan.countries.has(c))),
  );

  const extras = (x: Readonly<Record<string, string>>) => {
    const out: Record<string, string> = Object.create(null);
    for (const k of Object.keys(x)) out[scrubAll(k)] = scrubAll(x[k]!);
    return { ...out };
  };
  const result: Partnership = {
    members: members.map((m) => ({
      ...m,
      name: scrub(m.name),
      country: m.country !== null && plan.countries.has(m.country) ? null : m.country,
      extras: extras(m.extras),
      sources: sources(m.sources),
    })),
    expertise: expertise.map((e) => ({ ...e, sources: sources(e.sources) })),
    geography: geography.map((g) => ({
      ...g,
      partners: g.partners.map(partnerName),
      ...(g.areas ? { areas: g.areas.map((a) => ({ ...a, partners: a.partners.map(partnerName) })) } : {}),
      sources: sources(g.sources),
    })),
    sectors: sectors.map((s) => ({
      ...s,
      companies: s.companies.map(companyName),
      ...(s.countries === undefined ? {} : { countries: s.countries.filter((c) => !plan.countries.has(c)) }),
      sources: sources(s.sources),
    })),
    companies: partnership.companies.map((c) => ({
      ...c,
      company: companyName(c.company),
      countries: c.countries.filter((code) => !plan.countries.has(code)),
      needs: c.needs.filter((t) => !plan.themes.has(t)),
      sources: sources(c.sources),
    })),
    ...(partnership.funders
      ? {
          funders: partnership.funders
            .filter((f) => keepMember(f.member))
            .map((f) => ({
              ...f,
              funder: scrub(f.funder),
              country: f.country !== null && plan.countries.has(f.country) ? null : f.country,
              sources: sources(f.sources),
            })),
        }
      : {}),
    ...(partnership.focus
      ? {
          focus: partnership.focus
            .filter(
              (f) => !plan.themes.has(f.theme) && (f.country === null || !plan.countries.has(f.country)),
            )
            .map((f) => ({ ...f, sources: sources(f.sources) })),
        }
      : {}),
  };
  const usedThemes = new Set(partnership.expertise.map((e) => e.theme));
  for (const c of partnership.companies) for (const t of c.needs) usedThemes.add(t);
  const usedCountries = new Set(partnership.geography.map((g) => g.country));
  for (const m of partnership.members) if (m.country !== null) usedCountries.add(m.country);
  for (const c of partnership.companies) for (const code of c.countries) usedCountries.add(code);
  const distinct = (m: ReadonlyMap<string, string>) => new Set(m.values()).size;
  return {
    partnership: result,
    withheld: {
      members: partnership.members.length - members.length,
      expertise: partnership.expertise.length - expertise.length,
      geography: partnership.geography.length - geography.length,
      sectors: partnership.sectors.length - sectors.length,
      themes: [...plan.themes].filter((t) => usedThemes.has(t)).length,
      countries: [...plan.countries].filter((c) => usedCountries.has(c)).length,
      partners: distinct(plan.partnerAlias),
      companies: distinct(plan.companyAlias),
      texts: changed(),
      issues: 0,
    },
    plan,
  };
}
