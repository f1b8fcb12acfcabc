import { OptionsError } from '../errors.js';
import type { Lang } from '../lang.js';
import { message } from '../messages/catalogue.js';
import { COUNTRY_VARIANTS, countryName, resolveCountryOption } from '../normalise/countries.js';
import { foldText } from '../normalise/fold.js';
import { isoAlpha3, isoNames } from '../normalise/isoCountries.js';
import { cmp } from '../normalise/issue.js';
import { partnerNameKey } from '../normalise/orgNames.js';
import { defaultThemeTaxonomy, type Taxonomy } from '../normalise/taxonomy.js';
import type { Partnership } from '../schema/records.js';
import { createTermMatcher, type TermMatcher } from './terms.js';
import { DEFAULT_REDACTION, type RedactionOptions } from './types.js';

/**
 * Everything a redaction needs, resolved once: the removed ids, the pseudonyms and the sensitive terms.
 *
 * @example
 * planRedaction(p, { countries: ['Kenya'] }).countries.has('KE'); // => true
 */
export interface RedactionPlan {
  /** Theme ids removed. */
  readonly themes: ReadonlySet<string>;
  /** ISO alpha-2 codes removed. */
  readonly countries: ReadonlySet<string>;
  /** Member ids removed (opt-out). */
  readonly optOut: ReadonlySet<string>;
  /** Local partner name (as written) -> pseudonym; empty unless partners are redacted. */
  readonly partnerAlias: ReadonlyMap<string, string>;
  /** Company name (as written) -> pseudonym; empty unless companies are redacted. */
  readonly companyAlias: ReadonlyMap<string, string>;
  /** Terms of removed themes, countries and opted-out members: blanked inside any free text. */
  readonly sensitive: TermMatcher;
  /**
   * `sensitive` plus every local partner and company name when those are pseudonymised, and the
   * names only withheld rows mention: what no issue text may contain.
   */
  readonly everything: TermMatcher;
  /** Whether a free-text value (e.g. an issue's raw value) names a removed theme, country or member. */
  readonly namesRemoved: (value: string) => boolean;
}

/** Every way a country is commonly written: English and Dutch names (all forms), curated variants, codes. */
function countryForms(code: string): { words: string[]; literals: string[] } {
  const words = new Set<string>([countryName(code, 'en'), countryName(code, 'nl')]);
  for (const lang of ['en', 'nl'] as const) for (const n of isoNames(lang).get(code) ?? []) words.add(n);
  for (const [variant, c] of Object.entries(COUNTRY_VARIANTS))
    if (c === code && variant.length > 3) words.add(variant);
  const literals = [code];
  const alpha3 = isoAlpha3(code);
  if (alpha3) literals.push(alpha3);
  // A name like 'Burma' or 'Holland' written all in capitals is still a name; codes stay literal.
  return { words: [...words].filter((w) => w !== code && w !== alpha3), literals };
}

/** Group names by partnerNameKey and number the groups in the given order: name -> `nth(n)`. */
function pseudonyms(names: readonly string[], nth: (n: number) => string): Map<string, string> {
  const byKey = new Map<string, string>();
  const out = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name === '' || out.has(raw)) continue;
    const key = partnerNameKey(name).key || foldText(name) || name;
    let alias = byKey.get(key);
    if (alias === undefined) {
      alias = nth(byKey.size + 1);
      byKey.set(key, alias);
    }
    out.set(raw, alias);
  }
  return out;
}

/**
 * Resolve redaction options against a partnership: theme labels to ids (through the taxonomy),
 * country names to codes, opt-out ids (or exact names) to member ids; number the local partners
 * and companies; compile the sensitive terms.
 *
 * Pseudonym order (deterministic, independent of record order): local partners by (member id,
 * country, position in the member's list); companies by (member id, sector, network, position),
 * then companies.csv rows by (file, line). Spellings with the same partner key ('Karmojibi Nari'
 * and 'Karmojibi Nari (KN)') share one pseudonym, so shared partners are still found.
 *
 * @param lang - language of the errors ('en' or 'nl'); default 'en'
 * @throws OptionsError for a theme, country or member that cannot be resolved (redaction fails
 *   closed: a typo must not leak what was meant to be hidden)
 * @example
 * const plan = planRedaction(partnership, { partners: true, themes: ['GBV'] });
 * plan.themes.has('gbv');        // => true
 * plan.partnerAlias.get('Sabuj Nari Kendra'); // => 'Partner 3' (for example)
 */
export function planRedaction(
  partnership: Partnership,
  redaction: RedactionOptions,
  taxonomy: Taxonomy = defaultThemeTaxonomy(),
  lang: Lang = 'en',
): RedactionPlan {
  const {
    partners = DEFAULT_REDACTION.partners,
    companies = DEFAULT_REDACTION.companies,
    themes = DEFAULT_REDACTION.themes,
    countries: countryList = DEFAULT_REDACTION.countries,
    optOut = DEFAULT_REDACTION.optOut,
  } = redaction;

  const { themeIds, themeWords } = redactedThemes(partnership, themes, taxonomy, lang);
  const { countryCodes, countryWords, countryLiterals } = redactedCountries(countryList, lang);
  const { memberIds, memberWords } = optedOutMembers(partnership, optOut, lang);
  const removedRow = (member: string, country?: string) =>
    memberIds.has(member) || (country !== undefined && countryCodes.has(country));
  const { partnerAlias, companyAlias } = aliasesOf(partnership, removedRow, partners, companies, lang);

  const sensitiveTerms = {
    words: [...themeWords, ...countryWords, ...memberWords].filter((w) => w !== ''),
    literals: countryLiterals,
  };
  const sensitive = createTermMatcher(sensitiveTerms);
  // Issue texts must not name a pseudonymised organisation, nor one that only withheld rows mention.
  const withheldNames = [
    ...partnership.geography.filter((g) => removedRow(g.member, g.country)).flatMap((g) => g.partners),
    ...partnership.sectors.filter((x) => removedRow(x.member)).flatMap((x) => x.companies),
  ];
  const everything = createTermMatcher({
    words: [
      ...sensitiveTerms.words,
      ...(partners ? partnership.geography.flatMap((g) => g.partners) : []),
      ...(companies
        ? [...partnership.sectors.flatMap((x) => x.companies), ...partnership.companies.map((c) => c.company)]
        : []),
      ...withheldNames,
    ],
    literals: sensitiveTerms.literals,
  });
  const namesRemoved = (value: string): boolean => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') return false;
    if (themeIds.size > 0) {
      const m = taxonomy.resolve(text);
      if ((m.kind === 'exact' || m.kind === 'fuzzy') && themeIds.has(m.value.id)) return true;
    }
    if (countryCodes.size > 0) {
      try {
        if (countryCodes.has(resolveCountryOption(text, 'value'))) return true;
      } catch {
        // not a country
      }
    }
    return memberIds.size > 0 && memberIds.has(text);
  };
  return {
    themes: themeIds,
    countries: countryCodes,
    optOut: memberIds,
    partnerAlias,
    companyAlias,
    sensitive,
    everything,
    namesRemoved,
  };
}

/** The theme ids to withhold, and the words that name them (as given, id, labels, aliases). */
function redactedThemes(partnership: Partnership, themes: readonly string[], taxonomy: Taxonomy, lang: Lang) {
  const themeIds = new Set<string>();
  const themeWords: string[] = [];
  const usedThemes = new Set(partnership.expertise.map((e) => e.theme));
  for (const label of themes) {
    const text = typeof label === 'string' ? label.trim() : '';
    const match = text === '' ? null : taxonomy.resolve(text);
    let id: string | undefined;
    if (usedThemes.has(text)) id = text;
    else if (match && (match.kind === 'exact' || match.kind === 'fuzzy')) id = match.value.id;
    else
      id = [...usedThemes]
        .sort(cmp)
        .find((u) => foldText(u) === foldText(text) || foldText(taxonomy.label(u, 'en')) === foldText(text));
    if (id === undefined) {
      const s = match?.kind === 'none' ? match.suggestion : undefined;
      const hint = s ? message(lang, 'option.hint_label', { label: s[lang], id: s.id }) : '';
      throw new OptionsError('redact.themes', message(lang, 'redact.unknown_theme', { value: text, hint }));
    }
    themeIds.add(id);
    const entry = taxonomy.get(id);
    themeWords.push(text, id, taxonomy.label(id, 'en'), taxonomy.label(id, 'nl'), ...(entry?.aliases ?? []));
    if (id.startsWith('custom:')) themeWords.push(id.slice('custom:'.length));
  }
  return { themeIds, themeWords };
}

/** The country codes to withhold, and the words and literals that name them. */
function redactedCountries(countryList: readonly string[], lang: Lang) {
  const countryCodes = new Set<string>();
  const countryWords: string[] = [];
  const countryLiterals: string[] = [];
  for (const label of countryList) {
    const code = resolveCountryOption(label, 'redact.countries', lang);
    countryCodes.add(code);
    const forms = countryForms(code);
    countryWords.push(
      typeof label === 'string' && label.trim().length > 3 ? label.trim() : '',
      ...forms.words,
    );
    countryLiterals.push(...forms.literals);
  }
  return { countryCodes, countryWords, countryLiterals };
}

/** The members that opted out (by id or name), and the words that name them. */
function optedOutMembers(partnership: Partnership, optOut: readonly string[], lang: Lang) {
  const memberIds = new Set<string>();
  const memberWords: string[] = [];
  for (const raw of optOut) {
    const text = typeof raw === 'string' ? raw.trim() : '';
    const member =
      partnership.members.find((m) => m.id === text) ??
      partnership.members.find(
        (m) => foldText(m.id) === foldText(text) || foldText(m.name) === foldText(text),
      );
    if (!member) {
      const ids = partnership.members.map((m) => m.id);
      const near = ids.find((id) => foldText(id).startsWith(foldText(text).slice(0, 2)));
      const hint = near ? message(lang, 'redact.hint_member', { id: near }) : '';
      throw new OptionsError(
        'redact.optOut',
        message(lang, 'redact.unknown_member', { value: text, hint, ids: ids.join(', ') }),
      );
    }
    memberIds.add(member.id);
    memberWords.push(member.id, member.name);
  }
  return { memberIds, memberWords };
}

/** Pseudonyms of local partners and companies, numbered over the rows that remain. */
function aliasesOf(
  partnership: Partnership,
  removedRow: (member: string, country?: string) => boolean,
  partners: boolean,
  companies: boolean,
  lang: Lang,
) {
  // Pseudonyms are numbered over what remains, so gaps never hint at withheld partners.
  const keptGeography = partnership.geography.filter((g) => !removedRow(g.member, g.country));
  const keptSectors = partnership.sectors.filter((x) => !removedRow(x.member));
  let partnerAlias = new Map<string, string>();
  if (partners) {
    const rows = [...keptGeography].sort((a, b) => cmp(a.member, b.member) || cmp(a.country, b.country));
    partnerAlias = pseudonyms(
      rows.flatMap((g) => g.partners),
      (n) => `Partner ${n}`,
    );
  }
  let companyAlias = new Map<string, string>();
  if (companies) {
    const rows = [...keptSectors].sort(
      (a, b) => cmp(a.member, b.member) || cmp(a.sector, b.sector) || cmp(a.network, b.network),
    );
    const listed = [...partnership.companies].sort((a, b) => {
      const sa = a.sources[0];
      const sb = b.sources[0];
      return (
        cmp(sa?.file ?? '', sb?.file ?? '') || (sa?.line ?? 0) - (sb?.line ?? 0) || cmp(a.company, b.company)
      );
    });
    companyAlias = pseudonyms([...rows.flatMap((x) => x.companies), ...listed.map((c) => c.company)], (n) =>
      message(lang, 'redact.company_pseudonym', { n }),
    );
  }
  return { partnerAlias, companyAlias };
}
