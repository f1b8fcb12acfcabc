import type { Lang } from '../country/labels.js';
import { toolMessagesIn } from '../messages/toolCatalogue.js';
import type { RedactionOptions, Withheld } from './types.js';

/**
 * A one-line summary of what a redaction withheld (counts only), in English or Dutch, for a CLI
 * or a log. Empty string when nothing was withheld.
 *
 * @param w - what a redaction withheld ({@link Withheld})
 * @param lang - 'en' (default) or 'nl'
 * @example
 * formatWithheld({ members: 1, expertise: 7, geography: 6, sectors: 2, themes: 0, countries: 0,
 *   partners: 0, companies: 0, texts: 0, issues: 0 });
 * // => 'Redacted: 1 member opted out; 7 expertise, 6 geography and 2 sector rows withheld.\n'
 */
export function formatWithheld(w: Withheld, lang: Lang = 'en'): string {
  const t = toolMessagesIn(lang);
  const parts: string[] = [];
  const counted = (count: number, key: CountedKey) => {
    if (count > 0) parts.push(t(`redact.${key}.${count === 1 ? 'one' : 'many'}`, { count }));
  };
  counted(w.members, 'members');
  counted(w.themes, 'themes');
  counted(w.countries, 'countries');
  const rows = (['expertise', 'geography', 'sectors'] as const)
    .filter((k) => w[k] > 0)
    .map((k) => t(`redact.rows.${k}`, { count: w[k] }));
  if (rows.length > 0) {
    const list =
      rows.length === 1 ? rows[0] : `${rows.slice(0, -1).join(', ')}${t('word.and')}${rows.at(-1)}`;
    parts.push(t('redact.rows', { list: list ?? '' }));
  }
  counted(w.partners, 'partners');
  counted(w.companies, 'companies');
  counted(w.texts, 'texts');
  counted(w.issues, 'issues');
  return parts.length === 0 ? '' : `${t('baseline.redacted', { parts: parts.join('; ') })}\n`;
}

/** The counted parts of a redaction summary. */
type CountedKey = 'members' | 'themes' | 'countries' | 'partners' | 'companies' | 'texts' | 'issues';

/**
 * Raw CLI flags of the redaction options, as commander hands them over.
 *
 * @example
 * redactionFromFlags({ redactPartners: true, optOut: 'VAW' }); // => { redact: { partners: true, optOut: ['VAW'] } }
 */
export interface RedactionFlags {
  readonly redactPartners?: unknown;
  readonly redactCompanies?: unknown;
  readonly redactThemes?: unknown;
  readonly redactCountries?: unknown;
  readonly optOut?: unknown;
}

function list(raw: unknown): string[] {
  return typeof raw === 'string'
    ? raw
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * Turn `--redact-partners --redact-companies --redact-themes <list> --redact-countries <list>
 * --opt-out <ids>` into `{ redact }` for BaselineOptions (lists split on `,` or `;`); `{}` when no
 * redaction flag was given.
 *
 * @example
 * redactionFromFlags({ redactPartners: true, redactThemes: 'gbv; freedom of association' });
 * // => { redact: { partners: true, themes: ['gbv', 'freedom of association'] } }
 */
export function redactionFromFlags(flags: RedactionFlags): { redact?: RedactionOptions } {
  const themes = list(flags.redactThemes);
  const countries = list(flags.redactCountries);
  const optOut = list(flags.optOut);
  const redact: RedactionOptions = {
    ...(flags.redactPartners === true ? { partners: true } : {}),
    ...(flags.redactCompanies === true ? { companies: true } : {}),
    ...(themes.length > 0 ? { themes } : {}),
    ...(countries.length > 0 ? { countries } : {}),
    ...(optOut.length > 0 ? { optOut } : {}),
  };
  return Object.keys(redact).length === 0 ? {} : { redact };
}
