import { OptionsError } from '../errors.js';
import { checkOptionKeys, unknownOptionValue } from '../optionKeys.js';
import { BUILTIN_CATALOGUE } from './catalogue.js';
import type { KindOverride, Lang, RecommendationKindDefinition } from './types.js';

const KIND_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every field of {@link KindOverride} (the compiler keeps the list complete). */
const KIND_OVERRIDE_KEYS = Object.keys({
  eligibility: true,
  fragments: true,
  params: true,
  rationale: true,
  title: true,
  weight: true,
} satisfies Record<keyof KindOverride, true>);

function checkKind(kind: RecommendationKindDefinition, where: string): void {
  if (typeof kind.id !== 'string' || !KIND_ID.test(kind.id)) {
    throw new OptionsError(
      `${where}.id`,
      `A recommendation kind id must be lowercase kebab-case, got '${String(kind.id)}'.`,
    );
  }
  if (typeof kind.generate !== 'function') {
    throw new OptionsError(`${where}.generate`, `Kind '${kind.id}' has no generate(ctx) function.`);
  }
  if (!Number.isFinite(kind.weight) || kind.weight < 0) {
    throw new OptionsError(
      `${where}.weight`,
      `Kind '${kind.id}' needs a finite weight >= 0, got ${kind.weight}.`,
    );
  }
  for (const [name, value] of Object.entries(kind.params ?? {})) {
    if (!Number.isFinite(value)) {
      throw new OptionsError(
        `${where}.params.${name}`,
        `Parameter '${name}' of kind '${kind.id}' must be a finite number.`,
      );
    }
  }
  const rationale = kind.rationale ?? {};
  if (!Object.hasOwn(rationale, 'default')) {
    throw new OptionsError(`${where}.rationale`, `Kind '${kind.id}' needs a 'default' rationale template.`);
  }
  for (const [name, text] of [...Object.entries(rationale), ...Object.entries(kind.fragments ?? {})]) {
    if (typeof text?.en !== 'string' || typeof text?.nl !== 'string') {
      throw new OptionsError(
        `${where}.rationale.${name}`,
        `Template '${name}' of kind '${kind.id}' needs en and nl text.`,
      );
    }
  }
}

/**
 * The effective catalogue: `catalogue` (default the built-ins), then `extend`
 * (a kind with an existing id replaces it, a new id is added), then `overrides`
 * (per kind id: title, eligibility or weight replaced; params, rationale and
 * fragments merged). Sorted by id.
 *
 * @throws OptionsError for a malformed kind, a duplicate id within one list, or an override of an unknown kind
 * @example
 * resolveCatalogue({ overrides: { 'joint-lobby': { weight: 0.5 } } }).find((k) => k.id === 'joint-lobby')?.weight; // => 0.5
 */
export function resolveCatalogue(
  options: {
    readonly catalogue?: readonly RecommendationKindDefinition[];
    readonly extend?: readonly RecommendationKindDefinition[];
    readonly overrides?: Readonly<Partial<Record<string, KindOverride>>>;
    readonly lang?: Lang;
  } = {},
): RecommendationKindDefinition[] {
  const { catalogue = BUILTIN_CATALOGUE, extend = [], overrides = {} } = options;
  const lang = options.lang === 'nl' ? 'nl' : 'en';
  const byId = new Map<string, RecommendationKindDefinition>();
  catalogue.forEach((kind, i) => {
    checkKind(kind, `catalogue[${i}]`);
    if (byId.has(kind.id))
      throw new OptionsError(`catalogue[${i}].id`, `Kind '${kind.id}' appears twice in the catalogue.`);
    byId.set(kind.id, kind);
  });
  const extended = new Set<string>();
  extend.forEach((kind, i) => {
    checkKind(kind, `extend[${i}]`);
    if (extended.has(kind.id))
      throw new OptionsError(`extend[${i}].id`, `Kind '${kind.id}' appears twice in extend.`);
    extended.add(kind.id);
    byId.set(kind.id, kind);
  });
  for (const id of Object.keys(overrides).sort()) {
    const base = byId.get(id);
    const o = overrides[id];
    if (!base)
      throw unknownOptionValue(
        `overrides.${id}`,
        id,
        [...byId.keys()].sort(),
        'noun.recommendation_kind',
        lang,
      );
    if (!o) continue;
    checkOptionKeys(o, KIND_OVERRIDE_KEYS, `overrides.${id}.`, lang);
    const tuned: RecommendationKindDefinition = {
      ...base,
      title: o.title ?? base.title,
      eligibility: o.eligibility ?? base.eligibility,
      weight: o.weight ?? base.weight,
      params: { ...base.params, ...(o.params ?? {}) },
      rationale: { ...base.rationale, ...(o.rationale ?? {}) },
      fragments: { ...base.fragments, ...(o.fragments ?? {}) },
      generate: base.generate,
    };
    checkKind(tuned, `overrides.${id}`);
    byId.set(id, tuned);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
