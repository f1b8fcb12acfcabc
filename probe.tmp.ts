import { readFileSync } from 'node:fs';
import { importIati3w, stubNamesFromCsv } from './src/import/importIati3w.js';
const r = importIati3w(readFileSync('tests/fixtures/import/iati3w-org-index.json'), { file: 'iati3w-org-index.json' });
for (const [k, v] of Object.entries(r.files)) console.log('==', k, '\n' + v);
console.log(r.stats); for (const w of r.warnings) console.log(w.line, w.column, w.value, w.code, w.message);
console.log(r.merges);
const n = importIati3w(readFileSync('tests/fixtures/import/iati3w-org-index.json'), { names: stubNamesFromCsv(readFileSync('tests/fixtures/import/iati3w-org-stubs.csv')), lang: 'nl' });
console.log(n.files['geography.csv'].split('\n').filter(l => l.includes(',SO,,')).join('\n')); for (const w of n.warnings) console.log(w.message);
