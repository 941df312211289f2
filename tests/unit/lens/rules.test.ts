import { describe, expect, it } from 'vitest';
import { type Certificate, type Profile, type Role } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import { courseOf, profileOf, roleOf, skillsNamed, targetOf } from '../../support/certificates';
import { bundledTaxonomy } from '../../support/taxonomy';

/** Small profiles built for one rule each: the errors issue 13 found, one test per error. */
const NOW = '2026-11-26';
const skills = skillsNamed;

function role(id: string, fields: Partial<Role> & Pick<Role, 'title' | 'start'>): Role {
  return roleOf({ id, organization: 'Acme', ...fields });
}

function course(id: string, fields: Partial<Certificate> & Pick<Certificate, 'title' | 'issued'>): Certificate {
  return courseOf({ id, ...fields });
}

const read = (profile: Profile) => analyze(profile, bundledTaxonomy(), { now: NOW });
const codesFor = (profile: Profile, subject: string) =>
  read(profile)
    .findings.filter((finding) => finding.subject === subject)
    .map((finding) => finding.code);

const ANALYST = targetOf('data analyst', ['SQL', 'Python', 'statistics', 'data visualisation', 'spreadsheets']);

describe('relevance is graded and names what it serves', () => {
  it('reads a Python course used at work as serving a data analyst', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Store supervisor', start: '2020-01', skills: skills('Python') })],
      certificates: [
        course('c1', {
          title: 'Python for Everybody',
          issued: '2025-05',
          skills: skills('Python'),
          appliedIn: [{ kind: 'role', id: 'r1', note: '' }],
        }),
      ],
      targets: [ANALYST],
    });
    const assessment = read(profile).assessments[0];
    expect(assessment?.relevance).toBe('strong');
    expect(assessment?.serves[0]).toMatch(/Python/);
    expect(codesFor(profile, 'c1')).not.toContain('CERT_OFF_TARGET');
  });

  it('reads a PMP as serving an ICT project manager', () => {
    const profile = profileOf({
      certificates: [
        course('c1', {
          title: 'Project Management Professional (PMP)',
          issued: '2025-05',
          provider: 'PMI',
          skills: skills('project management'),
        }),
      ],
      targets: [
        targetOf('ICT project manager', [
          'ICT project management',
          'manage project information',
          'Agile project management',
        ]),
      ],
    });
    expect(read(profile).assessments[0]?.relevance).not.toBe('none');
  });

  it('gives a hobby course one finding for the target, not six', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Store supervisor', start: '2015-01' })],
      certificates: [
        course('c1', {
          title: 'Watercolour for beginners',
          issued: '2018-03',
          provider: 'Artsy Academy',
          skills: skills('watercolour painting'),
        }),
      ],
      targets: [ANALYST],
    });
    expect(codesFor(profile, 'c1')).toEqual(['CERT_OFF_TARGET']);
  });

  it('judges an unrelated course without a target by its own field’s pace, not a fast one', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Baker', start: '2015-01', skills: skills('bake goods') })],
      certificates: [course('c1', { title: 'Artisan bread', issued: '2022-03', skills: skills('bake goods') })],
    });
    const assessment = read(profile).assessments[0];
    expect(assessment?.recencyPace).not.toBe('fast');
    expect(codesFor(profile, 'c1')).not.toContain('CERT_STALE');
  });
});

describe('time is read as a recruiter reads it', () => {
  it('counts work months the way it counts gap months', () => {
    const profile = profileOf({ roles: [role('r1', { title: 'Analyst', start: '2024-01', end: '2025-12' })] });
    const result = read(profile);
    // January 2024 to December 2025 is 24 whole months: not entry-level, however the months are counted.
    expect(result.modes.entryLevel).toBe(false);
    const short = read(profileOf({ roles: [role('r1', { title: 'Analyst', start: '2025-01', end: '2025-12' })] }));
    expect(short.findings.find((finding) => finding.code === 'PROFILE_ENTRY_LEVEL')?.message).toMatch(/\b12 months/);
  });

  it('opens no gap between a lone early course and the first job', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'HR assistant', start: '2019-03' })],
      certificates: [course('c1', { title: 'ECDL', issued: '2012-06', skills: skills('use spreadsheets software') })],
    });
    expect(read(profile).findings.map((finding) => finding.code)).not.toContain('PROFILE_TIMELINE_GAP');
  });

  it('does not let a four-hour course explain a two-month silence', () => {
    const profile = profileOf({
      roles: [
        role('r1', { title: 'Teacher', start: '2015-01', end: '2024-07' }),
        role('r2', { title: 'Marketing volunteer', start: '2025-04' }),
      ],
      certificates: [
        course('c1', { title: 'Canva basics', issued: '2025-03', hours: 4, skills: skills('graphic design') }),
      ],
    });
    const gap = read(profile).findings.find((finding) => finding.code === 'PROFILE_TIMELINE_GAP');
    expect(gap?.subject).toEqual({ from: '2024-08', to: '2025-02' });
  });

  it('never calls an explained period a gap, nor counts it as experience or as work a course was earned in', () => {
    const profile = profileOf({
      roles: [
        role('r1', { title: 'Teacher', start: '2015-01', end: '2024-12' }),
        role('r2', { title: 'Caring for my father', start: '2025-01', end: '2025-12', kind: 'caring' }),
        role('r3', { title: 'Marketing assistant', start: '2026-01' }),
      ],
      certificates: [course('c1', { title: 'Google Analytics', issued: '2025-06', skills: skills('web analytics') })],
      targets: [targetOf('Digital marketing specialist', ['web analytics'])],
    });
    const result = read(profile);
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).not.toContain('PROFILE_TIMELINE_GAP');
    expect(codesFor(profile, 'c1')).not.toContain('CERT_EARNED_WHILE_WORKING');
    // A career break alone is no experience: the profile reads as entry-level.
    const alone = read(
      profileOf({ roles: [role('r2', { title: 'Career break', start: '2024-01', kind: 'career-break' })] }),
    );
    expect(alone.modes.entryLevel).toBe(true);
  });

  it('never tells the holder of a credential that lapsed years ago to renew it', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Systems administrator', start: '2014-01', skills: skills('Windows Server') })],
      certificates: [
        course('c1', {
          title: 'MCSA: Windows Server 2012',
          issued: '2016-03',
          expires: '2019-01',
          provider: 'Microsoft',
          skills: skills('Windows Server'),
        }),
      ],
      targets: [targetOf('systems administrator', ['Windows Server', 'Linux', 'ICT network'])],
    });
    const expired = read(profile).findings.find((finding) => finding.code === 'CERT_EXPIRED');
    expect(expired?.severity).toBe('suggestion');
    expect(expired?.action).not.toMatch(/renew/i);
  });

  it('keeps a course current while its skill is used at work', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Store supervisor', start: '2019-01', skills: skills('spreadsheets') })],
      certificates: [
        course('c1', {
          title: 'Excel essentials',
          issued: '2021-06',
          skills: skills('spreadsheets'),
          appliedIn: [{ kind: 'role', id: 'r1', note: '' }],
        }),
      ],
      targets: [ANALYST],
    });
    expect(codesFor(profile, 'c1')).not.toContain('CERT_STALE');
  });
});

describe('a degree is read as education', () => {
  const degree = course('d1', {
    title: 'Bachelor of Arts',
    learning: 'education',
    provider: 'Universität Hamburg',
    started: '2013-10',
    issued: '2019-07',
    skills: skills('art history'),
  });
  const profile = profileOf({
    roles: [role('r1', { title: 'Website builder', start: '2019-09', kind: 'freelance' })],
    projects: [],
    certificates: [degree],
    targets: [targetOf('UX designer', ['user research', 'wireframes', 'Figma'])],
  });

  it('is never stale, of an unknown provider, earned while working or off-target', () => {
    expect(codesFor(profile, 'd1')).toEqual([]);
  });

  it('fills the timeline from its start, so the years of study are no gap', () => {
    expect(read(profile).findings.map((finding) => finding.code)).not.toContain('PROFILE_TIMELINE_GAP');
  });
});

describe('modes', () => {
  it('does not read an IT project manager aiming at ICT project manager as a career change', () => {
    const profile = profileOf({
      roles: [
        role('r1', { title: 'IT project manager', start: '2018-01', skills: skills('project management', 'Jira') }),
      ],
      targets: [
        targetOf('ICT project manager', [
          'ICT project management',
          'Agile project management',
          'manage budgets',
          'risk management',
        ]),
      ],
    });
    expect(read(profile).modes.careerChanger).toBe(false);
  });

  it('reads a store supervisor aiming at data analyst as a career change', () => {
    const profile = profileOf({
      roles: [role('r1', { title: 'Store supervisor', start: '2018-01', skills: skills('Excel', 'SQL') })],
      targets: [ANALYST],
    });
    expect(read(profile).modes.careerChanger).toBe(true);
  });
});

describe('learning under way', () => {
  it('counts a course in progress as no evidence yet, says so, and asks to finish and use it', () => {
    const analyst = targetOf('data analyst', ['statistics']);
    const profile = profileOf({
      roles: [role('r1', { title: 'Store supervisor', start: '2020-01' })],
      certificates: [
        course('c1', {
          title: 'Statistics with Python',
          issued: null,
          status: { state: 'in-progress', percentDone: 40 },
          skills: skills('statistics'),
        }),
      ],
      targets: [analyst],
    });
    const result = read(profile);
    const gap = result.findings.find((finding) => finding.code === 'PROFILE_TARGET_SKILL_UNEVIDENCED');
    expect(gap?.message).toBe(
      '1 core skill for data analyst has nothing behind it yet: statistics (learning in progress).',
    );
    const step = result.nextSteps.find((entry) => entry.kind === 'evidence-core-skill');
    expect(step?.text).toBe(
      'Finish “Statistics with Python” and use “statistics” in a project, or add where you already used it.',
    );
    expect(step?.related).toEqual([{ kind: 'certificate', id: 'c1' }]);
  });
});
