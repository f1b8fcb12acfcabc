import { describe, expect, it } from 'vitest';
import { flagMessages } from '../../src/cli/messages.js';
import { MESSAGES, type MessageKey, message, placeholdersOf } from '../../src/messages/catalogue.js';
import { TOOL_MESSAGES, type ToolMessageKey, toolMessage } from '../../src/messages/toolCatalogue.js';
import { edgeMessages } from '../../src/node/messages.js';
import { agreementName, agreementText } from '../../src/normalise/agreements.js';
import { DEFAULT_SECTORS } from '../../src/normalise/taxonomy.js';
import { MESSAGES as REPORT_MESSAGES } from '../../src/report/i18n.js';
import { readerMessages } from '../../src/workbook/messages.js';
import { TEMPLATE_FIELDS, templateText } from '../../src/workbook/template/text.js';

const keys = (o: object) => Object.keys(o).sort();

/** Both catalogues: the core's (catalogue.ts) and the tools' (CLI, importers, redaction summary). */
const CATALOGUES = [
  ['core', MESSAGES],
  ['tools', TOOL_MESSAGES],
] as const satisfies readonly (readonly [string, Record<'en' | 'nl', Readonly<Record<string, string>>>])[];

describe('the message catalogues', () => {
  it('hold every key in English and in Dutch, none empty', () => {
    for (const [name, table] of CATALOGUES) {
      expect(keys(table.nl), name).toEqual(keys(table.en));
      for (const lang of ['en', 'nl'] as const) {
        for (const [key, text] of Object.entries(table[lang])) {
          expect(text.trim(), `${name} ${lang} ${key}`).not.toBe('');
        }
      }
    }
  });

  it('never hold the same key twice (toolMessage would hide the core text)', () => {
    const core = new Set(Object.keys(MESSAGES.en));
    expect(Object.keys(TOOL_MESSAGES.en).filter((k) => core.has(k))).toEqual([]);
  });

  it('give each key the same placeholders in both languages', () => {
    for (const [, table] of CATALOGUES) {
      const en: Readonly<Record<string, string>> = table.en;
      const nl: Readonly<Record<string, string>> = table.nl;
      for (const key of keys(en)) expect(placeholdersOf(nl[key]!), key).toEqual(placeholdersOf(en[key]!));
    }
  });

  it('have a Dutch text that differs from the English one for every sentence', () => {
    // Same text in both languages is allowed only for a few words that Dutch borrows.
    const same = (keys(MESSAGES.en) as MessageKey[]).filter((k) => MESSAGES.en[k] === MESSAGES.nl[k]);
    expect(same).toEqual(['fileKind.expertise']);
    const sameTool = (keys(TOOL_MESSAGES.en) as ToolMessageKey[]).filter(
      (k) => TOOL_MESSAGES.en[k] === TOOL_MESSAGES.nl[k],
    );
    expect(sameTool).toEqual(['baseline.score', 'redact.rows.expertise', 'validate.tab']);
  });

  it('message(lang, key, params) fills placeholders and capitalises {Name}', () => {
    const what = message('nl', 'noun.theme');
    expect(message('nl', 'unknown.value', { what, value: 'x' })).toBe('Het thema "x" is onbekend.');
    expect(message('en', 'unknown.value', { what: message('en', 'noun.theme'), value: 'x' })).toBe(
      'Unknown theme "x".',
    );
  });

  it('toolMessage(lang, key, params) answers the keys of both catalogues', () => {
    expect(toolMessage('en', 'baseline.more', { count: 3 })).toBe('  ... and 3 more');
    expect(toolMessage('nl', 'validate.rejected')).toBe('Afgewezen:');
    expect(toolMessage('nl', 'unknown.value', { what: toolMessage('nl', 'noun.country'), value: 'x' })).toBe(
      'Het land "x" is onbekend.',
    );
  });

  it('the older per-module tables (flags, files, workbooks) have the same entries in both languages', () => {
    for (const table of [flagMessages, edgeMessages, readerMessages] as const) {
      const en = table('en') as unknown as Record<string, unknown>;
      const nl = table('nl') as unknown as Record<string, unknown>;
      expect(keys(nl)).toEqual(keys(en));
      for (const k of keys(en)) {
        const [a, b] = [en[k], nl[k]];
        if (typeof a === 'function') expect((b as (...x: unknown[]) => unknown).length, k).toBe(a.length);
        else if (typeof a === 'object' && a !== null) expect(keys(b as object), k).toEqual(keys(a));
      }
    }
  });
});

describe('agreementName(sectorId, lang)', () => {
  const covered = DEFAULT_SECTORS.filter((s) => s.irbc !== undefined);

  it('names every IRBC agreement in Dutch without the English name, and in English without the Dutch one', () => {
    expect(covered.length).toBeGreaterThan(5);
    for (const s of covered) {
      const nl = agreementName(s.id, 'nl')!;
      const en = agreementName(s.id, 'en')!;
      expect(nl, s.id).toMatch(/[Cc]onvenant/);
      expect(nl, s.id).not.toMatch(/Agreement| the /);
      expect(en, s.id).toMatch(/Agreement/);
      expect(en, s.id).not.toMatch(/[Cc]onvenant|[()]/);
    }
  });

  it('gives the official names of the textile and gold/metals agreements', () => {
    expect(agreementName('garment-textiles', 'nl')).toBe('Convenant Duurzame Kleding en Textiel');
    expect(agreementName('gold-metals', 'nl')).toBe(
      'Convenant Verantwoord Goud en het IMVO-convenant Metaal',
    );
    expect(agreementName('gold-metals', 'en')).toBe(
      'Dutch Responsible Gold Agreement and the International RBC Agreement for the Metals Sector',
    );
  });

  it('is undefined for a sector without an agreement and keeps a text without brackets as written', () => {
    expect(agreementName('agriculture', 'nl')).toBeUndefined();
    expect(agreementText('Our own agreement', 'nl')).toBe('Our own agreement');
  });

  it('address the reader in one register in Dutch: informal "je", never the formal "u"/"uw"', () => {
    // The partnership's own Dutch documents say "je"; a message that switches to "u" reads as another voice.
    const formal = /(^|[\s("'])(u|uw|U|Uw)(?=[\s,.;:?!)"']|$)/;
    const files = Object.fromEntries(Object.keys(TEMPLATE_FIELDS).map((k) => [k, `${k}.csv`])) as Parameters<
      ReturnType<typeof templateText>['readme']
    >[0];
    const template = templateText('nl');
    const texts: [string, string][] = [
      ...Object.entries(MESSAGES.nl).map(([k, v]): [string, string] => [`core ${k}`, v]),
      ...Object.entries(TOOL_MESSAGES.nl).map(([k, v]): [string, string] => [`tools ${k}`, v]),
      ...Object.entries(REPORT_MESSAGES.nl).map(([k, v]): [string, string] => [`report ${k}`, v]),
      ...template.instructions('x.xlsx').map((v, i): [string, string] => [`template instruction ${i}`, v]),
      ...template.readme(files).map((v, i): [string, string] => [`template readme ${i}`, v]),
    ];
    expect(texts.length).toBeGreaterThan(400);
    expect(texts.filter(([, v]) => formal.test(v)).map(([k]) => k)).toEqual([]);
    expect(formal.test('Bedoelde u "x"?')).toBe(true);
  });
});
