import type { Baseline } from '../baseline/buildBaseline.js';
import { type Lang, labelOf } from '../country/labels.js';
import type { BaselineJson, Labels } from '../schema/baseline.js';

/**
 * What a search hit is: a member, a theme, a sector, a country or a recommendation.
 * @example
 * const kinds: SearchHitKind[] = ['country'];
 * createBaselineSearch(json).search('bangladesh', { kinds })[0]?.id; // => 'BD'
 */
export type SearchHitKind = 'member' | 'theme' | 'sector' | 'country' | 'recommendation';

/** The searchable fields of a document, by name; each field holds one or more strings. */
export interface SearchFields {
  /** The display label in the report language (member name, theme label, kind title, country name). */
  readonly label: string;
  /** Theme and sector labels in the other language. */
  readonly otherLabel: readonly string[];
  /** Ids, acronyms and ISO codes. */
  readonly code: readonly string[];
  /** A member's type (ngo, union, company, ...). */
  readonly type: readonly string[];
  /** The names of a recommendation's members. */
  readonly members: readonly string[];
  /** A recommendation's rationale. */
  readonly rationale: readonly string[];
}

/** One searchable thing: what it is, its id, and its fields. */
export interface SearchDocument {
  readonly kind: SearchHitKind;
  readonly id: string;
  readonly fields: SearchFields;
}

/**
 * A recommendation kind's title in English and Dutch, as `describeCatalogue()` lists it.
 * @example
 * const mine: KindTitle = { id: 'my-kind', title: { en: 'Peer exchange', nl: 'Uitwisseling' } };
 * createBaselineSearch(json, { catalogue: [...describeCatalogue(), mine] }).size === createBaselineSearch(json).size; // => true
 */
export interface KindTitle {
  readonly id: string;
  readonly title: { readonly en: string; readonly nl: string };
}

/** The parts of a baseline the search reads (the same in a live `Baseline` and its JSON). */
interface SearchSource {
  readonly members: readonly { readonly id: string; readonly name: string; readonly type: string }[];
  readonly labels: Labels;
  readonly countries: Readonly<Record<string, unknown>>;
  readonly recommendations: readonly {
    readonly id: string;
    readonly kind: string;
    readonly members: readonly string[];
    readonly rationale: string;
  }[];
}

/** A live baseline (`partnership.members`) or baseline.json (`members`) as one shape. */
function sourceOf(baseline: Baseline | BaselineJson): SearchSource {
  const members = 'partnership' in baseline ? baseline.partnership.members : baseline.members;
  return {
    members,
    labels: baseline.labels,
    countries: baseline.countries,
    recommendations: baseline.recommendations,
  };
}

const NONE: readonly string[] = Object.freeze([]);

function fields(partial: Partial<SearchFields> & { label: string }): SearchFields {
  return {
    otherLabel: NONE,
    code: NONE,
    type: NONE,
    members: NONE,
    rationale: NONE,
    ...partial,
  };
}

/**
 * The initials of a name's words that start with a capital ("Fair Threads Alliance" -> "FTA"),
 * or null when the name has fewer than two such words.
 */
function acronymOf(name: string): string | null {
  const initials = name.match(/(?<![\p{L}\p{N}])\p{Lu}/gu) ?? [];
  return initials.length >= 2 ? initials.join('') : null;
}

/** A kind id in words ("joint-lobby" -> "Joint lobby"), for kinds without a title. */
function idInWords(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sortedKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function memberDocuments(source: SearchSource): SearchDocument[] {
  return source.members.map((m) => {
    const acronym = acronymOf(m.name);
    const code = acronym === null || acronym === m.id ? [m.id] : [m.id, acronym];
    return { kind: 'member', id: m.id, fields: fields({ label: m.name, code, type: [m.type] }) };
  });
}

function categoryDocuments(source: SearchSource, group: 'themes' | 'sectors', lang: Lang): SearchDocument[] {
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  const table = source.labels[group];
  return sortedKeys(table).map((id) => ({
    kind: group === 'themes' ? 'theme' : 'sector',
    id,
    fields: fields({
      label: labelOf(source.labels, group, id, lang),
      otherLabel: [labelOf(source.labels, group, id, other)],
      code: [id, id.replace(/[-_]+/g, ' ')],
    }),
  }));
}

/** The countries with an in-country view: the ones a reader can open. */
function countryDocuments(source: SearchSource, lang: Lang): SearchDocument[] {
  return sortedKeys(source.countries).map((code) => ({
    kind: 'country',
    id: code,
    fields: fields({ label: labelOf(source.labels, 'countries', code, lang), code: [code] }),
  }));
}

function recommendationDocuments(
  source: SearchSource,
  lang: Lang,
  titles: ReadonlyMap<string, KindTitle['title']>,
): SearchDocument[] {
  const names = new Map(source.members.map((m) => [m.id, m.name]));
  return source.recommendations.map((r) => {
    const title = titles.get(r.kind)?.[lang] ?? idInWords(r.kind);
    const members = r.members.map((id) => names.get(id) ?? id);
    return {
      kind: 'recommendation',
      id: r.id,
      fields: fields({ label: title, code: [r.id], members, rationale: [r.rationale] }),
    };
  });
}

/**
 * Everything a search can find in a baseline, in a fixed order: members (baseline order), themes,
 * sectors and countries (by id), recommendations (ranked order).
 */
export function searchDocuments(
  baseline: Baseline | BaselineJson,
  lang: Lang,
  catalogue: readonly KindTitle[],
): SearchDocument[] {
  const source = sourceOf(baseline);
  const titles = new Map(catalogue.map((k) => [k.id, k.title]));
  return [
    ...memberDocuments(source),
    ...categoryDocuments(source, 'themes', lang),
    ...categoryDocuments(source, 'sectors', lang),
    ...countryDocuments(source, lang),
    ...recommendationDocuments(source, lang, titles),
  ];
}
