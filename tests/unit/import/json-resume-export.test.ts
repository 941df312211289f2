import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { newProject, newRole } from '../../../shared/domain/entries';
import {
  emptyPerson,
  emptyProfile,
  type Certificate,
  type Profile,
  type Project,
  type Role,
} from '../../../shared/domain/profile';
import { toJsonResume } from '../../../shared/export/json-resume';
import { draftId, type ImportDraft } from '../../../shared/import/draft';
import { readJsonResume } from '../../../shared/import/json-resume';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import schema from '../../../shared/import/json-resume/schema.json';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { NO_CHOICE, planImport } from '../../../shared/import/plan';
import { checked, externalResume, NOW, ofKind } from './json-resume-helpers';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validResume = ajv.compile(schema);

const personasFolder = path.resolve(import.meta.dirname, '../../fixtures/personas');
function persona(file: string): Profile {
  const decoded = decodeProfileFile(readFileSync(path.join(personasFolder, file)));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.profile;
}

/** The sample, widened so every field and every kind the model has is exercised. */
function everyFieldProfile(): Profile {
  const base = sampleProfile();
  const volunteer: Role = newRole({
    id: 'role-volunteer',
    title: 'Reading mentor',
    location: 'Łódź, Polska',
    summary: 'Weekly sessions with two pupils',
    kind: 'volunteer',
    start: '2018',
    end: '2019-06-30',
    field: 'Education',
    skills: [{ label: 'coach young people', conceptId: null }],
    highlights: ['Both pupils moved up a reading level', ''],
  });
  const internship: Role = {
    ...volunteer,
    id: 'role-intern',
    title: 'Data intern',
    organization: '数据公司',
    kind: 'internship',
  };
  const project: Project = newProject({
    id: 'project-open',
    title: 'Open data cleaner',
    kind: 'open-source',
    start: '2024',
    roleId: 'role-volunteer',
    highlights: ['120 stars', 'Used by the city council'],
    evidence: [
      { kind: 'file', label: 'Slides', path: '/home/maya/slides.pdf' },
      { kind: 'url', label: '', url: 'https://example.org/cleaner' },
      { kind: 'url', label: 'Docs', url: 'https://example.org/cleaner/docs' },
    ],
  });
  const degree: Certificate = {
    ...base.certificates[0]!,
    id: 'cert-degree',
    title: 'BSc Economics',
    learning: 'education',
    provider: 'University of Leeds',
    status: { state: 'earned' },
    started: '2012-09',
    issued: '2016-07',
    expires: null,
    credentialId: 'LEEDS-123',
    credentialUrl: 'https://example.org/verify/123',
    providerUrl: null,
    courses: [],
    score: '',
    skills: [{ label: 'economics', conceptId: null }],
    hours: null,
    description: 'First-class honours',
    kindOverride: 'technical',
    appliedIn: [{ kind: 'role', id: 'role-intern', note: 'Modelling demand' }],
  };
  const expiring: Certificate = {
    ...base.certificates[1]!,
    id: 'cert-expiring',
    title: 'First aid at work',
    status: { state: 'planned' },
    issued: null,
    expires: '2027-01-31',
    hours: 0,
    kindOverride: 'soft',
    appliedIn: [
      { kind: 'project', id: 'project-open', note: '' },
      { kind: 'role', id: 'role-volunteer', note: 'On call at events' },
    ],
  };
  const publication: Project = {
    ...project,
    id: 'project-paper',
    title: 'Stock-outs in small retail',
    kind: 'publication',
    start: '2025-03-14',
    end: '2025-03-14',
    roleId: null,
    organization: 'Retail Data Journal',
    roles: ['First author'],
    skills: [{ label: 'data analysis', conceptId: null }],
    outcome: 'Why shelves go empty on Mondays',
    highlights: ['Cited by the trade body'],
    evidence: [{ kind: 'url', label: '', url: 'https://example.org/paper' }],
  };
  return {
    ...base,
    roles: [
      ...base.roles,
      { ...volunteer, url: 'https://example.org/reading', organizationDescription: 'A literacy charity' },
      internship,
    ],
    projects: [...base.projects, { ...project, roles: ['Maintainer'], organization: 'Open Data Leeds' }, publication],
    certificates: [
      ...base.certificates,
      { ...degree, providerUrl: 'https://leeds.example.org', courses: ['Econometrics', 'Game theory'], score: '2:1' },
      { ...expiring, providerUrl: 'https://redcross.example.org', courses: ['CPR'], score: 'Pass' },
    ],
    awards: [
      {
        id: 'award-star',
        title: 'Star of the quarter',
        awarder: 'Riverside Outfitters',
        date: '2021-12',
        summary: 'For the stock-out fix',
        appliedIn: [{ kind: 'project', id: 'project-paper', note: 'The analysis behind it' }],
      },
    ],
    skills: [
      {
        kind: 'skill',
        skill: { label: 'SQL', conceptId: null },
        level: 'Advanced',
        keywords: ['joins', 'window functions'],
      },
      { kind: 'skill', skill: { label: 'Tableau', conceptId: null }, level: '', keywords: [] },
      { kind: 'language', skill: { label: 'Polish', conceptId: null }, level: 'Conversational', keywords: ['reading'] },
    ],
    person: {
      ...emptyPerson(),
      name: 'Maya Lindqvist',
      label: 'Retail supervisor learning data analysis',
      email: 'maya@example.org',
      location: { ...emptyPerson().location, city: 'Leeds', countryCode: 'GB' },
      profiles: [{ network: 'GitHub', username: 'mayal', url: 'https://github.com/mayal' }],
      interests: [{ name: 'Bouldering', keywords: [] }],
      references: [{ name: 'Sam Rivera', reference: 'Maya found the gaps nobody else saw.' }],
    },
  };
}

function exportedRefs(profile: Profile): Map<string, string> {
  const refs = new Map<string, string>();
  let work = 0;
  let volunteer = 0;
  for (const role of profile.roles) {
    refs.set(role.id, role.kind === 'volunteer' ? `volunteer[${volunteer++}]` : `work[${work++}]`);
  }
  profile.projects
    .filter((project) => project.kind !== 'publication')
    .forEach((project, index) => refs.set(project.id, `projects[${index}]`));
  profile.projects
    .filter((project) => project.kind === 'publication')
    .forEach((project, index) => refs.set(project.id, `publications[${index}]`));
  return refs;
}

/** What the profile looks like once its ids are the draft's placeholders (and concepts are left to the taxonomy). */
function asDrafted(profile: Profile) {
  const refs = exportedRefs(profile);
  const id = (original: string) => draftId(refs.get(original) ?? 'missing');
  const labelsOnly = <T extends { skills: Array<{ label: string }> }>(value: T) => ({
    ...value,
    skills: value.skills.map((skill) => ({ label: skill.label, conceptId: null })),
  });
  return {
    roles: profile.roles.map((role) => labelsOnly({ ...role, id: id(role.id) })),
    projects: profile.projects.map((project) =>
      labelsOnly({ ...project, id: id(project.id), roleId: project.roleId === null ? null : id(project.roleId) }),
    ),
    certificates: profile.certificates.map((certificate) =>
      labelsOnly({
        ...certificate,
        appliedIn: certificate.appliedIn.map((link) => ({ ...link, id: id(link.id) })),
        credential: null,
      }),
    ),
    awards: profile.awards.map((award) => ({
      ...award,
      id: 'draft:awards[0]',
      appliedIn: award.appliedIn.map((link) => ({ ...link, id: id(link.id) })),
    })),
    skills: profile.skills,
  };
}

function roundTrip(profile: Profile, curated: string[] = []): ImportDraft {
  const document = toJsonResume(profile, { targetId: profile.activeTargetId, curated });
  expect(validResume(document), JSON.stringify(validResume.errors)).toBe(true);
  return checked(readJsonResume(JSON.stringify(document), 'export.json', { now: NOW }));
}

function expectSameProfileValues(profile: Profile) {
  const draft = roundTrip(profile);
  expect(ofKind(draft, 'unreadable')).toEqual([]);
  // The only note a round trip leaves: file references are the person's to check before opening.
  expect(
    draft.entries.flatMap((entry) => entry.problems).filter((found) => !found.place.endsWith('.evidence')),
  ).toEqual([]);
  const expected = asDrafted(profile);
  // The file lists work before volunteering, and certificates before education.
  const volunteeringLast = [...expected.roles].sort(
    (a, b) => Number(a.kind === 'volunteer') - Number(b.kind === 'volunteer'),
  );
  expect(ofKind(draft, 'role').map((entry) => entry.role)).toEqual(volunteeringLast);
  // The file lists projects before publications.
  const publicationsLast = [...expected.projects].sort(
    (a, b) => Number(a.kind === 'publication') - Number(b.kind === 'publication'),
  );
  expect(ofKind(draft, 'project').map((entry) => entry.project)).toEqual(publicationsLast);
  expect(ofKind(draft, 'award').map((entry) => ({ ...entry.award, id: 'draft:awards[0]' }))).toEqual(expected.awards);
  const person = ofKind(draft, 'person')[0]?.person ?? emptyPerson();
  expect(person).toEqual(profile.person);
  const certificates = ofKind(draft, 'certificate');
  const educationLast = [...expected.certificates].sort(
    (a, b) => Number(a.learning === 'education') - Number(b.learning === 'education'),
  );
  const withoutId = (certificate: Certificate) => ({ ...certificate, id: '' });
  expect(certificates.map((entry) => withoutId(entry.certificate))).toEqual(educationLast.map(withoutId));
  // The links the preview plans from name the draft refs the roles and projects came back under.
  for (const entry of certificates) {
    expect(entry.links).toEqual(
      entry.certificate.appliedIn.map((link) => ({ ref: link.id.slice('draft:'.length), note: link.note })),
    );
  }
  // The file lists skills before languages.
  const languagesLast = [...expected.skills].sort(
    (a, b) => Number(a.kind === 'language') - Number(b.kind === 'language'),
  );
  expect(ofKind(draft, 'skill').map((entry) => entry.skill)).toEqual(languagesLast);
}

describe('toJsonResume', () => {
  it('writes a valid JSON Resume with curated certificates first and education apart', () => {
    const profile = everyFieldProfile();
    const document = toJsonResume(profile, {
      targetId: 'sample-target-analyst',
      curated: ['sample-cert-python', 'sample-cert-gda'],
    });
    expect(validResume(document), JSON.stringify(validResume.errors)).toBe(true);
    // Written for a target, the resume is headed by its title; the person's own headline rides along.
    expect(document.basics).toEqual({
      name: 'Maya Lindqvist',
      label: 'Data analyst',
      email: 'maya@example.org',
      location: { city: 'Leeds', countryCode: 'GB' },
      profiles: [{ network: 'GitHub', username: 'mayal', url: 'https://github.com/mayal' }],
      'x-throughline': { label: 'Retail supervisor learning data analysis' },
    });
    expect(document.certificates.map((certificate) => certificate.name)).toEqual([
      'Python for Everybody',
      'Google Data Analytics Professional Certificate',
      'Excel Wizard: Master Every Formula',
      'Statistics with Python',
      'First aid at work',
    ]);
    expect(
      document.education.map((entry) => [entry.institution, entry.studyType, entry.startDate, entry.endDate]),
    ).toEqual([['University of Leeds', 'BSc Economics', '2012-09', '2016-07']]);
    // JSON Resume's certificates have no start date; one travels in the extension.
    expect(document.certificates.map((certificate) => certificate['x-throughline'].started)).toEqual([
      null,
      null,
      null,
      '2026-05',
      null,
    ]);
    expect(document.volunteer.map((entry) => entry.position)).toEqual(['Reading mentor']);
    expect(document.work.map((entry) => entry.position)).toEqual([
      'Sales associate',
      'Shift supervisor',
      'Data intern',
    ]);
    expect(document.projects[0]).toMatchObject({
      entity: 'Riverside Outfitters',
      url: 'https://example.org/maya/stock-outs',
      'x-throughline': { roleRef: 'work[1]' },
    });
    expect(document.certificates[1]!['x-throughline'].appliedIn).toEqual([
      { kind: 'project', ref: 'projects[0]', note: 'Queried two years of till data to find the gaps' },
    ]);
    expect(document.skills).toEqual([
      { name: 'SQL', level: 'Advanced', keywords: ['joins', 'window functions'] },
      { name: 'Tableau', keywords: [] },
    ]);
  });

  it('carries the target’s plan under x-throughline, and stays a valid JSON Resume', () => {
    const profile = everyFieldProfile();
    const step = {
      id: 'step-portfolio',
      targetId: 'sample-target-analyst',
      kind: 'apply' as const,
      title: 'Publish a dashboard on public data',
      skills: [{ label: 'data visualisation', conceptId: null }],
      serves: [],
      findingKeys: [],
      due: '2027-02-28',
      status: 'todo' as const,
      doneOn: null,
      note: '',
    };
    const other = { ...step, id: 'step-other', targetId: 'another-target' };
    const document = toJsonResume(
      { ...profile, plan: [step, other] },
      { targetId: 'sample-target-analyst', curated: [] },
    );
    expect(validResume(document), JSON.stringify(validResume.errors)).toBe(true);
    expect(document['x-throughline']).toEqual({ plan: [step] });
    expect(toJsonResume(profile, { targetId: 'sample-target-analyst', curated: [] })['x-throughline']).toBeUndefined();
  });

  it('round-trips the sample profile: every role, project, certificate, skill and link comes back', () => {
    expectSameProfileValues(sampleProfile());
  });

  it('round-trips every field and kind the model has', () => {
    expectSameProfileValues(everyFieldProfile());
  });

  it('says when an imported project refers to local files', () => {
    const draft = roundTrip(everyFieldProfile());
    const project = ofKind(draft, 'project').find((entry) => entry.project.title === 'Open data cleaner');
    expect(project!.problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('/home/maya/slides.pdf'), blocking: false }),
    ]);
  });

  it.each(readdirSync(personasFolder).filter((file) => file.endsWith('.json')))('round-trips persona %s', (file) => {
    expectSameProfileValues(persona(file));
  });

  it('drops a link to an entity that no longer exists rather than pointing nowhere', () => {
    const profile = sampleProfile();
    profile.certificates[0]!.appliedIn.push({ kind: 'role', id: 'gone', note: '' });
    const document = toJsonResume(profile, { targetId: null, curated: [] });
    expect(document.certificates[0]!['x-throughline'].appliedIn).toHaveLength(1);
    expect(document.basics).toBeUndefined();
  });
});

/** Every real resume the tests hold; the schema's test table is a document per key. */
function realResumes(): Array<[string, string]> {
  const table = JSON.parse(externalResume('resume-schema__test__certificates.json')) as Record<string, unknown>;
  return [
    ...[
      'jsonresume.org__schema_examples_new-grad.resume.json',
      'resume-schema__sample.resume.json',
      'resume-schema__examples_invalid_invalid-email.json',
      'resume-schema__examples_invalid_basics-wrong-type.json',
    ].map((name): [string, string] => [name, externalResume(name)]),
    ...Object.entries(table).map(([key, document]): [string, string] => [
      `certificates ${key}`,
      JSON.stringify(document),
    ]),
  ];
}

describe('a real resume imported, exported and imported again', () => {
  it.each(realResumes())('changes nothing the second time: %s', (_name, text) => {
    let next = 0;
    const ids = () => `id-${(next += 1)}`;
    const draft = checked(readJsonResume(text, 'resume.json', { now: NOW }));
    const completions = draft.entries.flatMap((entry) =>
      entry.kind !== 'unreadable' && entry.needs !== undefined ? [{ ref: entry.ref, title: 'Typed title' }] : [],
    );
    const imported = planImport(emptyProfile(), draft, { ...NO_CHOICE, completions }, ids).profile;
    const document = toJsonResume(imported, { targetId: null, curated: [] });
    expect(validResume(document), JSON.stringify(validResume.errors)).toBe(true);
    const again = checked(readJsonResume(JSON.stringify(document), 'export.json', { now: NOW }));
    expect(again.problems).toEqual([]);
    const plan = planImport(imported, again, NO_CHOICE, ids);
    expect(plan.items.filter((item) => item.action !== 'skip')).toEqual([]);
    expect(plan.profile).toBe(imported);
  });

  it('changes nothing the second time for the LinkedIn export either', () => {
    const folder = path.resolve(import.meta.dirname, '../../fixtures/linkedin');
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
    let next = 0;
    const ids = () => `id-${(next += 1)}`;
    const draft = checked(readLinkedInCsv(files, 'Basic_LinkedInDataExport.zip', { now: NOW }));
    const completions = draft.entries.flatMap((entry) =>
      entry.kind !== 'unreadable' && entry.needs !== undefined ? [{ ref: entry.ref, title: 'Typed title' }] : [],
    );
    const imported = planImport(emptyProfile(), draft, { ...NO_CHOICE, completions }, ids).profile;
    const document = toJsonResume(imported, { targetId: null, curated: [] });
    expect(validResume(document), JSON.stringify(validResume.errors)).toBe(true);
    const plan = planImport(
      imported,
      checked(readJsonResume(JSON.stringify(document), 'e.json', { now: NOW })),
      NO_CHOICE,
      ids,
    );
    expect(plan.items.filter((item) => item.action !== 'skip')).toEqual([]);
    expect(plan.profile).toBe(imported);
  });

  it('keeps an email address the schema would refuse, off the resume but in the file', () => {
    const draft = checked(
      readJsonResume(externalResume('resume-schema__examples_invalid_invalid-email.json'), 'e.json'),
    );
    const imported = planImport(emptyProfile(), draft, NO_CHOICE, () => 'id').profile;
    expect(imported.person.email).toBe('This is not an email address');
    const document = toJsonResume(imported, { targetId: null, curated: [] });
    expect(document.basics).toEqual({ 'x-throughline': { email: 'This is not an email address' } });
  });
});
