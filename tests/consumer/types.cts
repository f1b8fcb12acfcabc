// Type-checked (not run) as CommonJS under moduleResolution node16: require() must find the
// .d.cts declarations of every entry.
import ps = require('partner-synergy');
import psFast = require('partner-synergy/fast');
import psMap = require('partner-synergy/map');
import psNetwork = require('partner-synergy/network');
import psNode = require('partner-synergy/node');
import psReport = require('partner-synergy/report');
import psSearch = require('partner-synergy/search');
import psWorkbook = require('partner-synergy/workbook');

const baseline: ps.Baseline = ps.buildBaseline({ 'members.csv': 'id,name\nA,Alpha\n' });
const json: ps.BaselineJson = ps.toBaselineJson(baseline);
const network: psNetwork.SynergyNetwork = psNetwork.buildNetwork(json);
const fromDir: ps.Baseline = psNode.buildBaselineFromDir('data/sample-partnership');
const engine: ps.MetricsEngine = psFast.fastEngine;
const page: string = psReport.renderHtml(json, { map: psMap.WORLD_MAP });

// @ts-expect-error buildNetwork takes baseline.json data, not the in-memory Baseline
psNetwork.buildNetwork(baseline);

const read: ps.IngestResult = psWorkbook.parseWorkbook(psWorkbook.buildTemplateWorkbook());

const hits: psSearch.SearchHit[] = psSearch.createBaselineSearch(json).search('kenia');

export = { engine, hits, network, fromDir, page, read };
