import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

// Alpha (health) and Beta (nutrition) already run a programme together in Kenya (geography.csv
// `works_with`, as `import iati` writes it from shared activities); Gamma (education) works there
// with neither. Every pair is a joint programme of the same score.
const files = (worksWith: string) => ({
  'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\n',
  'geography.csv': `member,country,presence,works_with\nA,Kenya,programme,${worksWith}\nB,Kenya,programme,\nC,Kenya,programme,\n`,
  'expertise.csv': 'member,theme,level\nA,health,4\nB,nutrition,4\nC,education,4\n',
});

const programmes = (worksWith: string, lang: 'en' | 'nl' = 'en') =>
  buildBaseline(files(worksWith), { top: 10, minScore: 0, kinds: ['joint-programme'], lang }).recommendations;

describe('members that already work together', () => {
  it('read works_with by id or name, both ways, and report what is no member', () => {
    const p = parsePartnership(files('Beta; Gama; Delta; A'));
    expect(p.partnership.geography.find((g) => g.member === 'A')?.worksWith).toEqual(['B', 'C']);
    expect(p.warnings.map((w) => [w.code, w.column, w.value, w.suggestion])).toEqual([
      ['fuzzy_match', 'works_with', 'Gama', 'Gamma'],
      ['self_reference', 'works_with', 'A', null],
      ['unknown_member', 'works_with', 'Delta', 'Beta'],
    ]);
    expect(p.rejected).toEqual([]);
    const nl = parsePartnership(files('Delta'), { lang: 'nl' });
    expect(nl.warnings[0]?.message.startsWith('Geen lid heet "Delta"; weggelaten.')).toBe(true);
    expect(nl.warnings[0]?.message).toContain('"Beta"');
  });

  it('count half and say so: a programme they already run is no new idea', () => {
    const recs = programmes('Beta');
    const ab = recs.find((r) => r.members.join('+') === 'A+B')!;
    const others = recs.filter((r) => r !== ab);
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) {
      expect(r.score).toBe(ab.score);
      expect(r.worksTogether).toBeUndefined();
      expect(recs.indexOf(r)).toBeLessThan(recs.indexOf(ab));
    }
    expect(ab.worksTogether).toBe(true);
    expect(ab.priority).toBeCloseTo(ab.score / 2, 9);
    expect(ab.rationale.endsWith(' They already work together there: build on that.')).toBe(true);
    const nl = programmes('Beta', 'nl').find((r) => r.members.join('+') === 'A+B')!;
    expect(nl.rationale.endsWith(' Ze werken daar al samen: bouw daarop voort.')).toBe(true);
  });

  it('give way in a short list to a lower score they halve below', () => {
    // Alpha and Beta have offices (score 1 together, priority 0.5 as they already work together);
    // Gamma works through a local partner (score about 0.65 with either): with room for one item,
    // one of Gamma's pairs, although Alpha and Beta's scores higher.
    const offices = {
      ...files('Beta'),
      'geography.csv':
        'member,country,presence,works_with\nA,Kenya,office,Beta\nB,Kenya,office,\nC,Kenya,local_partner,\n',
    };
    const one = buildBaseline(offices, { top: 1, more: 0, minScore: 0, kinds: ['joint-programme'] });
    expect(one.recommendations.map((r) => r.members.includes('C'))).toEqual([true]);
    const all = buildBaseline(offices, { top: 10, minScore: 0, kinds: ['joint-programme'] }).recommendations;
    const ab = all.find((r) => r.worksTogether)!;
    expect(ab.score).toBeGreaterThan(one.recommendations[0]!.score);
  });

  it('change nothing for pairs that do not work together', () => {
    const without = programmes('');
    expect(without.every((r) => r.worksTogether === undefined && r.priority === r.score)).toBe(true);
    const ids = (rs: typeof without) =>
      rs.filter((r) => !r.members.includes('B') || !r.members.includes('A')).map((r) => r.id);
    expect(ids(programmes('Beta'))).toEqual(ids(without));
  });
});

describe('some of an item’s members already work together', () => {
  // Four members in Kenya with a network in one sector: a joint stakeholder mapping of all four.
  const four = (worksWith: string, lang: 'en' | 'nl' = 'en') =>
    buildBaseline(
      {
        'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\nD,Delta,ngo\n',
        'geography.csv': `member,country,presence,works_with\nA,Kenya,office,${worksWith}\nB,Kenya,office,\nC,Kenya,office,\nD,Kenya,office,\n`,
        'sectors.csv':
          'member,sector,network,strength\nA,agriculture,association,4\nB,agriculture,association,4\nC,agriculture,association,4\nD,agriculture,association,4\n',
      },
      { top: 10, minScore: 0, kinds: ['joint-stakeholder-mapping'], lang },
    ).recommendations.find((r) => r.members.length === 4)!;
  const alone = four('');

  it('count in proportion to the pairs that do, and say who', () => {
    // Alpha and Beta already run a programme together there: one of the six pairs, so the
    // priority loses a twelfth (half of one sixth); the score stays.
    const some = four('Beta');
    expect(some.score).toBe(alone.score);
    expect(some.priority).toBeCloseTo((alone.priority ?? 0) * (1 - 0.5 / 6), 3);
    expect(some.worksTogether).toBeUndefined();
    expect(some.rationale).toBe(`${alone.rationale} Alpha already works with Beta there.`);
    expect(four('Beta', 'nl').rationale.endsWith(' Alpha werkt daar al samen met Beta.')).toBe(true);
  });

  it('name a group in which everyone works with everyone, and one member with its partners', () => {
    // Alpha, Beta and Gamma of one consortium: three of six pairs, one group sentence.
    const group = `Beta; Gamma\nB,Kenya,office,Gamma`;
    const consortium = buildBaseline(
      {
        'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\nD,Delta,ngo\n',
        'geography.csv': `member,country,presence,works_with\nA,Kenya,office,${group}\nC,Kenya,office,\nD,Kenya,office,\n`,
        'sectors.csv':
          'member,sector,network,strength\nA,agriculture,association,4\nB,agriculture,association,4\nC,agriculture,association,4\nD,agriculture,association,4\n',
      },
      { top: 10, minScore: 0, kinds: ['joint-stakeholder-mapping'] },
    ).recommendations.find((r) => r.members.length === 4)!;
    expect(consortium.rationale).toBe(
      `${alone.rationale} Alpha, Beta and Gamma already work together there.`,
    );
    expect(consortium.priority).toBeCloseTo((alone.priority ?? 0) * 0.75, 3);
    // Alpha works with each of the others, who do not work with each other: no group, one member.
    const star = four('Beta; Gamma; Delta');
    expect(star.rationale).toBe(`${alone.rationale} Alpha already works with Beta, Gamma and Delta there.`);
    expect(star.worksTogether).toBeUndefined();
  });
});
