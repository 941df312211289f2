import { describe, expect, it } from 'vitest';
import { bundledAsset, bundledTaxonomy } from '../../support/taxonomy';

const skillId = (label: string) => {
  const hit = bundledTaxonomy().resolve(label);
  if (hit === null) throw new Error(`${label} does not resolve`);
  return hit.conceptId;
};
const labels = (ids: readonly string[]) => ids.map((id) => bundledTaxonomy().skill(id)?.label ?? id);

describe('the occupation a job title names', () => {
  it('reads curated role titles and aliases first, whatever their case', () => {
    expect(bundledTaxonomy().occupationForTitle('IT project manager')?.label).toBe('ICT project manager');
    expect(bundledTaxonomy().occupationForTitle('junior developer')?.label).toBe('software developer');
    expect(bundledTaxonomy().occupationForTitle('JUNIOR DEVELOPER')?.label).toBe('software developer');
  });

  it('gives a data analyst SQL among the core skills, and none of ESCO’s rarely asked query languages', () => {
    const analyst = bundledTaxonomy().occupationForTitle('Data Analyst');
    expect(analyst).toMatchObject({ label: 'data analyst', isco: expect.stringMatching(/^\d{4}$/) });
    expect(analyst?.core).toContain(skillId('SQL'));
    for (const odd of ['XQuery', 'LDAP', 'SPARQL']) expect(labels(analyst?.core ?? [])).not.toContain(odd);
  });

  it('drops seniority words, then falls back to ESCO occupations, and says null when nothing matches', () => {
    expect(bundledTaxonomy().occupationForTitle('Senior data analyst')?.label).toBe('data analyst');
    expect(bundledTaxonomy().occupationForTitle('carpenter')?.label).toBe('carpenter');
    expect(bundledTaxonomy().occupationForTitle('Website builder')).toBeNull();
    expect(bundledTaxonomy().occupationForTitle('')).toBeNull();
  });
});

describe('core, secondary and also-named skills', () => {
  it('takes a curated role’s tiers and lists the rest of ESCO’s skills apart', () => {
    const taxonomy = bundledTaxonomy();
    const occupation = taxonomy.occupationForTitle('data analyst');
    const tiers = taxonomy.occupationTiers(occupation?.conceptId ?? '');
    expect(tiers?.role).toMatchObject({ id: 'data-analyst', title: 'Data analyst' });
    expect(tiers?.role?.evidence.length).toBeGreaterThan(0);
    expect(tiers?.role?.certificates.every((certificate) => certificate.title !== certificate.id)).toBe(true);
    expect(tiers?.core.length).toBeGreaterThanOrEqual(8);
    const esco = taxonomy.occupation(occupation?.conceptId ?? '');
    const tiered = new Set([...(tiers?.core ?? []), ...(tiers?.secondary ?? [])]);
    for (const id of [...(esco?.essential ?? []), ...(esco?.optional ?? [])])
      expect(tiered.has(id) || tiers?.alsoNamed.includes(id)).toBe(true);
    expect(tiers?.alsoNamed.some((id) => tiered.has(id))).toBe(false);
  });

  it('answers a role id as its own profile, even when another role maps to the same occupation', () => {
    const taxonomy = bundledTaxonomy();
    const backEnd = taxonomy.occupationTiers('back-end-developer');
    expect(backEnd?.role?.id).toBe('back-end-developer');
    expect(taxonomy.occupationTiers(backEnd?.occupationId ?? '')?.role?.id).toBe('software-developer');
    expect(taxonomy.roles().length).toBeGreaterThanOrEqual(40);
  });

  it('ranks an uncurated occupation’s essential skills by how specific they are: at most 10 core, generic ones not', () => {
    const taxonomy = bundledTaxonomy();
    const carpenter = taxonomy.occupationForTitle('carpenter');
    const tiers = taxonomy.occupationTiers(carpenter?.conceptId ?? '');
    expect(tiers?.role).toBeNull();
    expect(tiers?.core.length).toBeLessThanOrEqual(10);
    expect(tiers?.secondary.length).toBeLessThanOrEqual(8);
    // Its most generic essential skills, those the most occupations list, stay out of the core.
    const { skills } = bundledAsset();
    const used = new Map(
      skills.id.map((id, index) => [`http://data.europa.eu/esco/skill/${id}`, skills.occupations[index] ?? 0]),
    );
    const essential = taxonomy.occupation(carpenter?.conceptId ?? '')?.essential ?? [];
    const generic = [...essential].sort((a, b) => (used.get(b) ?? 0) - (used.get(a) ?? 0)).slice(0, 3);
    for (const id of generic) expect(tiers?.core, taxonomy.skill(id)?.label).not.toContain(id);
    expect(tiers?.alsoNamed.length).toBeGreaterThan(0);
  });

  it('says null for an id it does not know', () => {
    expect(bundledTaxonomy().occupationTiers('http://data.europa.eu/esco/occupation/nope')).toBeNull();
    expect(bundledTaxonomy().occupationTiers('no-such-role')).toBeNull();
  });
});

describe('role profiles for posting titles ESCO has no occupation for', () => {
  const roleFor = (title: string) => bundledTaxonomy().occupationForTitle(title)?.roleId ?? null;

  it('reads each common posting title as its own role, and each title as one role only', () => {
    expect(roleFor('Tier 1 SOC Analyst')).toBe('soc-analyst');
    expect(roleFor('Security Operations Center Analyst')).toBe('soc-analyst');
    expect(roleFor('Cyber Security Analyst')).toBe('cybersecurity-analyst');
    expect(roleFor('Cloud Support Engineer')).toBe('cloud-support-engineer');
    expect(roleFor('Cloud Engineer')).toBe('cloud-engineer');
    expect(roleFor('IT Project Coordinator')).toBe('it-project-coordinator');
    expect(roleFor('Customer Success Manager')).toBe('customer-success-manager');
    expect(roleFor('Instructional Designer')).toBe('instructional-designer');
    expect(roleFor('Bookkeeper')).toBe('bookkeeper');
    const titles = bundledAsset().roles.flatMap((role) => [role.title, ...role.aliases].map((t) => t.toLowerCase()));
    expect(titles.length).toBe(new Set(titles).size);
  });

  it('asks of a SOC analyst what SOC postings ask, with certificates the field recognises', () => {
    const tiers = bundledTaxonomy().occupationTiers('soc-analyst');
    expect(labels(tiers?.core ?? [])).toEqual(expect.arrayContaining(['SIEM', 'alert triage', 'MITRE ATT&CK']));
    expect(tiers?.role?.certificates.map((certificate) => certificate.title)).toEqual(
      expect.arrayContaining(['CompTIA CySA+', 'Splunk Core Certified User']),
    );
  });

  it('keeps every curated profile within 8–12 core and 4–10 secondary skills, all of them known', () => {
    const taxonomy = bundledTaxonomy();
    for (const role of bundledAsset().roles) {
      expect(role.core.length, role.id).toBeGreaterThanOrEqual(8);
      expect(role.core.length, role.id).toBeLessThanOrEqual(12);
      expect(role.secondary.length, role.id).toBeGreaterThanOrEqual(4);
      expect(role.secondary.length, role.id).toBeLessThanOrEqual(10);
      for (const id of [...role.core, ...role.secondary])
        expect(taxonomy.skill(id), `${role.id}: ${id}`).not.toBeNull();
    }
  });
});
