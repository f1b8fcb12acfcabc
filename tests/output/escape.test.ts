import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { guardFormula, needsFormulaGuard, unguardFormula } from '../../src/ingest/formulaGuard.js';
import {
  csvCell,
  escapeHtml,
  escapeMarkdownCell,
  isFormulaLike,
  needsIsolation,
} from '../../src/output/escape.js';

describe('escapeHtml(s)', () => {
  it('replaces & < > " \' with entities', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('escapes & first, so existing entities show literally', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves no special character in any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('isFormulaLike(s)', () => {
  it.each([
    ['=1+1', true],
    ['+31 20 123', true],
    ['-5', true],
    ['@SUM(A1)', true],
    ['\tx', true],
    ['\rx', true],
    ['  =cmd', true],
    ['＝1+1', true],
    ['Fair Wear', false],
    ['', false],
    ['a=b', false],
  ])('%j -> %s', (s, expected) => {
    expect(isFormulaLike(s)).toBe(expected);
  });
});

describe('csvCell(value)', () => {
  it('prefixes formula-like text with an apostrophe (OWASP) and quotes it when needed', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-1')).toBe("'-1");
  });

  it('does not prefix numbers the library computed, including negatives', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(0.123456)).toBe('0.1235');
    expect(csvCell(1)).toBe('1');
    expect(csvCell(-1e-9)).toBe('0');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
  });

  it('writes an empty cell for null, undefined and non-finite numbers', () => {
    expect([
      csvCell(null),
      csvCell(undefined),
      csvCell(Number.NaN),
      csvCell(Number.POSITIVE_INFINITY),
    ]).toEqual(['', '', '', '']);
  });

  it('quotes on delimiter, quote, CR and LF only', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('a;b');
    expect(csvCell('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('uses a decimal comma when asked', () => {
    expect(csvCell(0.25, { delimiter: ';', decimalSeparator: ',' })).toBe('0,25');
  });

  it('rejects a delimiter that cannot work', () => {
    expect(() => csvCell('x', { delimiter: '"' })).toThrow(OptionsError);
    expect(() => csvCell('x', { delimiter: ',,' })).toThrow(OptionsError);
    expect(() => csvCell(1, { delimiter: ',', decimalSeparator: ',' })).toThrow(OptionsError);
  });

  it('parses back with csv-parse to the text (with the apostrophe when formula-like), for any string and delimiter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(',', ';', '\t'), (s, delimiter) => {
        const line = `${csvCell(s, { delimiter })}${delimiter}end\n`;
        const rows = parse(line, { delimiter, relax_quotes: false }) as string[][];
        expect(rows).toEqual([[needsFormulaGuard(s) ? `'${s}` : s, 'end']]);
      }),
      { numRuns: 500 },
    );
  });

  it('guards a user apostrophe before a formula character too, so unguardFormula reads every cell back exactly', () => {
    expect(csvCell("'=Plus Union")).toBe("''=Plus Union");
    expect(csvCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    const apostrophes = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', 'a', '\t'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.oneof(apostrophes, fc.string({ unit: 'grapheme' })), (s) => {
        expect(unguardFormula(guardFormula(s))).toBe(s);
        expect(isFormulaLike(guardFormula(s))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeMarkdownCell(s)', () => {
  it('makes tags literal with a backslash and leaves plain text plain (no entities)', () => {
    expect(escapeMarkdownCell('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    // The autolink's ':' also gets its backslash from the linkify rule.
    expect(escapeMarkdownCell('<!-- x --> <?php <http://x>')).toBe('\\<!-- x --> \\<?php \\<http\\://x>');
    expect(escapeMarkdownCell('Aarde & Recht')).toBe('Aarde & Recht');
    expect(escapeMarkdownCell('3 < 4 > 2')).toBe('3 < 4 > 2');
    expect(escapeMarkdownCell('&amp; &#38; &#x26; &copy;')).toBe('\\&amp; \\&#38; \\&#x26; \\&copy;');
    expect(escapeMarkdownCell('> quoted')).toBe('\\> quoted');
  });

  it('keeps a pipe from splitting a table row', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
  });

  it('escapes code, emphasis and link syntax', () => {
    expect(escapeMarkdownCell('`x` *y* _z_ [l](u) ~s~ \\')).toBe(
      '\\`x\\` \\*y\\* \\_z\\_ \\[l\\](u) \\~s\\~ \\\\',
    );
  });

  it('escapes a leading heading or list marker', () => {
    expect(escapeMarkdownCell('# Title')).toBe('\\# Title');
    expect(escapeMarkdownCell('- item')).toBe('\\- item');
    expect(escapeMarkdownCell('1. item')).toBe('1\\. item');
    expect(escapeMarkdownCell('  + x')).toBe('\\+ x');
    expect(escapeMarkdownCell('a # b')).toBe('a # b');
  });

  it('keeps bare URLs, www. names, domains and e-mail addresses from becoming links in linkify renderers', () => {
    const require = createRequire(import.meta.url);
    const MarkdownIt = require('markdown-it') as new (o: object) => { renderInline(s: string): string };
    const { marked } = require('marked') as { marked: { parseInline(s: string): string } };
    const mdit = new MarkdownIt({ linkify: true });
    for (const text of [
      'see www.evil.example and https://evil.example/x',
      'HTTP://EVIL.EXAMPLE',
      'ftp://files.example/a',
      'evil.example/path',
      'write to a@b.example',
      'mailto:a@b.example',
      '//evil.example/x',
    ]) {
      const escaped = escapeMarkdownCell(text);
      for (const html of [mdit.renderInline(escaped), marked.parseInline(escaped)]) {
        expect(html, text).not.toContain('<a ');
        expect(html, text).toBe(mdit.renderInline(escaped));
      }
      // The text shows as written.
      expect(mdit.renderInline(escaped)).toBe(text.replace(/&/g, '&amp;'));
    }
    expect(escapeMarkdownCell('St. Paul, e.g. 3.5, Horizon B.V., members.csv')).toBe(
      'St. Paul, e.g. 3.5, Horizon B.V., members.csv',
    );
  });

  it('puts newlines and tabs on one line and removes bidi overrides, keeping RTL letters and emoji', () => {
    expect(escapeMarkdownCell('a\r\nb\nc\td')).toBe('a b c d');
    expect(escapeMarkdownCell('x\u202Eevil\u202C شركاء 🧵')).toBe('xevil شركاء 🧵');
  });

  it('never leaves a raw pipe or a newline (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const out = escapeMarkdownCell(s);
        expect(out).not.toMatch(/(?<!\\)\||[\n\r]/);
      }),
    );
  });

  it('shows exactly the text, as text, in a GFM table cell of a CommonMark renderer with raw HTML on (property)', () => {
    const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (
      o: object,
    ) => {
      render(s: string): string;
    };
    const renderer = new MarkdownIt({ html: true, linkify: false });
    const htmlText = (x: string) =>
      x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const tricky = fc.constantFrom(
      ...'<>&|\\`*_[]~#+-=.!()0123456789;:/"\' aZé ش'.split(''),
      '&amp;',
      '&#38;',
      '<b>',
      '</td>',
      '<!--',
      'http://x.y',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const html = renderer.render(`| h |\n| --- |\n| ${escapeMarkdownCell(s)} |\n`);
        const cell = /<td>([\s\S]*?)<\/td>/.exec(html)?.[1];
        expect(cell).toBe(htmlText(s.trim()));
      }),
      { numRuns: 500 },
    );
  });
});

describe('needsIsolation(s)', () => {
  it('is true for right-to-left letters (also outside the basic plane) and bidirectional controls', () => {
    for (const s of [
      'شركاء',
      'Textiel — شركاء',
      'עמותה',
      'ܐ',
      'ހ',
      'ߊ',
      '\u{10900}',
      '\u{1E900}',
      'a\u202Eb',
      'a\u2067b',
      'x\u200F',
    ]) {
      expect(needsIsolation(s), JSON.stringify(s)).toBe(true);
    }
  });
  it('is false for left-to-right and neutral text', () => {
    for (const s of [
      'Stichting Eerlijk Werk',
      'Coöperatieve Groenhaven Bank',
      'Партнёры',
      '中文 组织',
      '12 / 3',
      '',
      '🧵',
    ]) {
      expect(needsIsolation(s), s).toBe(false);
    }
  });
});
