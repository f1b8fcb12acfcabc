import type { RedactionOptions, Withheld } from './types.js';

/**
 * A one-line English summary of what a redaction withheld (counts only), for a CLI or a log.
 * Empty string when nothing was withheld.
 *
 * @param w - what a redaction withheld ({@link Withheld})
 * @example
 * formatWithheld({ members: 1, expertise: 7, geography: 6, sectors: 2, themes: 0, countries: 0,
 *   partners: 0, companies: 0, texts: 0, issues: 0 });
 * // => 'Redacted: 1 member opted out; 7 expertise, 6 geography and 2 sector rows withheld.\n'
 */
export function formatWithheld(w: Withheld): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (w.members > 0) parts.push(`${n(w.members, 'member', 'members')} opted out`);
  if (w.themes > 0) parts.push(`${n(w.themes, 'theme', 'themes')} removed`);
  if (w.countries > 0) parts.push(`${n(w.countries, 'country', 'countries')} removed`);
  const rows = [
    w.expertise > 0 ? `${w.expertise} expertise` : null,
    w.geography > 0 ? `${w.geography} geography` : null,
    w.sectors > 0 ? `${w.sectors} sector` : null,
  ].filter((x): x is string => x !== null);
  if (rows.length > 0) {
    const list = rows.length === 1 ? rows[0] : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
    parts.push(`${list} rows withheld`);
  }
  if (w.partners > 0) parts.push(`${n(w.partners, 'local partner', 'local partners')} pseudonymised`);
  if (w.companies > 0) parts.push(`${n(w.companies, 'company', 'companies')} pseudonymised`);
  if (w.texts > 0) parts.push(`${n(w.texts, 'text', 'texts')} blanked`);
  if (w.issues > 0) parts.push(`${n(w.issues, 'input issue', 'input issues')} redacted`);
  return parts.length === 0 ? '' : `Redacted: ${parts.join('; ')}.\n`;
}

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
