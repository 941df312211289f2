import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../shared/import/json-resume';
import { resolveDraftSkills } from '../../../shared/import/resolve-skills';
import { NOW, checked, externalResume, messages, ofKind, refusal } from './json-resume-helpers';

const read = (text: string, fileName = 'resume.json') => checked(readJsonResume(text, fileName, { now: NOW }));
const readDocument = (document: unknown) => read(JSON.stringify(document));

describe('readJsonResume on real documents', () => {
  it('keeps every modelled value of the new-grad example (jsonresume.org)', () => {
    const draft = read(externalResume('jsonresume.org__schema_examples_new-grad.resume.json'), 'folder/new-grad.json');
    expect(draft.fileName).toBe('new-grad.json');
    const roles = ofKind(draft, 'role').map((entry) => entry.role);
    const projects = ofKind(draft, 'project').map((entry) => entry.project);
    const learning = ofKind(draft, 'certificate').map((entry) => entry.certificate);
    const skills = ofKind(draft, 'skill').map((entry) => entry.skill);
    expect(ofKind(draft, 'unreadable')).toEqual([]);
    expect(roles.map((role) => [role.title, role.organization, role.location, role.start, role.end])).toEqual([
      ['Software Engineering Intern', 'Outreach', 'Seattle, WA', '2024-06-01', '2024-09-01'],
      ['Research Intern', 'Allen Institute for AI', 'Seattle, WA', '2023-06-01', '2023-09-01'],
    ]);
    // The organisation's website and what it does, apart from what the person did there.
    expect(roles.map((role) => [role.url, role.organizationDescription])).toEqual([
      ['https://www.outreach.io/', 'Sales engagement platform'],
      ['https://allenai.org/', 'Non-profit AI research institute'],
    ]);
    expect(roles.flatMap((role) => role.highlights)).toHaveLength(5);
    expect(roles.every((role) => role.summary !== '')).toBe(true);
    expect(projects.map((project) => project.title)).toEqual(['DormSwap', 'gradient-viz']);
    expect(projects.flatMap((project) => project.highlights)).toHaveLength(5);
    expect(projects.flatMap((project) => project.skills)).toHaveLength(7);
    expect(projects.flatMap((project) => project.evidence.map((link) => link.kind === 'url' && link.url))).toEqual([
      'https://dormswap.example.com',
      'https://github.com/mayaokonkwo/gradient-viz',
    ]);
    expect(projects.every((project) => project.outcome !== '')).toBe(true);
    // The person's part, and a capstone that is none of the file's roles as the project's organisation.
    expect(projects.map((project) => [project.roles, project.organization, project.roleId])).toEqual([
      [['Full-stack developer', 'Team lead'], 'University of Washington Capstone', null],
      [['Author'], '', null],
    ]);
    expect(learning).toEqual([
      expect.objectContaining({
        title: 'Bachelor of Science, Computer Science',
        learning: 'education',
        provider: 'University of Washington',
        providerUrl: 'https://www.washington.edu/',
        started: '2021-09-01',
        issued: '2025-06-01',
        status: { state: 'earned' },
        score: '3.81/4.0',
        courses: [
          'CSE 451 - Operating Systems',
          'CSE 444 - Database Systems',
          'CSE 446 - Machine Learning',
          'CSE 461 - Computer Networks',
          'CSE 421 - Algorithms',
        ],
      }),
    ]);
    expect(skills.map((skill) => [skill.kind, skill.skill, skill.level, skill.keywords.length])).toEqual([
      ['skill', { label: 'Programming Languages', conceptId: null }, 'Intermediate', 5],
      ['skill', { label: 'Web Development', conceptId: null }, 'Intermediate', 4],
      ['skill', { label: 'Data & Infrastructure', conceptId: null }, 'Beginner', 4],
      ['language', { label: 'English', conceptId: null }, 'Native speaker', 0],
      ['language', { label: 'Igbo', conceptId: null }, 'Conversational', 0],
    ]);
    expect(ofKind(draft, 'award').map((entry) => entry.award)).toEqual([
      {
        id: 'draft:awards[0]',
        title: "Dean's List",
        awarder: 'University of Washington',
        date: '2024-12-01',
        summary: 'Recognized for academic excellence across four consecutive quarters.',
        appliedIn: [],
      },
    ]);
    const [person] = ofKind(draft, 'person');
    expect(person!.person).toMatchObject({
      name: 'Maya Okonkwo',
      label: 'Computer Science Graduate',
      email: 'maya.okonkwo@example.com',
      phone: '(206) 555-0142',
      url: 'https://mayaokonkwo.example.com',
      location: {
        address: '417 Maple Avenue, Apt 6',
        postalCode: '98105',
        city: 'Seattle',
        countryCode: 'US',
        region: 'Washington',
      },
      interests: [
        { name: 'Open Source', keywords: ['Hacktoberfest', 'Documentation'] },
        { name: 'Rock Climbing', keywords: ['Bouldering', 'Top rope'] },
      ],
    });
    expect(person!.person.profiles.map((profile) => profile.network)).toEqual(['GitHub', 'LinkedIn']);
    // A valid document whose every section is read: no notes at all.
    expect(draft.problems).toEqual([]);
  });

  it('keeps work, volunteering, the project and its link of the canonical sample (resume-schema)', () => {
    const draft = read(externalResume('resume-schema__sample.resume.json'));
    const roles = ofKind(draft, 'role');
    expect(roles.map((entry) => [entry.ref, entry.role.kind, entry.role.organization, entry.role.title])).toEqual([
      ['work[0]', 'job', 'Pied Piper', 'CEO/President'],
      ['volunteer[0]', 'volunteer', 'CoderDojo', 'Teacher'],
    ]);
    expect(roles[0]!.role.highlights).toHaveLength(3);
    expect(roles[0]!.role.location).toBe('Palo Alto, CA');
    expect(roles[1]!.role.highlights).toEqual(["Awarded 'Teacher of the Month'"]);
    const [project] = ofKind(draft, 'project');
    expect(project!.project).toMatchObject({
      title: 'Miss Direction',
      start: '2016-08-24',
      end: '2016-08-24',
      outcome: 'A mapping engine that misguides you',
      evidence: [{ kind: 'url', label: '', url: 'http://missdirection.example.com' }],
    });
    // "application" is not a kind of ours: the documented default, said so. "Smoogle" names no role of
    // the file, so it is kept as the project's organisation.
    expect(project!.project.kind).toBe('personal');
    expect(project!.roleRef).toBeNull();
    expect(project!.project).toMatchObject({ organization: 'Smoogle', roles: ['Team lead', 'Designer'] });
    expect(project!.problems).toEqual([expect.objectContaining({ place: 'projects[0].type', blocking: false })]);
    expect(roles.map((entry) => entry.role.url)).toEqual([
      'http://piedpiper.example.com',
      'http://coderdojo.example.com/',
    ]);
    expect(ofKind(draft, 'certificate').map((entry) => entry.certificate)).toEqual([
      expect.objectContaining({
        title: 'Bachelor, Information Technology',
        started: '2011-06-01',
        issued: '2014-01-01',
        score: '4.0',
        courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
      }),
    ]);
    // A publication is a project of its own kind: released on one day, its link the evidence.
    expect(ofKind(draft, 'project')[1]!.project).toMatchObject({
      title: 'Video compression for 3d media',
      kind: 'publication',
      organization: 'Hooli',
      start: '2014-10-01',
      end: '2014-10-01',
      outcome: 'Innovative middle-out compression algorithm that changes the way we store data.',
      evidence: [{ kind: 'url', label: '', url: 'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)' }],
    });
    expect(ofKind(draft, 'skill').map((entry) => [entry.skill.kind, entry.skill.skill.label])).toEqual([
      ['skill', 'Web Development'],
      ['skill', 'Compression'],
      ['language', 'English'],
    ]);
    expect(ofKind(draft, 'person')[0]!.person.references).toEqual([
      {
        name: 'Erlich Bachman',
        reference: expect.stringMatching(/^It is my pleasure to recommend Richard/),
      },
    ]);
    // Every section and field of the canonical sample has a place now.
    expect(draft.problems).toEqual([]);
  });

  it('reports the violations of invalid examples and still reads them', () => {
    const wrongType = read(externalResume('resume-schema__examples_invalid_basics-wrong-type.json'));
    expect(wrongType.entries).toEqual([]);
    expect(wrongType.problems).toContainEqual({
      place: 'basics',
      message: 'Does not follow the JSON Resume schema: must be object.',
      blocking: false,
    });
    const badEmail = read(externalResume('resume-schema__examples_invalid_invalid-email.json'));
    expect(badEmail.problems).toContainEqual(
      expect.objectContaining({ place: 'basics.email', message: expect.stringContaining('format "email"') }),
    );
  });

  it('reads each case of the schema test suite for certificates without refusing the file', () => {
    const cases = JSON.parse(externalResume('resume-schema__test__certificates.json')) as Record<string, unknown>;
    for (const [name, document] of Object.entries(cases)) {
      const draft = readDocument(document);
      const violations = draft.problems.filter((found) => found.message.startsWith('Does not follow'));
      expect(violations.length > 0, name).toBe(name.endsWith('Invalid'));
    }
    const named = readDocument(cases.nameValid);
    expect(ofKind(named, 'certificate')[0]!.certificate).toMatchObject({
      title: 'Software Development Technician Level 3',
      status: { state: 'earned' },
      issued: null,
      credentialUrl: null,
    });
    // A certificate with no name keeps what it has, and asks for the name in the preview.
    const nameless = readDocument(cases.urlValid);
    expect(ofKind(nameless, 'certificate')).toEqual([
      expect.objectContaining({
        place: 'certificates[0]',
        needs: ['title'],
        certificate: expect.objectContaining({ credentialUrl: 'https://yewtu.be/watch?v=dQw4w9WgXcQ' }),
      }),
    ]);
    // One with nothing in it at all has nothing to keep.
    expect(ofKind(readDocument(cases.nameInvalid), 'unreadable')).toEqual([
      expect.objectContaining({ place: 'certificates[0]', problems: [expect.objectContaining({ blocking: true })] }),
    ]);
  });

  it('refuses a job description: it is not a resume', () => {
    const error = refusal(() => readJsonResume(externalResume('resume-schema__sample.job.json'), 'job.json'));
    expect(error.message).toMatch(/job description/);
    expect(error.fileName).toBe('job.json');
  });
});

describe('readJsonResume on awkward values', () => {
  it('reads a null end date as a current role and says the schema wants text there', () => {
    const draft = readDocument({
      work: [{ name: 'Acme', position: 'Analyst', startDate: '2022-03', endDate: null }],
    });
    expect(ofKind(draft, 'role')[0]!.role.end).toBeNull();
    expect(draft.problems).toContainEqual(expect.objectContaining({ place: 'work[0].endDate', blocking: false }));
  });

  it('flags only the entry with a bad date or no title; the rest imports', () => {
    const draft = readDocument({
      work: [
        { name: 'Acme', position: 'Analyst', startDate: 'spring 2020' },
        { name: 'Acme', position: 'Lead', startDate: '2021', endDate: 'later' },
        { name: 'Beta', startDate: '2022-01' },
        { name: 'Gamma', position: 'Engineer', startDate: '2023-01-05T00:00:00Z' },
      ],
      certificates: [{ name: 'AWS Cloud Practitioner', date: '03/2021', url: 'not a url', issuer: 'AWS' }],
    });
    const unreadable = ofKind(draft, 'unreadable');
    expect(unreadable.map((entry) => [entry.place, entry.title])).toEqual([
      ['work[0]', 'Analyst'],
      ['work[1]', 'Lead'],
    ]);
    // No title is no reason to drop what the entry holds: the preview asks for one.
    expect(ofKind(draft, 'role').map((entry) => [entry.role.title, entry.needs])).toEqual([
      ['work[2]', ['title']],
      ['Engineer', undefined],
    ]);
    expect(unreadable[0]!.problems[0]).toEqual({
      place: 'work[0].startDate',
      message: 'The start date "spring 2020" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).',
      blocking: true,
    });
    expect(ofKind(draft, 'role').map((entry) => entry.role.start)).toEqual(['2022-01', '2023-01-05']);
    // An optional value that cannot be used is left empty and said so; the certificate still imports.
    const [certificate] = ofKind(draft, 'certificate');
    expect(certificate!.certificate).toMatchObject({ issued: null, credentialUrl: null, provider: 'AWS' });
    expect(certificate!.problems.map((found) => [found.place, found.blocking])).toEqual([
      ['certificates[0].date', false],
      ['certificates[0].url', false],
    ]);
  });

  it('keeps certificate URLs, dates and issuers, and a certificate without a URL is no problem', () => {
    const draft = readDocument({
      certificates: [
        {
          name: 'Certified Kubernetes Administrator',
          date: '2023-04',
          url: 'https://cncf.example/verify/42',
          issuer: 'CNCF',
        },
        { name: 'Scrum Master', date: '2021', url: '', issuer: 'Scrum.org' },
      ],
    });
    expect(ofKind(draft, 'certificate').map((entry) => [entry.certificate, entry.problems])).toEqual([
      [
        expect.objectContaining({
          title: 'Certified Kubernetes Administrator',
          issued: '2023-04',
          credentialUrl: 'https://cncf.example/verify/42',
          provider: 'CNCF',
          status: { state: 'earned' },
          learning: 'certificate',
        }),
        [],
      ],
      [expect.objectContaining({ title: 'Scrum Master', issued: '2021', credentialUrl: null }), []],
    ]);
  });

  it('keeps bare years and never makes up a month', () => {
    const draft = readDocument({ work: [{ name: 'Acme', position: 'Analyst', startDate: '2019', endDate: '2020' }] });
    expect(ofKind(draft, 'role')[0]!.role).toMatchObject({ start: '2019', end: '2020' });
  });

  it('links a project to the role its entity names, and picks by date among several roles there', () => {
    const draft = readDocument({
      work: [
        { name: 'Riverside', position: 'Associate', startDate: '2016-09', endDate: '2019-04' },
        { name: 'Riverside', position: 'Supervisor', startDate: '2020-03' },
      ],
      projects: [
        { name: 'Stock-out analysis', entity: 'riverside', startDate: '2025-02' },
        { name: 'Side thing', entity: 'Elsewhere', startDate: '2025-02', type: 'open-source' },
      ],
    });
    const [linked, alone] = ofKind(draft, 'project');
    expect(linked!.roleRef).toBe('work[1]');
    expect(linked!.project).toMatchObject({ kind: 'work', roleId: 'draft:work[1]' });
    expect(alone!.roleRef).toBeNull();
    expect(alone!.project.kind).toBe('open-source');
    expect(alone!.problems).toEqual([]);
  });

  it('imports education still under way as planned, with no made-up progress', () => {
    const draft = readDocument({
      education: [
        { institution: 'Open University', studyType: 'MSc', area: 'Data Science', endDate: '2027-06' },
        { institution: 'Night School', area: 'Accounting' },
        { institution: 'High School' },
      ],
    });
    const learning = ofKind(draft, 'certificate');
    expect(
      learning.map((entry) => [
        entry.certificate.title,
        entry.certificate.status,
        entry.certificate.issued,
        entry.needs,
      ]),
    ).toEqual([
      ['MSc, Data Science', { state: 'planned' }, '2027-06', undefined],
      ['Accounting', { state: 'planned' }, null, undefined],
      // A school with no study type or area: kept, with its title asked for rather than made up.
      ['education[2]', { state: 'planned' }, null, ['title']],
    ]);
    expect(learning[0]!.problems[0]!.message).toMatch(/planned/);
    expect(ofKind(draft, 'unreadable')).toEqual([]);
  });

  it('keeps when study began, and leaves a start after the end, or a bad one, empty with a note', () => {
    const draft = readDocument({
      education: [
        { institution: 'Universität Hamburg', studyType: 'Bachelor of Arts', startDate: '2010-10', endDate: '2016-07' },
        { institution: 'Leeds', studyType: 'BSc', startDate: '2018', endDate: '2016' },
        { institution: 'York', studyType: 'MA', startDate: 'autumn 2017', endDate: '2018' },
      ],
    });
    const learning = ofKind(draft, 'certificate');
    expect(learning.map((entry) => [entry.certificate.started, entry.certificate.issued])).toEqual([
      ['2010-10', '2016-07'],
      [null, '2016'],
      [null, '2018'],
    ]);
    expect(learning.map((entry) => entry.problems.map((found) => [found.place, found.blocking]))).toEqual([
      [],
      [['education[1]', false]],
      [['education[2].startDate', false]],
    ]);
    expect(learning[1]!.problems[0]!.message).toMatch(/starts \(2018\) after it ends \(2016\)/);
  });

  it('leaves out values of the wrong type, says so, and keeps the rest of the entry', () => {
    const draft = readDocument({
      work: [{ name: 'Acme', position: 'Analyst', startDate: '2020', location: 5, highlights: ['Shipped', 7, ''] }],
      skills: [{ name: 'SQL', keywords: 'not a list' }, 'just text'],
    });
    const [role] = ofKind(draft, 'role');
    expect(role!.role).toMatchObject({ location: '', highlights: ['Shipped', ''] });
    expect(role!.problems.map((found) => found.place)).toEqual(['work[0].location', 'work[0].highlights[1]']);
    expect(ofKind(draft, 'skill')[0]!.skill).toEqual({
      kind: 'skill',
      skill: { label: 'SQL', conceptId: null },
      level: '',
      keywords: [],
    });
    expect(ofKind(draft, 'unreadable').map((entry) => entry.place)).toEqual(['skills[1]']);
  });
});

describe('readJsonResume on what a resume holds besides work and learning', () => {
  it('names every field it has no place for, and reads the rest', () => {
    const draft = readDocument({
      basics: { name: 'Ada', pronouns: 'she/her' },
      work: [{ name: 'Acme', position: 'Analyst', startDate: '2020', favouriteColour: 'teal', manager: '' }],
      hobbies: ['chess'],
      meta: { version: 'v1.0.0' },
    });
    expect(messages(draft)).toEqual([
      'the whole file: hobbies is not imported: Throughline has no place for it.',
      'basics: basics.pronouns is not imported: Throughline has no place for it.',
      'work: work[].favouriteColour is not imported: Throughline has no place for it.',
    ]);
    expect(ofKind(draft, 'person')[0]!.person.name).toBe('Ada');
  });

  it('asks for the title of an award or publication the file does not name, and needs a publication’s date', () => {
    const draft = readDocument({
      awards: [{ awarder: 'Techcrunch', date: '2014-11' }],
      publications: [
        { name: 'Undated paper', publisher: 'Hooli' },
        { publisher: 'Hooli', releaseDate: '2015' },
      ],
    });
    expect(ofKind(draft, 'award')[0]).toMatchObject({
      needs: ['title'],
      award: { title: 'awards[0]', awarder: 'Techcrunch', date: '2014-11' },
    });
    expect(ofKind(draft, 'unreadable')[0]).toMatchObject({
      place: 'publications[0]',
      problems: [expect.objectContaining({ message: expect.stringMatching(/no release date/), blocking: true })],
    });
    expect(ofKind(draft, 'project')[0]).toMatchObject({
      needs: ['title'],
      project: { kind: 'publication', organization: 'Hooli', start: '2015', end: '2015' },
    });
  });

  it('matches a language to the skills catalogue as any skill is, keeping the label as written', () => {
    const draft = readDocument({ languages: [{ language: 'Spanish', fluency: 'Fluent' }] });
    const resolved = resolveDraftSkills(draft, (label) => (label === 'Spanish' ? 'esco:spanish' : null));
    expect(ofKind(resolved, 'skill')[0]!.skill).toEqual({
      kind: 'language',
      skill: { label: 'Spanish', conceptId: 'esco:spanish' },
      level: 'Fluent',
      keywords: [],
    });
  });
});

describe('readJsonResume on files that cannot be read', () => {
  it('refuses truncated JSON, saying it was cut short', () => {
    const text = externalResume('resume-schema__sample.resume.json');
    const error = refusal(() => readJsonResume(text.slice(0, 900), 'cut.json'));
    expect(error.message).toMatch(/cut short/);
  });

  it('refuses text that is not JSON, naming the line when the parser says where', () => {
    const error = refusal(() => readJsonResume('{\n  "work": [\n    oops\n  ]\n}', 'broken.json'));
    expect(error.message).toMatch(/not valid JSON/);
    // Node 20's parser quotes the text around the fault; newer ones give a position, turned into a line.
    expect(error.place).toMatch(/^(line 3, column \d+|the whole file)$/);
  });

  it('refuses UTF-16 text and text whose bytes were not UTF-8', () => {
    const utf16 = Buffer.from('\uFEFF{"work": []}', 'utf16le').toString('utf8');
    expect(refusal(() => readJsonResume(utf16, 'wide.json')).message).toMatch(/not UTF-8/);
    const latin = Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('utf8');
    expect(refusal(() => readJsonResume(latin, 'bytes.json')).message).toMatch(/not UTF-8/);
  });

  it('refuses JSON that is not a resume at all', () => {
    expect(refusal(() => readJsonResume('[1, 2, 3]', 'list.json')).message).toMatch(/holds a list/);
    expect(refusal(() => readJsonResume('{"name": "x"}', 'other.json')).message).toMatch(/none of its sections/);
    expect(refusal(() => readJsonResume('   ', 'empty.json')).message).toMatch(/empty/);
  });

  it('refuses a file with more entries than an import can show', () => {
    const skills = Array.from({ length: 20_001 }, () => ({ name: 'x' }));
    expect(refusal(() => readJsonResume(JSON.stringify({ skills }), 'many.json')).message).toMatch(/20001 entries/);
  });

  it('reads a file with a byte-order mark', () => {
    expect(ofKind(read('\uFEFF{"skills": [{"name": "SQL"}]}'), 'skill')).toHaveLength(1);
  });
});

describe('readJsonResume and prototype keys', () => {
  it('drops __proto__, constructor and prototype keys, pollutes nothing, and imports the rest', () => {
    const text = `{
      "__proto__": { "polluted": "yes" },
      "work": [{ "name": "Acme", "position": "Analyst", "startDate": "2020",
                 "constructor": { "prototype": { "polluted": "yes" } },
                 "x-throughline": { "__proto__": { "isAdmin": true }, "kind": "internship", "field": "", "skills": [] } }],
      "skills": [{ "name": "SQL", "__proto__": { "level": "Master" } }]
    }`;
    const draft = read(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    const [role] = ofKind(draft, 'role');
    expect(role!.role.kind).toBe('internship');
    expect(ofKind(draft, 'skill')[0]!.skill.level).toBe('');
    expect(messages(draft)).toContain('the whole file: 5 keys named __proto__, constructor or prototype were ignored.');
  });
});
