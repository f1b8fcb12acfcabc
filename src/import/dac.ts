/**
 * OECD DAC purpose codes (IATI Sector / SectorCategory codelists) and their mapping to the
 * library's themes and sectors.
 * @module
 */
import codelists from '../../data/iati/codelists.json' with { type: 'json' };
import { foldText } from '../normalise/fold.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';

/** A DAC 5-digit purpose code from the IATI Sector codelist. */
export interface DacSector {
  readonly code: string;
  readonly name: string;
  /** The 3-digit DAC category. */
  readonly category: string;
  readonly withdrawn: boolean;
}

const SECTORS: ReadonlyMap<string, DacSector> = new Map(
  (codelists.sectors as readonly (readonly string[])[]).map(([code, name, category, status]) => [
    code!,
    { code: code!, name: name!, category: category!, withdrawn: status === 'withdrawn' },
  ]),
);
const CATEGORIES: ReadonlyMap<string, string> = new Map(
  (codelists.categories as readonly (readonly string[])[]).map(([code, name]) => [code!, name!]),
);

/**
 * Look up a DAC 5-digit purpose code (withdrawn codes included); undefined when the code is not
 * in the IATI Sector codelist.
 *
 * @example
 * dacSector('12220')?.name; // => 'Basic health care'
 * dacSector('12220')?.category; // => '122'
 */
export function dacSector(code: string): DacSector | undefined {
  return SECTORS.get(code.trim());
}

/**
 * The name of a DAC 3-digit category; undefined when unknown.
 *
 * @example
 * dacCategoryName('122'); // => 'Basic Health'
 */
export function dacCategoryName(code: string): string | undefined {
  return CATEGORIES.get(code.trim());
}

let codeByName: Map<string, string> | undefined;

/**
 * The DAC 5-digit code whose codelist name is this text (compared folded; active codes win
 * over withdrawn ones), for exports that give sector names instead of codes; null when none.
 *
 * @example
 * sectorCodeFromName('Basic health care'); // => '12220'
 * sectorCodeFromName('Health');            // => null
 */
export function sectorCodeFromName(name: string): string | null {
  if (!codeByName) {
    codeByName = new Map();
    const ordered = [...SECTORS.values()].sort((a, b) => Number(a.withdrawn) - Number(b.withdrawn));
    for (const s of ordered) {
      const key = foldText(s.name);
      if (!codeByName.has(key)) codeByName.set(key, s.code);
    }
  }
  return codeByName.get(foldText(name)) ?? null;
}

/**
 * A DAC code as met in an activity's sector list, classified: a 5-digit purpose code, a 3-digit
 * category (sector vocabulary 2), or neither (SDG targets, publisher-specific codes) -> null.
 *
 * @example
 * classifyDacCode('12220'); // => { code: '12220', category: '122' }
 * classifyDacCode('121');   // => { code: '121', category: '121' }
 * classifyDacCode('3.8');   // => null
 */
export function classifyDacCode(raw: string): { code: string; category: string } | null {
  const code = raw.trim();
  const five = SECTORS.get(code);
  if (five) return { code, category: five.category };
  if (CATEGORIES.has(code)) return { code, category: code };
  return null;
}

/**
 * DAC 3-digit category -> theme id. Conservative: only categories whose whole content is one
 * theme. Education (111-114), health (121-123), population and reproductive health (130 ->
 * 'health', where the theme taxonomy puts SRHR), water and sanitation (140 -> 'wash'), general
 * environment protection (410 -> 'environment'), developmental food assistance (520 ->
 * 'food-security'), emergency response (720 -> 'humanitarian', refined per code), reconstruction
 * relief (730 -> 'early-recovery'), disaster prevention and preparedness (740 ->
 * 'disaster-risk-reduction'). Government and civil society (151), other social infrastructure
 * (160) and multisector (430) are mapped per code only ({@link DAC_CODE_THEMES}); production
 * sectors (agriculture, industry, banking, ...) are sector networks, not themes.
 * The importers then resolve these ids through the theme taxonomy (see canonicalTheme), so
 * 'nutrition' and 'disaster-risk-reduction' come out as the taxonomy's 'food-security' and
 * 'humanitarian'.
 *
 * @example
 * DAC_CATEGORY_THEMES['122']; // => 'health'
 */
export const DAC_CATEGORY_THEMES: Readonly<Record<string, string>> = Object.freeze({
  '111': 'education',
  '112': 'education',
  '113': 'education',
  '114': 'education',
  '121': 'health',
  '122': 'health',
  '123': 'health',
  '130': 'health',
  '140': 'wash',
  '410': 'environment',
  '520': 'food-security',
  '720': 'humanitarian',
  '730': 'early-recovery',
  '740': 'disaster-risk-reduction',
});

/**
 * DAC 5-digit code -> theme id (or null: no theme), winning over {@link DAC_CATEGORY_THEMES}.
 * 12240 basic nutrition -> 'nutrition'; 15150 democratic participation and civil society ->
 * 'lobby-advocacy'; 15160 human rights -> 'human-rights'; 15170 women's rights organisations ->
 * 'womens-empowerment'; 15180 ending violence against women and girls -> 'gbv';
 * 16010 social protection -> 'social-protection'; 16064 social mitigation of HIV/AIDS ->
 * 'health'; 43060 disaster risk reduction -> 'disaster-risk-reduction'; 43071-43073 food
 * security -> 'food-security'; 43082 research institutions -> 'research'; 72011 / 72012 health /
 * education in emergencies -> 'health' / 'education'; 72040 emergency food assistance ->
 * 'food-security'; 72050 relief coordination -> 'coordination'.
 *
 * @example
 * DAC_CODE_THEMES['15180']; // => 'gbv'
 */
export const DAC_CODE_THEMES: Readonly<Record<string, string | null>> = Object.freeze({
  '12240': 'nutrition',
  '15150': 'lobby-advocacy',
  '15160': 'human-rights',
  '15170': 'womens-empowerment',
  '15180': 'gbv',
  '16010': 'social-protection',
  '16064': 'health',
  '43060': 'disaster-risk-reduction',
  '43071': 'food-security',
  '43072': 'food-security',
  '43073': 'food-security',
  '43082': 'research',
  '72011': 'health',
  '72012': 'education',
  '72040': 'food-security',
  '72050': 'coordination',
});

/**
 * The theme id of a DAC code (5-digit or 3-digit), per {@link DAC_CODE_THEMES} then
 * {@link DAC_CATEGORY_THEMES}; null when the code maps to no theme or is not a DAC code.
 *
 * @example
 * dacTheme('12240'); // => 'nutrition'
 * dacTheme('12220'); // => 'health'
 * dacTheme('31120'); // => null
 */
export function dacTheme(code: string): string | null {
  const c = classifyDacCode(code);
  if (!c) return null;
  if (Object.hasOwn(DAC_CODE_THEMES, c.code)) return DAC_CODE_THEMES[c.code] ?? null;
  return DAC_CATEGORY_THEMES[c.category] ?? null;
}

/**
 * Build DAC code -> sector id lookups from sector taxonomy entries (their `dac` field). A
 * 5-digit code maps to the sectors listing it. A 3-digit category code (sector vocabulary 2)
 * maps to a sector only when every listed code of that category belongs to that one sector
 * ('121' -> health; '321' industry, split over several sectors -> none). Results are sorted ids.
 *
 * @param sectors - sector taxonomy entries (data/taxonomies/sectors.json)
 * @returns a function from a DAC code to sector ids (empty when none)
 * @example
 * const lookup = dacSectorIndex([{ id: 'agriculture', en: 'Agriculture', nl: 'Landbouw', aliases: [], dac: ['31120'] }]);
 * lookup('31120'); // => ['agriculture']
 * lookup('311');   // => ['agriculture']
 */
export function dacSectorIndex(sectors: readonly TaxonomyEntry[]): (code: string) => readonly string[] {
  const exact = new Map<string, Set<string>>();
  const byCategory = new Map<string, Set<string>>();
  for (const entry of sectors) {
    for (const raw of entry.dac ?? []) {
      const code = raw.trim();
      const set = exact.get(code) ?? new Set<string>();
      set.add(entry.id);
      exact.set(code, set);
      const category = SECTORS.get(code)?.category ?? code.slice(0, 3);
      const owners = byCategory.get(category) ?? new Set<string>();
      owners.add(entry.id);
      byCategory.set(category, owners);
    }
  }
  const cache = new Map<string, readonly string[]>();
  return (code: string) => {
    const key = code.trim();
    const hit = cache.get(key);
    if (hit) return hit;
    let ids: readonly string[] = [...(exact.get(key) ?? [])];
    if (ids.length === 0 && CATEGORIES.has(key)) {
      const owners = byCategory.get(key);
      ids = owners && owners.size === 1 ? [...owners] : [];
    }
    const out = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    cache.set(key, out);
    return out;
  };
}
