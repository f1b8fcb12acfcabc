import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { choose3wSheet, looksLike3w } from '../../src/import/threeWSheet.js';
import { parseTable } from '../../src/ingest/parseTable.js';

const table = (csv: string, file = 'x') => parseTable(csv, { file });

describe('looksLike3w', () => {
  it('wants an organisation column and a sector or place column, by header or HXL tag', () => {
    expect(looksLike3w(table('Organisation,Cluster\nACF,WASH\n'))).toBe(true);
    expect(looksLike3w(table('Org. Acronym,State Pcode\nACF,NGA008\n'))).toBe(true);
    // HXL tags alone name the columns (headers in another language).
    expect(looksLike3w(table('Akteur,Bereich\n#org+name,#sector\nACF,WASH\n'))).toBe(true);
    // A pivot table, a list of organisations, a read-me.
    expect(looksLike3w(table('Cluster,Total\nWASH,12\n'))).toBe(false);
    expect(looksLike3w(table('Organisation,Contact\nACF,a@b.org\n'))).toBe(false);
    expect(looksLike3w(table('Read me first\n'))).toBe(false);
  });
});

describe('choose3wSheet', () => {
  const sheets = [
    { sheet: 'Lisez-moi', table: table('Une ligne par activité\n') },
    { sheet: 'TCD', table: table('Cluster,Total\nWASH,2\nSanté,1\n') },
    { sheet: 'Résumé', table: table('Organisation,Cluster\nACF,WASH\n') },
    {
      sheet: 'ML_5W',
      table: table('Organisation,Cluster,Region\nACF,WASH,Gao\nIRC,Santé,Mopti\nNRC,Abris,Gao\n'),
    },
  ];

  it('reads the largest 3W-looking sheet and names the others it did not read', () => {
    const chosen = choose3wSheet(sheets, 'mali.xlsx');
    expect(chosen.sheet).toBe('ML_5W');
    expect(chosen.others).toEqual(['Résumé']);
  });

  it('reads the sheet the user names, compared without case or accents', () => {
    expect(choose3wSheet(sheets, 'mali.xlsx', 'resume').sheet).toBe('Résumé');
    expect(choose3wSheet(sheets, 'mali.xlsx', 'tcd').sheet).toBe('TCD');
  });

  it('refuses a sheet name that is not there, with the closest name and the list', () => {
    let error: unknown;
    try {
      choose3wSheet(sheets, 'mali.xlsx', 'ML5W');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).suggestion).toBe('ML_5W');
    expect((error as Error).message).toBe(
      'mali.xlsx has no sheet "ML5W" (did you mean "ML_5W"?); its sheets: "Lisez-moi", "TCD", "Résumé", "ML_5W".',
    );
    expect(() => choose3wSheet(sheets, 'mali.xlsx', 'ML5W', 'nl')).toThrow(
      'mali.xlsx heeft geen werkblad "ML5W" (bedoelde je "ML_5W"?); de werkbladen:',
    );
  });

  it('says which sheets there are when none looks like a 3W table, in English and Dutch', () => {
    const none = sheets.slice(0, 2);
    expect(() => choose3wSheet(none, 'mali.xlsx')).toThrow(
      'No sheet of mali.xlsx looks like a 3W table (a column of organisations and one of sectors or places); its sheets: "Lisez-moi", "TCD".',
    );
    expect(() => choose3wSheet(none, 'mali.xlsx', undefined, 'nl')).toThrow(
      'Geen werkblad van mali.xlsx lijkt op een 3W-tabel',
    );
  });
});
