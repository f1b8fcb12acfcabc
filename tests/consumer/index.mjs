// An ES-module user of the packed package: imports by package name, calls buildBaseline, and
// prints one line ending in a digest of baseline.json that must equal the CommonJS user's.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BASELINE_SCHEMA_VERSION, buildBaseline, SquareMatrix, toBaselineJson } from 'partner-synergy';
import { diffBaselines } from 'partner-synergy/diff';
import { fastEngine } from 'partner-synergy/fast';
import { import3w } from 'partner-synergy/import';
import { WORLD_MAP } from 'partner-synergy/map';
import { toMatrix } from 'partner-synergy/matrix';
import { buildNetwork } from 'partner-synergy/network';
import { buildBaselineFromDir } from 'partner-synergy/node';
import { renderHtml } from 'partner-synergy/report';
import { createBaselineSearch } from 'partner-synergy/search';
import { buildTemplateWorkbook, parseWorkbook } from 'partner-synergy/workbook';

const tiny = buildBaseline({
  'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,union\n',
  'expertise.csv': 'member,theme,level\nA,living wage,5\nB,freedom of association,5\n',
  'geography.csv': 'member,country,presence\nA,Bangladesh,office\nB,Bangladesh,office\n',
});
assert.equal(tiny.metrics.synergy.get('A', 'B'), 1);

const sample = fileURLToPath(import.meta.resolve('partner-synergy/package.json')).replace(
  /package\.json$/,
  'data/sample-partnership',
);
const baseline = buildBaselineFromDir(sample);
const json = toBaselineJson(baseline);
assert.equal(json.schemaVersion, BASELINE_SCHEMA_VERSION);
assert.ok(baseline.metrics.synergy instanceof SquareMatrix);

// The fast engine (its own entry) gives the same baseline.json.
const viaFast = toBaselineJson(buildBaselineFromDir(sample, { engine: fastEngine }));
assert.equal(JSON.stringify(viaFast), JSON.stringify(json));

// ml-matrix stays a real dependency: toMatrix() (partner-synergy/matrix) gives the Matrix class users import themselves
const requireFromPackage = createRequire(import.meta.resolve('partner-synergy'));
const { Matrix } = requireFromPackage('ml-matrix');
assert.ok(toMatrix(baseline.metrics.synergy) instanceof Matrix);

// The importers have their own entry.
assert.equal(typeof import3w, 'function');

// Comparing two years has its own entry: a baseline against itself has no member changes.
assert.equal(diffBaselines(json, json).members.stayed, json.members.length);

// The renderers and the world map's outlines come from their own entries.
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
  `esm: ${json.members.length} members, ${json.recommendations.length} recommendations, ` +
    `${network.edges.length} network edges, template ${templateDigest}, baseline.json ${digest}`,
);
