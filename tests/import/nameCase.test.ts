import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { import3w } from '../../src/import/import3w.js';
import { calmCapitals } from '../../src/import/nameCase.js';

describe('calmCapitals: names typed in capitals only, in title case', () => {
  it.each([
    ['CATHOLIC ORGANIZATION FOR RELIEF AND DEVELOPMENT', 'Catholic Organization for Relief and Development'],
    ['TAAKULO SOMALILAND COMMUNITY (TASCO)', 'Taakulo Somaliland Community (TASCO)'],
    [
      "ACTIONS CONCRETES POUR LA PROTECTION DE L'ENFANCE",
      "Actions Concretes pour la Protection de l'Enfance",
    ],
    ['ACTION FOR RECOVERY AND TRANSFORMATION ART', 'Action for Recovery and Transformation ART'],
    ["SOS CHILDREN'S VILLAGES", "SOS Children's Villages"],
    ['NORWEGIAN CHURCH AID', 'Norwegian Church Aid'],
    ['ST. JOHN AMBULANCE', 'St. John Ambulance'],
    ['IMF - FONDO MONETARIO INTERNAZIONALE', 'IMF - Fondo Monetario Internazionale'],
    ['ÉCOLE NATIONALE SUPÉRIEURE', 'École Nationale Supérieure'],
  ])('%s -> %s', (input, expected) => {
    expect(calmCapitals(input)).toBe(expected);
  });

  it('leaves brands and acronyms (fewer than two words of four letters) and any mixed-case name alone', () => {
    for (const name of [
      'UNICEF',
      'MSF HOLLAND',
      'AYUUB NGO',
      'CHRISTIAN AID',
      'Save the Children',
      'ActionAid DRC',
    ])
      expect(calmCapitals(name)).toBe(name);
  });

  it('property: only the case changes, never a letter; applying it twice changes nothing more', () => {
    const word = fc.stringMatching(/^[A-Z]{1,9}$/);
    const name = fc.array(fc.oneof(word, fc.constantFrom('FOR', "L'ENFANCE", '(ABC)', '-', 'E.V.', 'ST.')), {
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(name, (words) => {
        const text = words.join(' ');
        const out = calmCapitals(text);
        expect(out.toLowerCase()).toBe(text.toLowerCase());
        expect(calmCapitals(out)).toBe(out);
      }),
    );
  });

  it('is what the importers write as display names (ids unchanged)', () => {
    const text =
      'Organisation,Acronym,Cluster,Country\nHELP FOR SAHEL,HFS,WASH,Mali\nAction contre la Faim,ACF,Health,Mali\n';
    const members = import3w(text).files['members.csv'].split('\n').slice(1, 3);
    expect(members.map((m) => m.split(',').slice(0, 2).join(','))).toEqual([
      'ACF,Action contre la Faim',
      'HFS,Help for Sahel',
    ]);
  });
});
