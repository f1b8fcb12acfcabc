/**
 * An independent look inside .xlsx files for the tests: fflate's own unzipSync (not the reader's
 * central-directory code) and a tiny element tree built with saxes, queried by element names as
 * the OOXML specification (ECMA-376 part 1) names them. Shares no code with src/workbook.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Element[];
  text: string;
}

export function parseXml(text: string): Element {
  const root: Element = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: Element[] = [root];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const el: Element = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.write(text).close();
  return root.children[0]!;
}

/** Every descendant element with this name, in document order. */
export function all(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function one(el: Element, name: string): Element {
  const found = all(el, name);
  if (found.length === 0) throw new Error(`no <${name}> in <${el.name}>`);
  return found[0]!;
}

/** A workbook opened the plain way: parts by name, sheets by name with their cell texts. */
export class Ooxml {
  readonly parts: Record<string, Uint8Array>;
  readonly workbook: Element;
  readonly strings: string[];

  constructor(bytes: Uint8Array) {
    this.parts = unzipSync(bytes);
    this.workbook = this.xml('xl/workbook.xml');
    const sst = this.parts['xl/sharedStrings.xml'] ? this.xml('xl/sharedStrings.xml') : null;
    this.strings =
      sst === null
        ? []
        : all(sst, 'si').map((si) =>
            all(si, 't')
              .map((t) => t.text)
              .join(''),
          );
  }

  xml(part: string): Element {
    const bytes = this.parts[part];
    if (!bytes) throw new Error(`no part ${part}`);
    return parseXml(new TextDecoder().decode(bytes));
  }

  /** The sheets in tab order: name, state, part. */
  sheets(): { name: string; state: string; part: string }[] {
    const rels = this.xml('xl/_rels/workbook.xml.rels');
    const target = new Map(all(rels, 'Relationship').map((r) => [r.attrs.Id!, r.attrs.Target!]));
    return all(this.workbook, 'sheet').map((s) => ({
      name: s.attrs.name!,
      state: s.attrs.state ?? 'visible',
      part: `xl/${target.get(s.attrs['r:id']!)}`,
    }));
  }

  sheet(name: string): Element {
    const found = this.sheets().find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return this.xml(found.part);
  }

  /** Cell texts of a sheet by reference ('B3' -> 'Living wage'; numbers as written). */
  cells(name: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of all(this.sheet(name), 'c')) {
      const v = all(c, 'v')[0]?.text;
      if (v === undefined) continue;
      out.set(c.attrs.r!, c.attrs.t === 's' ? this.strings[Number(v)]! : v);
    }
    return out;
  }

  /** The defined names of the workbook. */
  names(): Map<string, string> {
    return new Map(all(this.workbook, 'definedName').map((d) => [d.attrs.name!, d.text]));
  }
}

/** The cell references of a range like 'lists'!$C$2:$C$251 -> sheet 'lists', cells C2..C251 (one column). */
export function columnRange(ref: string): { sheet: string; cells: string[] } {
  const m = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m || m[2] !== m[4]) throw new Error(`not a one-column range: ${ref}`);
  const cells: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) cells.push(`${m[2]}${r}`);
  return { sheet: m[1]!, cells };
}
