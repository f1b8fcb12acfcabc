// A CommonJS user of the packed package: require() by package name, calls buildBaseline, and
// prints one line ending in a digest of baseline.json that must equal the ES-module user's.
const assert = require('node:assert/strict');
const { createHash } = require('node:crypto');
const path = require('node:path');
const { BASELINE_SCHEMA_VERSION, buildBaseline, SquareMatrix, toBaselineJson } = require('partner-synergy');
const { fastEngine } = require('partner-synergy/fast');
const { diffBaselines } = require('partner-synergy/diff');
const { import3w } = require('partner-synergy/import');
const { WORLD_MAP } = require('partner-synergy/map');
const { toMatrix } = require('partner-synergy/matrix');
const { buildNetwork } = require('partner-synergy/network');
const { buildBaselineFromDir } = require('partner-synergy/node');
const { renderHtml } = require('partner-synergy/report');
const { createBaselineSearch } = require('partner-synergy/search');
const { buildTemplateWorkbook, parseWorkbook } = require('partner-synergy/workbook');

const tiny = buildBaseline({
  'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,union\n',
  'expertise.csv': 'member,theme,level\nA,living wage,5\nB,freedom of association,5\n',
  'geography.csv': 'member,country,presence\nA,Bangladesh,office\nB,Bangladesh,office\n',
});
assert.equal(tiny.metrics.synergy.get('A', 'B'), 1);

const sample = path.join(
  path.dirname(require.resolve('partner-synergy/package.json')),
  'data/sample-partnership',
);
const baseline = buildBaselineFromDir(sample);
const json = toBaselineJson(baseline);
assert.equal(json.schemaVersion, BASELINE_SCHEMA_VERSION);
assert.ok(baseline.metrics.synergy instanceof SquareMatrix);

// The fast engine (its own entry) gives the same baseline.json.
const viaFast = toBaselineJson(buildBaselineFromDir(sample, { engine: fastEngine }));
assert.equal(JSON.stringify(viaFast), JSON.stringify(json));

const { Matrix } = require(require.resolve('ml-matrix', { paths: [require.resolve('partner-synergy')] }));
assert.ok(toMatrix(baseline.metrics.synergy) instanceof Matrix);

// The importers have their own entry.
assert.equal(typeof import3w, 'function');

// Comparing two years has its own entry: a baseline against itself has no member changes.
assert.equal(diffBaselines(json, json).members.stayed, json.members.length);

// The world map's outlines come from their own entry.
assert.ok(renderHtml(json, { map: WORLD_MAP }).includes('<path data-country="BD"'));

// The workbook entry: the template (the same bytes from ESM and CJS) reads back as five sheets.
const template = buildTemplateWorkbook({ lang: 'nl' });
assert.equal(parseWorkbook(template, { name: 'p.xlsx' }).files.length, 5);
const templateDigest = createHash('sha256').update(template).digest('hex').slice(0, 8);

// The search entry (Fuse.js): a typo finds the member, from the live baseline and its JSON alike.
const [hit] = createBaselineSearch(json).search('fair thrads', { limit: 1 });
assert.deepEqual([hit?.kind, hit?.id], ['member', 'FTA']);
assert.deepEqual(
  createBaselineSearch(baseline).search('fair thrads'),
  createBaselineSearch(json).search('fair thrads'),
);

const network = buildNetwork(json);
const digest = createHash('sha256').update(JSON.stringify(json)).digest('hex').slice(0, 16);
console.log(
  `cjs: ${json.members.length} members, ${json.recommendations.length} recommendations, ` +
    `${network.edges.length} network edges, template ${templateDigest}, baseline.json ${digest}`,
);
