/**
 * Looking at a page as a Dutch reader would: which English words are left once the names are
 * taken out (organisations, local partners, companies, file names), and which raw kind ids.
 */
import { BUILTIN_CATALOGUE } from '../../src/recommend/catalogue.js';
import type { BaselineJson } from '../../src/schema/baseline.js';

/** English function words (and report words) that never occur in a Dutch sentence. */
const ENGLISH = new Set(
  (
    'the and with which from that this these their they are were has have can should would into ' +
    'between where when who what for to by on at it not more add members countries present ' +
    'proposed through shows joint activities'
  ).split(' '),
);

/** Kind ids of the built-in catalogue: a reader must never see these as text. */
export const KIND_IDS: readonly string[] = BUILTIN_CATALOGUE.map((k) => k.id);

/**
 * The names in a baseline that stay as they are in any language: members, local partners,
 * companies, and the IRBC agreement names inside rationales (translated in the later message
 * sweep of issue 19, which also translates the ingestion messages).
 */
export function namesIn(json: BaselineJson): string[] {
  const names = new Set<string>(json.members.map((m) => m.name));
  for (const view of Object.values(json.countries)) {
    for (const m of view.members) for (const p of m.partners) names.add(p);
    for (const p of view.sharedPartners) for (const v of [p.partner, ...p.variants]) names.add(v);
  }
  for (const c of json.records?.companies ?? []) names.add(c.company);
  for (const r of json.records?.sectors ?? []) for (const c of r.companies) names.add(c);
  for (const r of json.recommendations) {
    for (const m of r.rationale.matchAll(/\b(?:Dutch|IRBC|International RBC) [A-Z][^()]*\([^)]*\)/g))
      names.add(m[0]);
  }
  // Longest first, so a name inside another is not cut out of it first.
  return [...names].filter((n) => n.trim() !== '').sort((a, b) => b.length - a.length);
}

/** The English words left in `text` after removing `names`, file names and codes (sorted, unique). */
export function englishWordsIn(text: string, names: readonly string[]): string[] {
  let rest = text;
  for (const name of names) rest = rest.split(name).join(' ');
  rest = rest.replace(/\S+\.(?:csv|json|xlsx|tsv|txt)\b/g, ' ');
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH.has(w)))].sort();
}

/** Kind ids that appear in `text` as words. */
export function kindIdsIn(text: string): string[] {
  return KIND_IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text));
}
