/**
 * Humanitarian clusters and sectors of OCHA 3W tables (English, French, cluster codes) mapped
 * to theme ids.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { createMatcher, type Matcher } from '../normalise/fuzzy.js';

/**
 * Theme id -> cluster names, French names and codes that name it (compared folded). Sources:
 * the HR.info cluster list (English and French, with acronyms), the iati3w humanitarian cluster
 * map, and the codes of the Afghanistan, Mali, Nigeria and Nepal 3W tables. Emergency shelter
 * and non-food items are one cluster, so NFI maps to 'shelter'; "Housing, Land and Property"
 * maps to the library's 'land-rights'.
 *
 * @example
 * HUMANITARIAN_THEME_ALIASES.wash.includes('EHA'); // => true
 */
export const HUMANITARIAN_THEME_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  health: ['Health', 'Santé', 'HEA', 'HLT', 'Health cluster'],
  nutrition: ['Nutrition', 'NUT'],
  wash: [
    'WASH',
    'Water Sanitation Hygiene',
    'Water, Sanitation and Hygiene',
    'Water, Sanitation & Hygiene',
    'WSH',
    'EHA',
    'EAH',
    'Eau, Hygiène et Assainissement',
    'Eau, assainissement et hygiène',
  ],
  education: [
    'Education',
    'Éducation',
    'EDU',
    'Education in Emergencies',
    'EiE',
    "Éducation en situation d'urgence",
  ],
  protection: ['Protection', 'PRO', 'Protection cluster', 'General protection'],
  'child-protection': [
    'Child Protection',
    'PRO-CPN',
    'CPN',
    'CP',
    "Protection de l'enfance",
    'Child Protection AoR',
  ],
  gbv: [
    'Gender Based Violence',
    'GBV',
    'PRO-GBV',
    'VBG',
    'Violences basées sur le genre',
    'Violence basée sur le genre',
    'GBV AoR',
  ],
  'land-rights': ['Housing, Land and Property', 'HLP', 'PRO-HLP', 'Logement, terre et biens'],
  'mine-action': ['Mine Action', 'PRO-MIN', 'Action contre les mines', 'Lutte antimines'],
  'food-security': [
    'Food Security',
    'FSC',
    'FSL',
    'Food Security and Livelihoods',
    'Food Security & Agriculture',
    'Food Security and Agriculture',
    'FSAC',
    'Sécurité Alimentaire',
    'SECAL',
  ],
  shelter: [
    'Emergency Shelter and NFI',
    'Emergency Shelter & Non-Food Items',
    'Emergency Shelter and Non-Food Items',
    'ES/NFI',
    'ESNFI',
    'SNFI',
    'Shelter',
    'Shelter/NFI',
    'Shelter and NFI',
    'NFI',
    'Non-Food Items',
    'SHL',
    'Abris',
    "Abris d'urgence et NFI",
    'Abris et biens non alimentaires',
    'Abris/BNA',
    'ABNA',
  ],
  'camp-management': [
    'CCCM',
    'CCM',
    'Camp Coordination / Management',
    'Camp Coordination and Camp Management',
    'Coordination et gestion des camps',
  ],
  logistics: ['Logistics', 'LOG', 'Logistique'],
  'early-recovery': ['Early Recovery', 'ERY', 'ERL', 'Relèvement rapide', 'Relèvement précoce'],
  'emergency-telecommunications': [
    'Emergency Telecommunications',
    'ETC',
    'TEL',
    "Télécommunications d'urgence",
  ],
  coordination: ['Coordination', 'Coordination and Common Services', 'CCS'],
  'cash-assistance': [
    'Cash',
    'Multi-purpose Cash',
    'Multipurpose Cash Assistance',
    'MPC',
    'MPCA',
    'Cash transfer',
    'CVA',
    'Transferts monétaires',
  ],
});

let matcher: Matcher<string> | undefined;

function clusterMatcher(): Matcher<string> {
  matcher ??= createMatcher(
    Object.keys(HUMANITARIAN_THEME_ALIASES).map((id) => ({
      keys: [id, ...HUMANITARIAN_THEME_ALIASES[id]!],
      value: id,
    })),
  );
  return matcher;
}

/**
 * The forms of a cluster label that are looked up, in order: as written; the part after the
 * last ':' ("Operational Presence: Health" -> "Health"); without a trailing "_OP" / " OP"
 * suffix ("HEALTH_OP" -> "HEALTH").
 */
function labelForms(label: string): string[] {
  const forms = [label];
  const colon = label.lastIndexOf(':');
  if (colon >= 0 && colon < label.length - 1) forms.push(label.slice(colon + 1));
  const folded = foldText(label);
  if (folded.endsWith(' op')) forms.push(folded.slice(0, -3));
  return forms.filter((f) => foldText(f) !== '');
}

/**
 * Map a humanitarian cluster / sector label or code to a theme id: exact (folded) on any of
 * {@link labelForms}, then a confident fuzzy match (typos such as "Nutriton"). Returns null when
 * nothing matches.
 *
 * @example
 * clusterTheme('Operatioanl Presence: Water, Sanitation & Hygiene'); // => 'wash'
 * clusterTheme('Sécurité Alimentaire'); // => 'food-security'
 * clusterTheme('EiE_OP'); // => 'education'
 * clusterTheme('Labor'); // => null
 */
export function clusterTheme(label: string): string | null {
  const cached = themeCache.get(label);
  if (cached !== undefined) return cached;
  const result = resolveClusterTheme(label);
  if (themeCache.size < MAX_CACHE) themeCache.set(label, result);
  return result;
}

/** Most distinct labels memoised by clusterTheme. */
const MAX_CACHE = 10_000;
const themeCache = new Map<string, string | null>();

function resolveClusterTheme(label: string): string | null {
  const m = clusterMatcher();
  const forms = labelForms(label);
  const results = forms.map((f) => m.match(f));
  for (const r of results) if (r.kind === 'exact') return r.value;
  for (const r of results) if (r.kind === 'fuzzy') return r.value;
  return null;
}
