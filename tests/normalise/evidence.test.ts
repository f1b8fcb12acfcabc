/**
 * Evidence kinds in expertise.csv (rated vs observed, activity counts), the `un` member type and
 * member scope, and funders.csv: what is accepted, what is refused, and that funders never become
 * members.
 */
import { describe, expect, it } from 'vitest';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

const MEMBERS = 'id,name,type,scope\nA,Alpha,ngo,international\nB,Beta,NNGO,\nU,Unicef,UN agency,\n';

describe('expertise.csv evidence and activities', () => {
  it('reads observed rows without a level and keeps the activity count; rated rows keep their level', () => {
    const { partnership, rejected, warnings } = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv':
        'member,theme,level,evidence,activities\nA,health,,observed,12\nB,gbv,4,rated,\nB,nutrition,,waargenomen,"1,204"\n',
    });
    expect(rejected).toEqual([]);
    expect(warnings).toEqual([]);
    expect(partnership.expertise.map((e) => [e.member, e.theme, e.level, e.evidence, e.activities])).toEqual([
      ['A', 'health', null, 'observed', 12],
      ['B', 'gbv', 4, 'rated', null],
      ['B', 'nutrition', null, 'observed', 1204],
    ]);
  });

  it('never turns an observation into a rating: a level on an observed row is dropped with a warning', () => {
    const { partnership, warnings } = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv': 'member,theme,level,evidence\nA,health,5,observed\n',
    });
    expect(partnership.expertise[0]).toMatchObject({ level: null, evidence: 'observed' });
    expect(warnings[0]).toMatchObject({ line: 2, column: 'level', value: '5', code: 'invalid_level' });
  });

  it('still needs a level on a rated row (the default), and refuses an unknown evidence kind', () => {
    const { rejected, files } = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv': 'member,theme,level,evidence\nA,health,,\nA,gbv,3,guessed\nA,osh,3,\n',
    });
    expect(rejected.map((r) => [r.line, r.code, r.column])).toEqual([
      [2, 'missing_value', 'level'],
      [3, 'invalid_evidence', 'evidence'],
    ]);
    expect(files.find((f) => f.kind === 'expertise')).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
  });

  it('warns on an activity count that is not a whole number and keeps the row', () => {
    const { partnership, warnings } = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv': 'member,theme,evidence,activities\nA,health,observed,many\n',
    });
    expect(partnership.expertise[0]?.activities).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['invalid_activities']);
  });

  it('merges a rating and an observation of one theme into one rated record with the activity count', () => {
    const { partnership } = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv': 'member,theme,level,evidence,activities\nA,health,,observed,7\nA,health,4,,\n',
    });
    expect(partnership.expertise).toHaveLength(1);
    expect(partnership.expertise[0]).toMatchObject({ level: 4, evidence: 'rated', activities: 7 });
  });
});

describe('members: the un type and scope', () => {
  it('reads type un and the scope column, and takes the scope from INGO / NNGO type labels', () => {
    const { partnership } = parsePartnership({ 'members.csv': MEMBERS });
    expect(partnership.members.map((m) => [m.id, m.type, m.scope])).toEqual([
      ['A', 'ngo', 'international'],
      ['B', 'ngo', 'national'],
      ['U', 'un', null],
    ]);
  });

  it('reads Dutch (vn, reikwijdte nationaal) and warns on an unknown scope', () => {
    const { partnership, warnings } = parsePartnership({
      'leden.csv': 'naam;soort;reikwijdte\nAlpha;vn;internationaal\nBeta;ngo;galactisch\n',
    });
    expect(partnership.members.map((m) => [m.type, m.scope])).toEqual([
      ['un', 'international'],
      ['ngo', null],
    ]);
    expect(warnings.map((w) => [w.code, w.value])).toEqual([['invalid_scope', 'galactisch']]);
  });
});

describe('funders.csv', () => {
  const funders =
    'funder,funder_ref,funder_type,member,country,role,activities\nMinistry of Foreign Affairs,XM-DAC-7,government,A,Bangladesh,funding,3\nCBPF Afghanistan,,un,B,,extending,\n';

  it('reads who funds whom, where and how, and the funders never become members', () => {
    const { partnership, rejected } = parsePartnership({ 'members.csv': MEMBERS, 'funders.csv': funders });
    expect(rejected).toEqual([]);
    expect(partnership.members.map((m) => m.id)).toEqual(['A', 'B', 'U']);
    expect(
      partnership.funders?.map((f) => [f.funder, f.ref, f.type, f.member, f.country, f.role, f.activities]),
    ).toEqual([
      ['CBPF Afghanistan', null, 'un', 'B', null, 'extending', null],
      ['Ministry of Foreign Affairs', 'XM-DAC-7', 'government', 'A', 'BD', 'funding', 3],
    ]);
  });

  it('detects the Dutch file name and headers (financiers.csv: financier, lid, rol)', () => {
    const { files, partnership } = parsePartnership({
      'members.csv': MEMBERS,
      'financiers.csv': 'financier;lid;rol\nBuitenlandse Zaken;Alpha;financier\n',
    });
    expect(files.find((f) => f.file === 'financiers.csv')?.kind).toBe('funders');
    expect(partnership.funders?.[0]).toMatchObject({
      funder: 'Buitenlandse Zaken',
      member: 'A',
      role: 'funding',
    });
  });

  it('rejects a row funding an unknown member or with an unknown role, located', () => {
    const { rejected } = parsePartnership({
      'members.csv': MEMBERS,
      'funders.csv': 'funder,member,role\nX,Nobody,funding\nY,A,sponsor\n',
    });
    expect(rejected.map((r) => [r.file, r.line, r.code, r.column])).toEqual([
      ['funders.csv', 2, 'unknown_member', 'member'],
      ['funders.csv', 3, 'invalid_role', 'role'],
    ]);
  });
});
