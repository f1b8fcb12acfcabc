import { describe, expect, it } from 'vitest';
import { cellText, findColumn, parseHxlTag } from '../../src/import/columns.js';

describe('HXL tags and column lookup', () => {
  it('parses hashtags with spaced or compact attributes', () => {
    expect(parseHxlTag('#org +acronym')).toEqual({ tag: '#org', attributes: ['acronym'] });
    expect(parseHxlTag('#sector+cluster+name')).toEqual({ tag: '#sector', attributes: ['cluster', 'name'] });
    expect(parseHxlTag('')).toBeNull();
    expect(parseHxlTag('Organisation')).toBeNull();
  });

  it('prefers HXL tags over header names, honouring with/without attributes', () => {
    const table = {
      header: ['Org. Acronym', 'Organization', 'Type of Organization', 'REGION', 'PROVINCE'],
      hxlTags: ['#org +acronym', '#org', '#org +type', '#region+name', '#adm1+name'],
    };
    expect(findColumn(table, { hxl: [{ tag: '#org', without: ['acronym', 'type'] }] })).toBe(1);
    expect(findColumn(table, { hxl: [{ tag: '#org', with: ['type'] }] })).toBe(2);
    // REGION is not admin-1 here: the HXL row says PROVINCE is.
    expect(findColumn(table, { hxl: [{ tag: '#adm1' }], headers: ['region'] })).toBe(4);
  });

  it('falls back to folded header aliases, in alias order', () => {
    const table = { header: ['Nom Organisation', 'Organisation Accronyme', 'Activités'] };
    expect(findColumn(table, { headers: ['organisation accronyme'] })).toBe(1);
    expect(findColumn(table, { headers: ['org name', 'nom organisation'] })).toBe(0);
    expect(findColumn(table, { headers: ['activites'] })).toBe(2);
    expect(findColumn(table, { headers: ['country'] })).toBe(-1);
  });

  it('reads spreadsheet no-value markers as empty', () => {
    expect(cellText(['#N/A', ' N/A ', '-', ' SIF '], 0)).toBe('');
    expect(cellText(['#N/A', ' N/A ', '-', ' SIF '], 1)).toBe('');
    expect(cellText(['#N/A', ' N/A ', '-', ' SIF '], 2)).toBe('');
    expect(cellText(['#N/A', ' N/A ', '-', ' SIF '], 3)).toBe('SIF');
    expect(cellText([], 5)).toBe('');
  });
});
