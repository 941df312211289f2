import { describe, expect, it } from 'vitest';
import { targetFromOccupation, targetPace } from '../../../electron/main/taxonomy/service';
import { bundledTaxonomy } from '../../support/taxonomy';

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
  ])('%s is soft: %s', (label, soft) => {
    expect(bundledTaxonomy().skill(skillId(label))?.soft).toBe(soft);
  });

  it('makes a certificate soft when most of its skills are', () => {
    const taxonomy = bundledTaxonomy();
    expect(taxonomy.isMostlySoft([skillId('lead others'), skillId('work in teams'), skillId('SQL')])).toBe(true);
    expect(taxonomy.isMostlySoft([skillId('SQL'), skillId('Tableau'), skillId('work in teams')])).toBe(false);
    expect(taxonomy.isMostlySoft([])).toBe(false);
  });
});

describe('targets from occupations', () => {
  it('prefills essential and optional skills, editable afterwards', () => {
    const target = targetFromOccupation(bundledTaxonomy(), occupationId('product manager'), 'target-pm');
    expect(target).toMatchObject({ id: 'target-pm', title: 'product manager', paceOverride: null });
    const essential = target?.skills.filter((entry) => entry.importance === 'essential') ?? [];
    expect(essential.length).toBeGreaterThan(5);
    expect(essential.every((entry) => entry.skill.conceptId?.startsWith('http://data.europa.eu/esco/skill/'))).toBe(
      true,
    );
    expect(target?.skills.some((entry) => entry.importance === 'optional')).toBe(true);
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

  it('knows providers by their other names', () => {
    expect(bundledTaxonomy().resolveProvider('Google Career Certificates')?.name).toBe('Google');
    expect(bundledTaxonomy().resolveProvider('Project Management Institute')?.id).toBe('pmi');
    expect(bundledTaxonomy().resolveProvider('Bob’s Backyard Academy')).toBeNull();
  });
});
