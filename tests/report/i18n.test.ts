import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey, REPORT_LANGS, t, tn, tValue } from '../../src/report/i18n.js';
import { FileKindSchema } from '../../src/schema/records.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report dictionary', () => {
  it('has exactly the same keys in English and Dutch', () => {
    expect(Object.keys(MESSAGES.nl).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('has no empty text in any language', () => {
    for (const lang of REPORT_LANGS) {
      for (const [key, text] of Object.entries(MESSAGES[lang]))
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      expect(placeholders(MESSAGES.nl[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('has a singular and a plural form for every counted phrase', () => {
    const keys = Object.keys(MESSAGES.en);
    for (const key of keys.filter((k) => k.endsWith('.one')))
      expect(keys).toContain(key.replace(/\.one$/, '.other'));
  });

  it('names every kind of input file in both languages (the "Files read" tables never show an id)', () => {
    for (const lang of REPORT_LANGS) {
      for (const kind of FileKindSchema.options)
        expect(Object.hasOwn(MESSAGES[lang], `fileKind.${kind}`), `${lang} fileKind.${kind}`).toBe(true);
    }
    expect(tValue('nl', 'fileKind', 'funders')).toBe('financiers');
  });

  it('translates text that differs between the languages', () => {
    expect(t('en', 'section.countries')).toBe('Countries');
    expect(t('nl', 'section.countries')).toBe('Landen');
  });
});

describe('t, tn, tValue', () => {
  it('t fills placeholders and keeps unknown ones visible', () => {
    expect(t('en', 'note.moreEvidence', { count: 3 })).toBe('… and 3 more');
    expect(t('en', 'note.moreEvidence')).toBe('… and {count} more');
  });

  it('t does not read placeholder values from the prototype', () => {
    expect(t('en', 'note.moreEvidence', Object.create({ count: 9 }))).toBe('… and {count} more');
  });

  it('tn picks the singular for exactly 1', () => {
    expect(tn('en', 'count.members', 1)).toBe('1 member');
    expect(tn('en', 'count.members', 0)).toBe('0 members');
    expect(tn('nl', 'count.members', 1)).toBe('1 lid');
    expect(tn('nl', 'count.members', 2)).toBe('2 leden');
    // @ts-expect-error: 'title' has no plural forms (type-level check only)
    const _typeCheck = () => tn('en', 'title', 1);
  });

  it('tValue translates known values and passes others through', () => {
    expect(tValue('nl', 'presence', 'office')).toBe('kantoor');
    expect(tValue('nl', 'type', 'union')).toBe('vakbond');
    expect(tValue('en', 'presence', 'embassy')).toBe('embassy');
    expect(tValue('en', 'presence', '__proto__')).toBe('__proto__');
  });
});
