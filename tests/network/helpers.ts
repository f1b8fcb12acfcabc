/**
 * Test helpers of the network view: the fixture baseline (validated), a builder
 * of tiny baselines from an edge list, and a small XML well-formedness checker.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BaselineJson, BaselineJsonSchema } from '../../src/schema/baseline.js';

/** Path of a file in tests/fixtures/network/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/network/${name}`, import.meta.url));
}

/** Path of a file in tests/golden/network/. */
export function goldenPath(name: string): string {
  return fileURLToPath(new URL(`../golden/network/${name}`, import.meta.url));
}

/** The hand-made fixture baseline, parsed with BaselineJsonSchema (throws when it drifts from the contract). */
export function loadFixture(): BaselineJson {
  return BaselineJsonSchema.parse(JSON.parse(readFileSync(fixturePath('baseline.json'), 'utf8')));
}

/** Deep-freezes a value (tests that the code never mutates its input). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A schema-valid baseline with the given members (id = name unless given) and
 * a synergy matrix holding `edges` (symmetric), everything else empty.
 */
export function tinyBaseline(
  members: readonly (string | { id: string; name: string })[],
  edges: readonly (readonly [string, string, number])[],
): BaselineJson {
  const ms = members.map((m) => (typeof m === 'string' ? { id: m, name: m } : m));
  const ids = ms.map((m) => m.id);
  const zero = () => ids.map(() => ids.map(() => 0));
  const values = zero();
  for (const [a, b, w] of edges) {
    const i = ids.indexOf(a);
    const j = ids.indexOf(b);
    if (i < 0 || j < 0) throw new Error(`tinyBaseline: unknown member in edge ${a}-${b}`);
    values[i]![j] = w;
    values[j]![i] = w;
  }
  const dim = () => ({ ids: [...ids], overlap: zero(), complementarity: zero() });
  return BaselineJsonSchema.parse({
    schemaVersion: 1,
    members: ms.map((m) => ({
      id: m.id,
      name: m.name,
      type: 'ngo',
      country: 'NL',
      role: 'member',
      extras: {},
    })),
    ingest: { files: [], rejected: [], warnings: [] },
    matrices: {
      expertise: dim(),
      geography: dim(),
      sectors: dim(),
      synergy: { ids: [...ids], values },
      duplication: { ids: [...ids], values: zero() },
    },
    countries: {},
    recommendations: [],
    labels: { themes: {}, sectors: {}, countries: {} },
    emptyProfiles: { expertise: [], geography: [], sectors: [] },
  });
}

/** An element found by {@link parseXml}: its name and decoded attribute values. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Decoded text directly inside the element. */
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;
const REF = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function decode(raw: string, where: string): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (ch === '<') throw new Error(`raw '<' in ${where}`);
    if (ch === '&') {
      const m = REF.exec(raw.slice(i));
      if (!m) throw new Error(`bare '&' in ${where}: ${raw.slice(i, i + 12)}`);
      const ref = m[1]!;
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      out +=
        named[ref] ??
        String.fromCodePoint(ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
      i += m[0].length;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/**
 * A small, strict XML 1.0 well-formedness checker for the exports (no DTDs,
 * comments, CDATA or processing instructions besides the prolog): tags
 * balanced and properly nested, exactly one root, names valid, every attribute
 * value quoted with no raw `<` and no bare `&`, unique attribute names, no
 * characters XML forbids. Throws on the first problem; returns the elements in
 * document order with decoded attributes and text.
 */
export function parseXml(xml: string): XmlElement[] {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml))
    throw new Error('forbidden character');
  let i = 0;
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (prolog) i = prolog[0].length;
  const stack: XmlElement[] = [];
  const all: XmlElement[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const top = stack.at(-1);
    if (top) top.text += decode(text, 'text');
    else if (text.trim() !== '') throw new Error(`text outside the root: ${text.slice(0, 20)}`);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([^\s/]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*$/.exec(body);
    if (!m) throw new Error(`malformed tag <${tag.slice(0, 40)}>`);
    const name = m[1]!;
    if (!NAME.test(name)) throw new Error(`bad element name ${name}`);
    const attributes: Record<string, string> = Object.create(null);
    for (const a of m[2]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const an = a[1]!;
      if (!NAME.test(an)) throw new Error(`bad attribute name ${an}`);
      if (an in attributes) throw new Error(`duplicate attribute ${an} on <${name}>`);
      attributes[an] = decode(a[2] ?? a[3] ?? '', `attribute ${an}`);
    }
    if (stack.length === 0) {
      roots += 1;
      if (roots > 1) throw new Error('more than one root element');
    }
    const el: XmlElement = { name, attributes, text: '' };
    all.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (roots !== 1) throw new Error('no root element');
  return all;
}
