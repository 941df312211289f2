import { describe, expect, it } from 'vitest';
import { targetFromOccupation, targetPace } from '../../../electron/main/taxonomy/service';
import { SKILL_FLAGS } from '../../../shared/taxonomy/asset';
import { bundledAsset, bundledTaxonomy } from '../../support/taxonomy';

function occupationId(label: string): string {
  const hit = bundledTaxonomy().search(label, { kind: 'occupation', limit: 1 })[0];
  if (hit?.label !== label) throw new Error(`${label} not found`);
  return hit.conceptId;
}

function paceOf(label: string) {
  const occupation = bundledTaxonomy().occupation(occupationId(label));
  if (occupation === null) throw new Error(label);
  return bundledTaxonomy().paceOf(occupation.essential, occupation.optional);
}

function skillId(label: string): string {
  const hit = bundledTaxonomy().resolve(label);
  if (hit === null) throw new Error(`${label} not found`);
  return hit.conceptId;
}

describe('field pace', () => {
  it.each([
    ['software developer', 'fast'],
    ['data analyst', 'fast'],
    ['digital marketing manager', 'fast'],
    ['graphic designer', 'fast'],
    ['project manager', 'normal'],
    ['product manager', 'normal'],
    ['marketing manager', 'normal'],
    ['accountant', 'slow'],
    ['carpenter', 'slow'],
    ['nurse responsible for general care', 'slow'],
  ] as const)('%s is %s', (label, pace) => {
    expect(paceOf(label)).toBe(pace);
  });

  it('follows the user when they override it', () => {
    const target = targetFromOccupation(bundledTaxonomy(), occupationId('accountant'), 't1');
    if (target === null) throw new Error('no target');
    expect(targetPace(bundledTaxonomy(), target)).toBe('slow');
    expect(targetPace(bundledTaxonomy(), { ...target, paceOverride: 'fast' })).toBe('fast');
  });
});

describe('soft skills', () => {
  it.each([
    ['work in teams', true],
    ['lead others', true],
    ['manage time', true],
    ['address an audience', true],
    ['SQL', false],
    ['Python (computer programming)', false],
    ['Tableau', false],
    // ESCO files it as knowledge under "personal skills and development", outside the transversal collection.
    ['communication', true],
    ['teamwork principles', true],
    ['data analytics', false],
  ])('%s is soft: %s', (label, soft) => {
    expect(bundledTaxonomy().skill(skillId(label))?.soft).toBe(soft);
  });

  it('reads a “communication” course as soft', () => {
    const taxonomy = bundledTaxonomy();
    expect(taxonomy.isMostlySoft([skillId('communication')])).toBe(true);
  });

  it('reads the curated soft skills as soft', () => {
    const asset = bundledAsset();
    const curated = asset.skills.flags.filter((flags) => (flags & SKILL_FLAGS.personal) !== 0).length;
    expect(curated).toBeGreaterThan(10);
  });

  it('makes a certificate soft when most of its skills are', () => {
    const taxonomy = bundledTaxonomy();
    expect(taxonomy.isMostlySoft([skillId('lead others'), skillId('work in teams'), skillId('SQL')])).toBe(true);
    expect(taxonomy.isMostlySoft([skillId('SQL'), skillId('Tableau'), skillId('work in teams')])).toBe(false);
    expect(taxonomy.isMostlySoft([])).toBe(false);
  });
});

describe('targets from occupations', () => {
  it('drafts a curated role’s core skills as essential and its secondary as optional, nothing else', () => {
    const taxonomy = bundledTaxonomy();
    const target = targetFromOccupation(taxonomy, occupationId('product manager'), 'target-pm');
    const tiers = taxonomy.occupationTiers(occupationId('product manager'));
    expect(tiers?.role).not.toBeNull();
    expect(target).toMatchObject({
      id: 'target-pm',
      occupationId: occupationId('product manager'),
      paceOverride: null,
    });
    const ids = (importance: string) =>
      target?.skills.filter((entry) => entry.importance === importance).map((entry) => entry.skill.conceptId) ?? [];
    expect(ids('essential')).toEqual(tiers?.core);
    expect(ids('optional')).toEqual(tiers?.secondary);
    for (const also of tiers?.alsoNamed ?? []) expect(ids('essential').concat(ids('optional'))).not.toContain(also);
  });

  it('drafts an occupation without a curated role from its most specific essential skills', () => {
    const taxonomy = bundledTaxonomy();
    const target = targetFromOccupation(taxonomy, occupationId('carpenter'), 't-carpenter');
    const essential = target?.skills.filter((entry) => entry.importance === 'essential') ?? [];
    expect(essential.length).toBeGreaterThan(0);
    expect(essential.length).toBeLessThanOrEqual(10);
    expect(target?.skills.length).toBeLessThan(taxonomy.occupation(occupationId('carpenter'))?.essential.length ?? 0);
  });

  it('keeps a curated role’s pace without overriding it', () => {
    const taxonomy = bundledTaxonomy();
    const target = targetFromOccupation(taxonomy, 'data-analyst', 't-da');
    expect(target).toMatchObject({ title: 'Data analyst', paceOverride: null });
    if (target === null) throw new Error('no target');
    expect(targetPace(taxonomy, target)).toBe(taxonomy.occupationTiers('data-analyst')?.pace);
  });

  it('refuses an occupation the taxonomy does not know', () => {
    expect(targetFromOccupation(bundledTaxonomy(), 'http://data.europa.eu/esco/occupation/nope', 'x')).toBeNull();
  });
});

describe('providers and the certificate catalogue', () => {
  it('offers a catalogue certificate with its provider and skills as the title is typed', () => {
    const [first] = bundledTaxonomy().searchCatalogue('Google Data Analytics');
    expect(first?.provider.name).toBe('Google');
    expect(first?.skills.length).toBeGreaterThan(1);
    expect(first?.skills.every((skill) => skill.label !== skill.conceptId)).toBe(true);
  });

  it('finds the certificates that teach a skill, those naming it first and the more focused first', () => {
    const taxonomy = bundledTaxonomy();
    const forTableau = taxonomy.certificatesForSkill('sup:tableau');
    expect(forTableau.length).toBeGreaterThanOrEqual(3);
    expect(forTableau.every((entry) => entry.skills.some((skill) => skill.conceptId === 'sup:tableau'))).toBe(true);
    expect(forTableau[0]?.title).toBe('Tableau Desktop Specialist');
    const sizes = forTableau.map((entry) => entry.skills.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    // Only a skill few certificates name is offered courses of a closely related skill.
    const dataAnalysis = taxonomy.resolve('data analysis', 'skill')?.conceptId ?? '';
    expect(taxonomy.certificatesForSkill(dataAnalysis).map((entry) => entry.title)).not.toContain(
      'Kaggle Learn: Intro to Machine Learning',
    );
    expect(taxonomy.certificatesForSkill('sup:no-such-skill')).toEqual([]);
    expect(taxonomy.certificatesForSkill('sup:tableau', 2)).toHaveLength(2);
  });

  it('knows providers by their other names', () => {
    expect(bundledTaxonomy().resolveProvider('Google Career Certificates')?.name).toBe('Google');
    expect(bundledTaxonomy().resolveProvider('Project Management Institute')?.id).toBe('pmi');
    expect(bundledTaxonomy().resolveProvider('Bob’s Backyard Academy')).toBeNull();
  });
});
