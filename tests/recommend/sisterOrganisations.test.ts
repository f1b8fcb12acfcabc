import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { orgFamilyKey, sameFamily } from '../../src/normalise/orgNames.js';

describe('sister organisations are no group of their own', () => {
  it('reads a family from the name without country names, legal forms and refs', () => {
    const family = (a: string, b: string) => sameFamily(orgFamilyKey(a), orgFamilyKey(b));
    expect(family('SNV Rwanda', 'SNV Netherlands Development Organisation')).toBe(true);
    expect(family('Sightsavers (GB-CHC-207544)', 'Sightsavers (GB-CHC-207604)')).toBe(true);
    expect(family('Save the Children Netherlands', 'Save the Children UK')).toBe(true);
    expect(family('Stichting CARE Nederland', 'CARE International')).toBe(true);
    expect(family('Oxford Policy Management', 'University of Oxford')).toBe(false);
    expect(family('World Vision', 'World Health Organization')).toBe(false);
    expect(family('Plan', 'Planet Aid')).toBe(false);
    expect(family('Amref Health Africa - UK', 'Amref Health Africa NL')).toBe(true);
    expect(family('Cordaid US', 'Cordaid')).toBe(true);
    // A last word that is a country code goes; a name of one word stays whole.
    expect(orgFamilyKey('ID')).toBe('id');
    expect(family('Health Poverty Action', 'Health Net TPO')).toBe(false);
  });

  // SNV and SNV Rwanda (one family) share the local partner Imbaraga in Rwanda; SNV and Cordaid
  // share Duterimbere. The pair of sisters is no recommendation, the pair with Cordaid is.
  const files = {
    'members.csv':
      'id,name,type\nSNV,SNV Netherlands Development Organisation,ngo\nSNVR,SNV Rwanda,ngo\nCOR,Cordaid,ngo\n',
    'expertise.csv': 'member,theme,level\nSNV,food security,4\nSNVR,food security,3\nCOR,health,4\n',
    'geography.csv':
      'member,country,presence,partners\nSNV,Rwanda,own_office,Imbaraga; Duterimbere\nSNVR,Rwanda,own_office,Imbaraga\nCOR,Rwanda,programme,Duterimbere\n',
  };

  it('drops items whose members are all one family, keeps groups with others', () => {
    const b = buildBaseline(files, { top: 100, minScore: 0 });
    const all = [...b.recommendations, ...(b.moreRecommendations ?? [])];
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r.members.join('+')).not.toBe('SNV+SNVR');
    const shared = all.filter((r) => r.kind === 'shared-local-partner');
    expect(shared.map((r) => r.members.join('+'))).toEqual(['COR+SNV']);
  });
});
