import { mulberry32 } from '../../bench/validation/bootstrap.js';

/**
 * A small, seeded, made-up IATI sample in the three-table layout of the East Africa health
 * sample: 24 implementing organisations with home countries and purposes, 3 donors, and 160
 * activities from 2016 to 2025 in which organisations tend to team up with others that share a
 * country. For end-to-end and golden tests of the study; no real data.
 */
export function syntheticSample(seed = 5): { projects: string; organisations: string; countries: string } {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const countries = ['ET', 'KE', 'SO', 'UG'];
  const codes = ['12110', '12220', '12230', '12261', '13020', '12250'];
  const orgs = Array.from({ length: 24 }, (_, i) => ({
    ref: `XX-ORG-${String(i + 1).padStart(2, '0')}`,
    name: `Organisation ${i + 1}`,
    home: countries[i % 4]!,
    codes: [codes[i % 6]!, codes[(i * 5 + 1) % 6]!],
    type: pick(['21', '22', '80']),
  }));
  const donors = ['XX-GOV-1', 'XX-GOV-2', 'XX-FDN-1'];
  const projects = [
    'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,planned_start_date,actual_start_date,sector_codes',
  ];
  const organisations = ['activity_id,org_ref,org_name,role,org_type'];
  const countryRows = ['activity_id,country_code,percentage'];
  for (let a = 0; a < 160; a++) {
    const id = `XX-ACT-${a}`;
    const year = 2016 + Math.floor((a / 160) * 10);
    const start = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;
    const lead = pick(orgs);
    const country = random() < 0.8 ? lead.home : pick(countries);
    const team = [lead];
    const size = 1 + Math.floor(random() * 3);
    for (let t = 0; t < size; t++) {
      const sameCountry = orgs.filter((o) => o.home === country && !team.includes(o));
      const other = random() < 0.75 && sameCountry.length > 0 ? pick(sameCountry) : pick(orgs);
      if (!team.includes(other)) team.push(other);
    }
    const donor = pick(donors);
    const byDonor = random() < 0.3;
    const reporter = byDonor ? { ref: donor, name: `Donor ${donor}` } : lead;
    const activityCodes = [...new Set([pick(lead.codes), pick(team.at(-1)!.codes)])].join('; ');
    projects.push(`${id},${reporter.ref},${reporter.name},${country},${start},,${activityCodes}`);
    organisations.push(`${id},${reporter.ref},${reporter.name},reporting,`);
    organisations.push(`${id},${donor},Donor ${donor},funding,${donor.includes('FDN') ? '60' : '10'}`);
    for (const o of team) organisations.push(`${id},${o.ref},${o.name},implementing,${o.type}`);
    countryRows.push(`${id},${country},100`);
  }
  return {
    projects: `${projects.join('\n')}\n`,
    organisations: `${organisations.join('\n')}\n`,
    countries: `${countryRows.join('\n')}\n`,
  };
}
