import { readInventory } from './apiInventory.js';
const inv = readInventory();
const byFile = new Map<string, string[]>();
for (const e of inv.exports) {
  const flags = [!e.summary && 'NOSUM', !e.examples.length && 'NOEX', e.undocumentedParams.length && `PARAMS(${e.undocumentedParams})`].filter(Boolean);
  if (!flags.length) continue;
  byFile.set(e.file, [...(byFile.get(e.file) ?? []), `${e.name}:${e.line} ${flags.join(' ')}`]);
}
for (const [f, l] of [...byFile].sort()) console.log(`${f}\n  ${l.join('\n  ')}`);
