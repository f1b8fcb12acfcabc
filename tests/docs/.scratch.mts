import * as core from '../../src/index.js'; import * as net from '../../src/network/index.js'; import * as nd from '../../src/node.js'; import * as P from './prelude.js'; import { inspect } from 'node:util';
const { sample,messy,baseline,json,partnership,metrics,labels,views,scores,profiles,network,outDir,cleanUpPrelude, } = P as any;
Object.assign(globalThis, core, net, nd);
const show = (x: unknown) => console.log(inspect(x, { depth: 6, breakLength: 120, maxArrayLength: 50 }));
await (async () => {
const r = parsePartnership(messy); show(r.rejected.length); show(r.warnings.length); show(r.rejected.map(i=>i.code)); show(r.files.map(f=>[f.file,f.encoding, f.kind]))
})(); P.cleanUpPrelude();
