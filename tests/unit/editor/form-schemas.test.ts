import { describe, expect, it } from 'vitest';
import {
  AwardSchema,
  CertificateSchema,
  PersonSchema,
  ProjectSchema,
  RoleSchema,
  emptyPerson,
  type Certificate,
  type Role,
} from '../../../shared/domain/profile';
import { CommandSchema } from '../../../shared/profile/commands';
import {
  AwardFormSchema,
  CertificateFormSchema,
  PersonFormSchema,
  ProjectFormSchema,
  RoleFormSchema,
  certificateFromForm,
  certificateToForm,
  awardFromForm,
  awardToForm,
  personFromForm,
  personToForm,
  lines,
  projectFromForm,
  projectToForm,
  roleFromForm,
  roleToForm,
  saveCommand,
  withSkill,
} from '../../../renderer/src/editor/form-schemas';
import { courseOf, roleOf } from '../../support/certificates';

const role: Role = roleOf({
  id: 'role-1',
  title: 'Data analyst',
  organization: 'Northwind',
  start: '2021-03-15',
  field: 'Retail',
  skills: [{ label: 'SQL', conceptId: 'c:sql' }],
  highlights: ['Cut report time in half'],
});

const certificate: Certificate = courseOf({
  id: 'cert-1',
  title: 'AWS Solutions Architect',
  provider: 'AWS',
  status: { state: 'in-progress', percentDone: 40 },
  issued: '2024-06',
  appliedIn: [{ kind: 'role', id: 'role-1', note: 'Moved reports to the cloud' }],
});

function problemsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('role form', () => {
  it('round-trips a role, keeping a day the month input cannot show', () => {
    const values = RoleFormSchema.parse(roleToForm(role));
    expect(roleFromForm(values, role.id, role)).toEqual(role);
  });

  it('says at the field what is missing or out of order', () => {
    const empty = RoleFormSchema.safeParse(roleToForm(null));
    expect(problemsOf(empty)).toMatchObject({ title: 'Give it a title.', start: 'Choose the month it started.' });
    const backwards = RoleFormSchema.safeParse({
      ...roleToForm(role),
      current: false,
      start: '2023-05',
      end: '2022-01',
    });
    expect(problemsOf(backwards)).toEqual({ end: 'The end cannot be before the start.' });
    const noEnd = RoleFormSchema.safeParse({ ...roleToForm(role), current: false, end: '' });
    expect(Object.keys(problemsOf(noEnd))).toEqual(['end']);
    const tooLong = RoleFormSchema.safeParse({ ...roleToForm(role), title: 'x'.repeat(301) });
    expect(problemsOf(tooLong)).toEqual({ title: 'This is too long.' });
  });

  it('makes a role the domain accepts: trimmed text, one highlight per line, null end while current', () => {
    const values = RoleFormSchema.parse({
      ...roleToForm(null),
      title: '  Barista ',
      start: '2020-01',
      current: true,
      end: '2019-01',
      highlights: ' Opened the shop \n\n Trained staff ',
    });
    const made = roleFromForm(values, 'role-2', null);
    expect(RoleSchema.parse(made)).toEqual(made);
    expect(made).toMatchObject({ title: 'Barista', end: null, highlights: ['Opened the shop', 'Trained staff'] });
  });

  it('edits the organisation’s website and what it does, and refuses an address that is not a web one', () => {
    const values = RoleFormSchema.parse({
      ...roleToForm(role),
      url: ' https://northwind.example ',
      organizationDescription: 'A food wholesaler',
    });
    expect(roleFromForm(values, role.id, role)).toMatchObject({
      url: 'https://northwind.example',
      organizationDescription: 'A food wholesaler',
    });
    expect(roleFromForm(RoleFormSchema.parse({ ...roleToForm(role), url: '' }), role.id, role).url).toBeNull();
    expect(problemsOf(RoleFormSchema.safeParse({ ...roleToForm(role), url: 'northwind' }))).toEqual({
      url: 'Give a full web address starting with https:// or http://.',
    });
  });
});

describe('project form', () => {
  it('validates evidence URLs and keeps file references it does not edit', () => {
    const original = ProjectSchema.parse({
      id: 'p-1',
      title: 'Dashboard',
      kind: 'work',
      start: '2023-01',
      end: '2023-06',
      roleId: 'role-1',
      organization: '',
      roles: [],
      skills: [],
      outcome: '',
      highlights: [],
      evidence: [
        { kind: 'url', label: 'Demo', url: 'https://example.com' },
        { kind: 'file', label: 'Slides', path: '/tmp/slides.pdf' },
      ],
    });
    const form = projectToForm(original);
    expect(form.evidence).toEqual([{ label: 'Demo', url: 'https://example.com' }]);
    const bad = ProjectFormSchema.safeParse({ ...form, evidence: [{ label: '', url: 'example dot com' }] });
    expect(Object.keys(problemsOf(bad))).toEqual(['evidence.0.url']);
    const made = projectFromForm(ProjectFormSchema.parse({ ...form, roleId: '' }), original.id, original);
    expect(made.roleId).toBeNull();
    expect(made.evidence).toEqual(original.evidence);
  });

  it('keeps whom a publication was for and the person’s part in it, one part per line', () => {
    const values = ProjectFormSchema.parse({
      ...projectToForm(null),
      title: 'Cleaning messy survey data',
      kind: 'publication',
      start: '2024-03',
      current: false,
      end: '2024-03',
      organization: ' Towards Data Science ',
      roles: 'Author\n\n Illustrator ',
    });
    const made = projectFromForm(values, 'p-2', null);
    expect(ProjectSchema.parse(made)).toEqual(made);
    expect(made).toMatchObject({
      kind: 'publication',
      organization: 'Towards Data Science',
      roles: ['Author', 'Illustrator'],
    });
    expect(projectToForm(made).roles).toBe('Author\nIllustrator');
  });
});

describe('award form', () => {
  it('makes an award linked to the role it was given for, and keeps its links when edited', () => {
    const values = AwardFormSchema.parse({
      ...awardToForm(null),
      title: ' Analyst of the year ',
      awarder: 'Northwind',
      date: '2023-12',
      givenFor: 'role:role-1',
    });
    const made = awardFromForm(values, 'award-1', null);
    expect(AwardSchema.parse(made)).toEqual(made);
    expect(made).toEqual({
      id: 'award-1',
      title: 'Analyst of the year',
      awarder: 'Northwind',
      date: '2023-12',
      summary: '',
      appliedIn: [{ kind: 'role', id: 'role-1', note: '' }],
    });
    const linked = {
      ...made,
      date: '2023-12-04',
      appliedIn: [...made.appliedIn, { kind: 'project' as const, id: 'p', note: 'x' }],
    };
    const edited = awardFromForm(
      AwardFormSchema.parse({ ...awardToForm(linked), title: 'Analyst of 2023' }),
      linked.id,
      linked,
    );
    expect(edited).toEqual({ ...linked, title: 'Analyst of 2023' });
    expect(saveCommand({ kind: 'award', award: made }, 'create')).toEqual({ type: 'award.add', award: made });
  });

  it('needs a title, and takes no link when none is chosen', () => {
    expect(problemsOf(AwardFormSchema.safeParse(awardToForm(null)))).toEqual({ title: 'Give it a title.' });
    const made = awardFromForm(AwardFormSchema.parse({ ...awardToForm(null), title: 'Dean’s list' }), 'a', null);
    expect(made).toMatchObject({ date: null, appliedIn: [] });
  });
});

describe('person form', () => {
  const person = {
    ...emptyPerson(),
    name: 'Sam Okafor',
    image: 'https://example.org/sam.jpg',
    url: 'https://sam.example.org',
    location: { address: '', postalCode: 'EC1', city: 'London', countryCode: 'GB', region: '' },
    profiles: [{ network: 'GitHub', username: 'samo', url: null }],
    interests: [{ name: 'Running', keywords: [] }],
    references: [{ name: 'A manager', reference: 'Reliable.' }],
  };

  it('round-trips the person, keeping what the form does not show', () => {
    const made = personFromForm(PersonFormSchema.parse(personToForm(person)), person);
    expect(made).toEqual(person);
    expect(PersonSchema.parse(made)).toEqual(made);
  });

  it('drops a profile row left empty and says which address is wrong', () => {
    const form = personToForm(person);
    const values = PersonFormSchema.parse({
      ...form,
      name: ' Sam O. ',
      profiles: [...form.profiles, { network: '', username: '', url: '' }],
    });
    expect(personFromForm(values, person)).toMatchObject({ name: 'Sam O.', profiles: person.profiles });
    const bad = PersonFormSchema.safeParse({
      ...form,
      email: 'sam at example',
      profiles: [{ network: 'LinkedIn', username: '', url: 'linkedin' }],
    });
    expect(Object.keys(problemsOf(bad)).sort()).toEqual(['email', 'profiles.0.url']);
  });
});

describe('certificate form', () => {
  it('round-trips a certificate, keeping its links', () => {
    const made = certificateFromForm(
      CertificateFormSchema.parse(certificateToForm(certificate)),
      certificate.id,
      certificate,
    );
    expect(made).toEqual(certificate);
  });

  it('turns status, hours, URLs, courses, score and kind into the domain shape', () => {
    const values = CertificateFormSchema.parse({
      ...certificateToForm(null),
      title: 'Scrum Master',
      state: 'earned',
      issued: '2024-01',
      expires: '2026-01',
      hours: '12.5',
      credentialUrl: 'https://example.com/cred',
      providerUrl: ' https://scrum.example.org ',
      courses: 'Scrum roles\n\n  Sprint planning  \n',
      score: 'Passed with distinction',
      kind: 'soft',
    });
    const made = certificateFromForm(values, 'cert-2', null);
    expect(CertificateSchema.parse(made)).toEqual(made);
    expect(made).toMatchObject({
      status: { state: 'earned' },
      started: null,
      hours: 12.5,
      credentialUrl: 'https://example.com/cred',
      providerUrl: 'https://scrum.example.org',
      courses: ['Scrum roles', 'Sprint planning'],
      score: 'Passed with distinction',
      kindOverride: 'soft',
      credential: null,
      appliedIn: [],
    });
  });

  it('says at the field what is wrong', () => {
    const form = certificateToForm(certificate);
    expect(Object.keys(problemsOf(CertificateFormSchema.safeParse({ ...form, percentDone: '140' })))).toEqual([
      'percentDone',
    ]);
    // The percentage only matters while in progress.
    expect(CertificateFormSchema.safeParse({ ...form, state: 'planned', percentDone: '' }).success).toBe(true);
    expect(problemsOf(CertificateFormSchema.safeParse({ ...form, expires: '2024-01' }))).toEqual({
      expires: 'It cannot expire before it was issued.',
    });
    expect(Object.keys(problemsOf(CertificateFormSchema.safeParse({ ...form, credentialUrl: 'ftp://x' })))).toEqual([
      'credentialUrl',
    ]);
    expect(Object.keys(problemsOf(CertificateFormSchema.safeParse({ ...form, hours: 'many' })))).toEqual(['hours']);
  });

  it('keeps when study began, a bare year as a year, and refuses a start after the issue date', () => {
    const degree: Certificate = { ...certificate, learning: 'education', started: '2010', issued: '2016-07' };
    const form = certificateToForm(degree);
    expect(form.started).toBe('2010-01');
    expect(certificateFromForm(CertificateFormSchema.parse(form), degree.id, degree).started).toBe('2010');
    const moved = certificateFromForm(CertificateFormSchema.parse({ ...form, started: '2011-10' }), degree.id, degree);
    expect(moved.started).toBe('2011-10');
    expect(problemsOf(CertificateFormSchema.safeParse({ ...form, started: '2016-08' }))).toEqual({
      started: 'It cannot start after its issue or expected date.',
    });
    // Optional, and with no issue date there is nothing to be after.
    expect(CertificateFormSchema.safeParse({ ...form, started: '' }).success).toBe(true);
    expect(CertificateFormSchema.safeParse({ ...form, started: '2030-01', issued: '' }).success).toBe(true);
  });
});

describe('commands and helpers', () => {
  it('adds new entries and updates existing ones, as valid commands', () => {
    expect(saveCommand({ kind: 'role', role }, 'create')).toEqual({ type: 'role.add', role });
    expect(saveCommand({ kind: 'certificate', certificate }, 'edit')).toEqual({
      type: 'certificate.update',
      certificate,
    });
    expect(CommandSchema.safeParse(saveCommand({ kind: 'role', role }, 'edit')).success).toBe(true);
  });

  it('adds a skill once, by concept or by free label', () => {
    const skills = [{ label: 'SQL', conceptId: 'c:sql' }];
    expect(withSkill(skills, { label: 'Structured Query Language', conceptId: 'c:sql' })).toEqual(skills);
    expect(withSkill([{ label: 'Knitting', conceptId: null }], { label: 'knitting', conceptId: null })).toHaveLength(1);
    expect(withSkill(skills, { label: 'Python', conceptId: null })).toHaveLength(2);
  });

  it('reads one highlight per non-empty line', () => {
    expect(lines('a\n\n  b  \n')).toEqual(['a', 'b']);
  });
});
