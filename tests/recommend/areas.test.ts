/**
 * Recommendations that say where (areas), group caps, and evidence kinds: observed activity never
 * makes a skill-gap claim, rationales say "works on" for observed and "strong" for rated themes,
 * and a national or local organisation never offers training to a UN agency or an international NGO.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import type { Recommendation } from '../../src/schema/baseline.js';
import { readDataDir } from '../helpers.js';

const fixture = buildBaseline(readDataDir('tests/fixtures/areas'));
const ofKind = (recs: readonly Recommendation[], kind: string) => recs.filter((r) => r.kind === kind);

describe('recommendations on the area fixture', () => {
  it('name the area next to the country, in baseline.json and in the rationale', () => {
    const every = [...fixture.recommendations, ...fixture.moreRecommendations];
    const [shared] = ofKind(every, 'shared-local-partner');
    expect(shared).toMatchObject({ members: ['DRC', 'NRC'], country: 'AF', areas: ['AF2405'] });
    expect(shared?.rationale).toContain('in Spin Boldak (Kandahar), Afghanistan');
    const [coordination] = ofKind(every, 'in-country-coordination');
    expect(coordination).toMatchObject({ members: ['DRC', 'NRC'], areas: ['AF2405'], themes: ['shelter'] });
    expect(coordination?.rationale).toBe(
      'Danish Refugee Council (international NGO) and Norwegian Refugee Council (international NGO) are present in Spin Boldak (Kandahar), Afghanistan, and each works on shelter and non-food items: coordinate the work there to avoid duplication and divide the tasks.',
    );
    expect(coordination?.detail).toContain('Duplication risk 0.13');
    const programme = ofKind(every, 'joint-programme')[0];
    expect(programme).toMatchObject({ members: ['NRC', 'WFP'], areas: ['AF2402'] });
    expect(programme?.rationale).toContain('World Food Programme (UN agency)');
  });

  it('never offers training from a national organisation to a UN agency or an international NGO', () => {
    const learners = ofKind(fixture.recommendations, 'training-offer').map((r) => r.members);
    // RAT (national, rated expert on gbv and health) offers to AKF (national) and LHO (local) only.
    expect(learners).toEqual([
      ['AKF', 'RAT'],
      ['LHO', 'RAT'],
    ]);
  });

  it('never claims a skill gap on a theme the learner is only observed working on', () => {
    const toLho = ofKind(fixture.recommendations, 'training-offer').find((r) => r.members.includes('LHO'));
    // LHO works on health (observed, no rating): only gbv (rated 1) is a gap.
    expect(toLho?.themes).toEqual(['gbv']);
  });

  it('writes the recommendations in Dutch too', () => {
    const nl = buildBaseline(readDataDir('tests/fixtures/areas'), { lang: 'nl' });
    const [shared] = ofKind(nl.recommendations, 'shared-local-partner');
    expect(shared?.rationale).toContain(
      'werken in Spin Boldak (Kandahar), Afghanistan, elk samen met de lokale organisatie',
    );
    expect(shared?.rationale).toContain('(internationale ngo)');
  });
});

/** A 3W-like partnership: every theme observed, no rating anywhere. */
function observedOnly(extraMembers = 0) {
  const ids = ['A', 'B', 'C', ...Array.from({ length: extraMembers }, (_, i) => `X${i}`)];
  const members = `id,name,type,scope\n${ids.map((id) => `${id},Org ${id},ngo,national`).join('\n')}\n`;
  const expertise = [
    'member,theme,evidence,activities',
    'A,nutrition,observed,3',
    'A,living wage,observed,9',
    'B,nutrition,observed,1',
    'C,health,observed,2',
    ...ids.slice(3).map((id) => `${id},nutrition,observed,1`),
  ].join('\n');
  const geography = [
    'member,country,presence,area',
    'A,Nigeria,programme,Borno > Jere',
    'B,Nigeria,programme,Borno > Jere',
    'C,Nigeria,programme,Borno > Jere',
    ...ids.slice(3).map((id) => `${id},Nigeria,programme,Borno`),
  ].join('\n');
  const sectors =
    'member,sector,network,strength\nB,garment and textiles,companies,5\nC,garment and textiles,companies,5\n';
  return buildBaseline({
    'members.csv': members,
    'expertise.csv': `${expertise}\n`,
    'geography.csv': `${geography}\n`,
    'sectors.csv': sectors,
  });
}

describe('observed-only partnerships (3W, IATI)', () => {
  const b = observedOnly();

  it('never make a training offer or an expertise-based company engagement', () => {
    expect(ofKind(b.recommendations, 'training-offer')).toEqual([]);
    expect(ofKind(b.recommendations, 'joint-company-engagement')).toEqual([]);
    expect(ofKind(b.recommendations, 'joint-lobby')).toEqual([]);
  });

  it('say "works on", never "at a high level" or "strong"', () => {
    expect(b.recommendations.length).toBeGreaterThan(0);
    for (const r of b.recommendations) expect(r.rationale).not.toMatch(/high level|strong|expert/i);
    const [coordination] = ofKind(b.recommendations, 'in-country-coordination');
    expect(coordination).toMatchObject({ members: ['A', 'B'], areas: ['borno>jere'], themes: ['nutrition'] });
    expect(coordination?.rationale).toContain('each works on nutrition');
  });

  it('cap group sizes: forty members on one theme in one province get no coordination recommendation there', () => {
    const big = observedOnly(40);
    const coordination = ofKind(big.recommendations, 'in-country-coordination');
    expect(coordination.some((r) => r.areas?.includes('borno'))).toBe(false);
    expect(coordination.every((r) => r.members.length <= 5)).toBe(true);
    // The district below it, where three of them work, still gets one.
    expect(coordination.map((r) => r.areas)).toContainEqual(['borno>jere']);
  });
});
