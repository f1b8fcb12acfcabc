// Type-checked (not run) as an ES module under moduleResolution node16 and bundler: the
// package's .d.ts files must resolve and describe the API.
import {
  type Baseline,
  type BaselineJson,
  buildBaseline,
  type MetricsEngine,
  type Recommendation,
  toBaselineJson,
} from 'partner-synergy';
import { createFastEngine, fastEngine } from 'partner-synergy/fast';
import { WORLD_MAP } from 'partner-synergy/map';
import { buildNetwork, type SynergyNetwork } from 'partner-synergy/network';
import { buildBaselineFromDir, type WrittenTemplate, writeTemplate } from 'partner-synergy/node';
import { renderWorldMapSvg, TAXONOMY_DESCRIPTIONS, type WorldMapGeometry } from 'partner-synergy/report';
import { createBaselineSearch, type SearchHit } from 'partner-synergy/search';
import { parseWorkbook, type TemplateOptions } from 'partner-synergy/workbook';

const baseline: Baseline = buildBaseline({ 'members.csv': 'id,name\nA,Alpha\n' }, { lang: 'nl', top: 5 });
const json: BaselineJson = toBaselineJson(baseline, { decimals: 2 });
const network: SynergyNetwork = buildNetwork(json, { threshold: 0.1 });
const top: Recommendation | undefined = json.recommendations[0];
const fromDir: Baseline = buildBaselineFromDir('data/sample-partnership');
const synergy: number = fromDir.metrics.synergy.get('FTA', 'SEW');
const engine: MetricsEngine = createFastEngine({ minMembers: 1500 });
const viaFast: Baseline = buildBaselineFromDir('data/sample-partnership', { engine: fastEngine });
// @ts-expect-error the engine is an object, not a name
buildBaseline({ 'members.csv': 'id,name\nA,Alpha\n' }, { engine: 'fast' });
// @ts-expect-error 'joint-lobbby' is not a recommendation kind
buildBaseline({ 'members.csv': 'id,name\nA,Alpha\n' }, { kinds: ['joint-lobbby'] });
// @ts-expect-error a misspelt option key
buildBaseline({ 'members.csv': 'id,name\nA,Alpha\n' }, { topPerKnd: 2 });
const outlines: WorldMapGeometry = WORLD_MAP;
const hits: SearchHit[] = createBaselineSearch(baseline, { lang: 'nl' }).search('leefbar loon', {
  kinds: ['theme'],
});
// @ts-expect-error 'person' is not a kind of search hit
createBaselineSearch(json).search('x', { kinds: ['person'] });
const map: string = renderWorldMapSvg(json, outlines, { lang: 'nl', interactive: true });
// The shipped descriptions moved from DEFAULT_THEMES / DEFAULT_SECTORS to partner-synergy/report.
const gbv: string | undefined = TAXONOMY_DESCRIPTIONS.themes.gbv;

// @ts-expect-error buildNetwork takes baseline.json data, not the in-memory Baseline
buildNetwork(baseline);
// @ts-expect-error decimals is a number
toBaselineJson(baseline, { decimals: '2' });

const options: TemplateOptions = { lang: 'nl' };
const written: Promise<WrittenTemplate> = writeTemplate('partnership.xlsx', options);
const sheets: number = parseWorkbook(new Uint8Array(0)).files.length;

export { engine, gbv, hits, map, network, sheets, synergy, top, viaFast, written };
