import { describe, expect, it } from 'vitest';
import { newAward, newProject } from '../../../shared/domain/entries';
import { emptyPerson, type DeclaredSkill, type Profile } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import type { LensResult } from '../../../shared/lens/result';
import { courseOf, profileOf, roleOf, skillsNamed, targetOf } from '../../support/certificates';
import { bundledTaxonomy } from '../../support/taxonomy';

const NOW = '2026-11-26';

const read = (profile: Profile) => analyze(profile, bundledTaxonomy(), { now: NOW });
const levelOf = (result: LensResult, skill: string) =>
  result.skillEvidence.find((entry) => entry.skill.toLowerCase() === skill.toLowerCase())?.level;
const keysOf = (result: LensResult) => result.findings.map((finding) => finding.key).sort();

const declared = (label: string, level: string, kind: DeclaredSkill['kind'] = 'language'): DeclaredSkill => ({
  kind,
  skill: { label, conceptId: null },
  level,
  keywords: [],
});

/** A support agent aiming at a bilingual support role: languages are what the posting asks first. */
const BILINGUAL = targetOf('bilingual customer service agent', [
  'Spanish',
  'interact verbally in Spanish',
  'write Spanish',
  'French',
  'SQL',
]);
const support = profileOf({
  roles: [
    roleOf({ id: 'r1', title: 'Customer support agent', start: '2021-01', skills: skillsNamed('customer service') }),
  ],
  targets: [BILINGUAL],
});

describe('a declared language', () => {
  it('speaks for the language and for ESCO’s skills of it, as a claim, not as work', () => {
    const before = read(support);
    const after = read({ ...support, skills: [declared('Spanish', 'Native speaker')] });
    expect(levelOf(before, 'Spanish')).toBe('none');
    expect(levelOf(after, 'Spanish')).toBe('declared');
    expect(levelOf(after, 'interact verbally in Spanish')).toBe('declared');
    expect(levelOf(after, 'write Spanish')).toBe('declared');
    // Another language, and a skill that is listed but not a language, are no claim for either.
    expect(levelOf(after, 'French')).toBe('none');
    expect(levelOf(after, 'SQL')).toBe('none');
    const unevidenced = after.findings.find((finding) => finding.code === 'PROFILE_TARGET_SKILL_UNEVIDENCED');
    expect(unevidenced?.message).not.toMatch(/Spanish/);
    expect(unevidenced?.message).toMatch(/French/);
  });

  it('speaks for the language when it names one of its skills (“speak Spanish”)', () => {
    const result = read({ ...support, skills: [declared('speak Spanish', 'Fluent')] });
    expect(levelOf(result, 'Spanish')).toBe('declared');
    expect(levelOf(result, 'interact verbally in Spanish')).toBe('declared');
    // Speaking is not writing: a sibling skill is not claimed.
    expect(levelOf(result, 'write Spanish')).toBe('none');
  });

  it('counts for nothing when listed as a plain skill, and gives way to a credential or to work', () => {
    expect(levelOf(read({ ...support, skills: [declared('Spanish', '', 'skill')] }), 'Spanish')).toBe('none');
    const certified = read({
      ...support,
      skills: [declared('Spanish', 'C1')],
      certificates: [courseOf({ id: 'dele', title: 'DELE C1', issued: '2025-06', skills: skillsNamed('Spanish') })],
    });
    expect(levelOf(certified, 'Spanish')).toBe('certified');
    const used = read({
      ...support,
      skills: [declared('Spanish', 'C1')],
      roles: [{ ...support.roles[0]!, skills: skillsNamed('customer service', 'Spanish') }],
    });
    expect(levelOf(used, 'Spanish')).toBe('applied');
  });

  it('never adds a finding', () => {
    const plain = read(support);
    const spoken = read({ ...support, skills: [declared('Spanish', 'Native'), declared('French', 'B2')] });
    expect(keysOf(spoken).every((key) => keysOf(plain).includes(key))).toBe(true);
    // What is still missing is named, and only that.
    const missing = (result: LensResult) =>
      result.findings.find((finding) => finding.code === 'PROFILE_TARGET_SKILL_UNEVIDENCED')?.message ?? '';
    expect(missing(plain)).toMatch(/Spanish.*French|French.*Spanish/);
    expect(missing(spoken)).not.toMatch(/Spanish|French/);
    expect(missing(spoken)).toMatch(/SQL/);
  });
});

const ANALYST = targetOf('data analyst', ['SQL', 'data visualisation']);
const analyst = profileOf({
  roles: [roleOf({ id: 'r1', title: 'Store supervisor', start: '2020-01', skills: skillsNamed('SQL') })],
  projects: [
    newProject({
      id: 'p1',
      title: 'Sales dashboard',
      start: '2024-02',
      end: '2024-08',
      skills: skillsNamed('data visualisation'),
    }),
  ],
  certificates: [
    courseOf({
      id: 'c1',
      title: 'SQL for Data Analysis',
      issued: '2023-05',
      skills: skillsNamed('SQL'),
      appliedIn: [{ kind: 'role', id: 'r1', note: 'weekly stock reports' }],
    }),
  ],
  targets: [ANALYST],
});
const prize = newAward({
  id: 'a1',
  title: 'Store of the year',
  awarder: 'Acme Retail',
  date: '2024-12',
  appliedIn: [{ kind: 'role', id: 'r1', note: '' }],
});

describe('an award given for work', () => {
  it('is evidence of that work, as a link to what it produced is: its skills read as applied, with evidence', () => {
    const before = read(analyst);
    const after = read({ ...analyst, awards: [prize] });
    expect(levelOf(before, 'SQL')).toBe('applied');
    expect(levelOf(after, 'SQL')).toBe('applied-with-evidence');
    // The project it was not given for is read as before.
    expect(levelOf(after, 'data visualisation')).toBe(levelOf(before, 'data visualisation'));
    expect(after.assessments.find((entry) => entry.certificateId === 'c1')?.application).toBe('applied-with-evidence');
  });

  it('counts for nothing before its date, or when not linked to any work', () => {
    const before = read(analyst);
    const future = read({ ...analyst, awards: [{ ...prize, date: '2027-06' }] });
    const loose = read({ ...analyst, awards: [{ ...prize, appliedIn: [] }] });
    for (const result of [future, loose]) {
      expect(result.skillEvidence).toEqual(before.skillEvidence);
      expect(result.assessments).toEqual(before.assessments);
    }
  });

  it('never adds a finding', () => {
    const before = keysOf(read(analyst));
    const after = keysOf(
      read({
        ...analyst,
        awards: [prize, { ...prize, id: 'a2', appliedIn: [{ kind: 'project', id: 'p1', note: '' }] }],
      }),
    );
    expect(after.every((key) => before.includes(key))).toBe(true);
  });
});

describe('the person', () => {
  it('is never read: who they are changes nothing a recruiter is told about their path', () => {
    const person = {
      ...emptyPerson(),
      name: 'Sam Okafor',
      label: 'Data analyst, SQL expert',
      summary: 'Guaranteed results. Master of Python and statistics.',
    };
    expect(read({ ...analyst, person })).toEqual(read(analyst));
  });
});
