import { describe, expect, it } from 'vitest';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import { readLinkedInDate } from '../../../shared/import/linkedin/dates';
import { NOW, checked, ofKind, refusal } from './json-resume-helpers';
import { fixtureFiles } from './linkedin-helpers';

const read = (files: Array<{ name: string; text: string }>) =>
  checked(readLinkedInCsv(files, 'Basic_LinkedInDataExport.zip', { now: NOW }));

describe('readLinkedInDate', () => {
  it.each([
    ['Mar 2021', '2021-03'],
    ['Sep 2023', '2023-09'],
    ['Sept 2023', '2023-09'],
    ['december 2020', '2020-12'],
    ['2019', '2019'],
    ['', null],
    ['  ', null],
  ])('reads %j as %j', (text, date) => {
    expect(readLinkedInDate(text)).toEqual({ ok: true, date });
  });

  it.each(['13 2020', '03/2021', 'sometime', 'Mar 21'])('refuses %j', (text) => {
    expect(readLinkedInDate(text).ok).toBe(false);
  });
});

describe('readLinkedInCsv on an invented export with every quirk', () => {
  const draft = read(fixtureFiles());

  const from = (file: string) => (entry: { place: string }) => entry.place.startsWith(`${file}, `);

  it('reads positions: quoted commas, multi-line text, non-Latin text, bare years, current roles', () => {
    const positions = ofKind(draft, 'role').filter(from('Positions.csv'));
    expect(positions.slice(0, 3).map((entry) => [entry.place, entry.role])).toEqual([
      [
        'Positions.csv, row 2',
        expect.objectContaining({
          title: 'Operations analyst',
          organization: 'Lindqvist & Daughters, Ltd.',
          summary: 'Built the weekly stock report.\nCut late deliveries by a fifth, region-wide.',
          location: 'Gothenburg, Sweden',
          kind: 'job',
          start: '2022-03',
          end: null,
        }),
      ],
      [
        'Positions.csv, row 3',
        expect.objectContaining({
          title: '倉庫スタッフ',
          organization: '株式会社サクラ物流',
          location: '大阪',
          start: '2019',
          end: '2022-02',
        }),
      ],
      [
        'Positions.csv, row 4',
        expect.objectContaining({ organization: 'Café Ørsted', location: 'København, Danmark' }),
      ],
    ]);
  });

  it('flags only the rows with a bad value; the rest imports', () => {
    // Files are read in the order given (here alphabetical).
    expect(ofKind(draft, 'unreadable').map((entry) => [entry.place, entry.title, entry.problems[0]])).toEqual([
      [
        'Positions.csv, row 5',
        'Ghost role',
        {
          place: 'Positions.csv, row 5, Started On',
          message: 'Started On: "sometime" is not a date LinkedIn writes (like "Mar 2021" or "2021").',
          blocking: true,
        },
      ],
      ['Projects.csv, row 4', 'Undated idea', expect.objectContaining({ place: 'Projects.csv, row 4, Started On' })],
    ]);
  });

  it('keeps a position with no title and all it says, asking for the title instead of dropping the row', () => {
    const [untitled] = ofKind(draft, 'role').filter((entry) => entry.needs !== undefined);
    expect(untitled).toMatchObject({
      place: 'Positions.csv, row 6',
      needs: ['title'],
      role: { title: 'Positions.csv, row 6', organization: 'Blank Title Inc', start: '2015-01', end: '2015-12' },
    });
  });

  it('reads certifications: empty URLs and dates are unknown, not problems; bad ones are flagged and left empty', () => {
    const certificates = ofKind(draft, 'certificate').filter(from('Certifications.csv'));
    expect(certificates.map((entry) => entry.certificate)).toEqual([
      expect.objectContaining({
        title: 'Google Data Analytics Professional Certificate',
        provider: 'Google',
        issued: '2024-11',
        expires: null,
        credentialId: 'ABC123',
        credentialUrl: 'https://coursera.example/verify/ABC123',
        status: { state: 'earned' },
      }),
      expect.objectContaining({ title: 'SQL, Advanced', provider: 'DataCamp', issued: null, credentialUrl: null }),
      expect.objectContaining({ title: 'Första hjälpen', issued: '2023-09', expires: '2026-09', credentialUrl: null }),
      expect.objectContaining({ title: 'Mystery cert', issued: null }),
    ]);
    expect(certificates.map((entry) => entry.problems.map((found) => [found.place, found.blocking]))).toEqual([
      [],
      [],
      [['Certifications.csv, row 4, Url', false]],
      [['Certifications.csv, row 5, Started On', false]],
    ]);
  });

  it('reads projects with their link, and says their kind is the default', () => {
    expect(
      ofKind(draft, 'project')
        .filter(from('Projects.csv'))
        .map((entry) => entry.project),
    ).toEqual([
      expect.objectContaining({
        title: 'Stock-out dashboard',
        outcome: 'Tableau dashboard, refreshed nightly',
        kind: 'personal',
        start: '2023-04',
        end: '2023-06',
        evidence: [{ kind: 'url', label: '', url: 'https://example.org/noor/dashboard' }],
      }),
      expect.objectContaining({ title: 'Quoted "nickname" project', start: '2021', end: null, evidence: [] }),
    ]);
  });

  it('reads skills, including non-Latin and quoted ones, and skips blank lines', () => {
    const skills = ofKind(draft, 'skill').filter((entry) => entry.skill.kind === 'skill');
    expect(skills.map((entry) => entry.skill.skill.label)).toEqual([
      'SQL',
      'Tableau',
      'データ分析',
      'Forecasting, demand',
    ]);
  });

  it('reads education with its years of study: earned once ended, planned while under way (no made-up progress)', () => {
    const education = ofKind(draft, 'certificate').filter((entry) => entry.certificate.learning === 'education');
    expect(education.slice(0, 2).map((entry) => entry.certificate)).toEqual([
      expect.objectContaining({
        title: 'Bachelor of Science - BS',
        provider: 'Göteborgs universitet',
        started: '2014',
        issued: '2017',
        status: { state: 'earned' },
        description: 'Thesis on cold-chain logistics, graded A\n\nStudent union',
      }),
      expect.objectContaining({
        title: 'MSc Data Science',
        started: '2025',
        issued: '2027',
        status: { state: 'planned' },
      }),
    ]);
    expect(education[1]!.problems[0]!.message).toMatch(/planned/);
    expect(education.slice(0, 2).map((entry) => entry.needs)).toEqual([undefined, undefined]);
  });

  it('keeps a school with no degree name, everything it says, and asks for the title instead of making one up', () => {
    const [folk, coursera] = ofKind(draft, 'certificate').filter((entry) => entry.needs !== undefined);
    expect(folk).toMatchObject({
      place: 'Education.csv, row 4',
      needs: ['title'],
      problems: [],
      certificate: { learning: 'education', provider: 'Folkhögskola', started: '2012', issued: '2013' },
    });
    expect(coursera).toMatchObject({
      place: 'Education.csv, row 5',
      needs: ['title'],
      certificate: {
        learning: 'education',
        provider: 'Coursera',
        started: '2024-01',
        issued: '2024-06',
        status: { state: 'earned' },
        description: 'Google Data Analytics courses: spreadsheets, SQL, Tableau\n\nWeekly study group',
      },
    });
    // The title is a stand-in that names the row, never a degree someone might take for the person's own.
    expect(coursera!.certificate.title).toBe('Education.csv, row 5');
  });

  it('names the files, the columns and the rows it does not read', () => {
    expect(draft.problems.map((found) => found.message)).toEqual([
      'Content Last Watched Date (if viewed) and Content Saved are not imported.',
      '2 items were viewed or saved but never completed: not learning done, so not imported.',
      expect.stringMatching(/^1 item was completed but is a video, an article or other content/),
      expect.stringMatching(
        /^Not read: Connections\.csv\. Throughline reads LinkedIn's Positions, .*Learning, recognised by their header row\.$/,
      ),
    ]);
  });
});

describe('readLinkedInCsv on education dates', () => {
  const education = (rows: string) =>
    ofKind(
      read([{ name: 'Education.csv', text: `School Name,Start Date,End Date,Notes,Degree Name,Activities\n${rows}` }]),
      'certificate',
    );

  it('keeps the start of a degree, as precise as LinkedIn wrote it', () => {
    const [degree] = education('Universität Hamburg,Oct 2010,Jul 2016,,Bachelor of Arts,');
    expect(degree?.certificate).toMatchObject({ title: 'Bachelor of Arts', started: '2010-10', issued: '2016-07' });
  });

  it('leaves a start after the end empty, and says so', () => {
    const [degree] = education('Universität Hamburg,2018,2016,,Bachelor of Arts,');
    expect(degree?.certificate).toMatchObject({ started: null, issued: '2016' });
    expect(degree?.problems).toEqual([
      expect.objectContaining({
        place: 'Education.csv, row 2, Start Date',
        message: expect.stringMatching(/after it ends \(2016\), so the start was left empty/),
        blocking: false,
      }),
    ]);
  });
});

describe('readLinkedInCsv on files that cannot be used', () => {
  it('refuses a set with no file it reads, naming the headers it expected', () => {
    const error = refusal(() =>
      readLinkedInCsv(
        [
          { name: 'Connections.csv', text: 'First Name\nA' },
          { name: 'Registration.csv', text: 'Registered At,Registration Ip\n2015,x' },
        ],
        'export.zip',
      ),
    );
    expect(error.message).toMatch(/^None of the files is one Throughline reads\. It reads these files/);
    expect(error.message).toContain('Positions.csv (Company Name, Title, Started On)');
    expect(error.message).toContain('Learning.csv (Content Title, Content Completed At (if completed))');
  });

  it('reads a file whatever the case of its name and its folder', () => {
    const draft = read([{ name: 'Export/SKILLS.CSV', text: 'Name\nSQL' }]);
    expect(ofKind(draft, 'skill')).toHaveLength(1);
  });

  it("says so when a file named as LinkedIn's holds another header, and reads the others", () => {
    const draft = read([
      { name: 'Positions.csv', text: 'Firma,Titel\nAcme,Analyst' },
      { name: 'Skills.csv', text: 'Name\nSQL' },
    ]);
    expect(ofKind(draft, 'skill')).toHaveLength(1);
    expect(draft.problems[0]).toEqual({
      place: 'Positions.csv',
      message:
        'Positions.csv was not read: its first row is "Firma, Titel", not the header LinkedIn writes for Positions.csv (Company Name, Title, Description, Location, Started On, Finished On).',
      blocking: false,
    });
  });

  it('flags a row whose quote is never closed, and keeps the rows before it', () => {
    const draft = read([{ name: 'Skills.csv', text: 'Name\nSQL\n"Tableau\nExcel' }]);
    expect(ofKind(draft, 'skill').map((entry) => entry.skill.skill.label)).toEqual(['SQL']);
    expect(ofKind(draft, 'unreadable')[0]!.problems[0]).toMatchObject({ place: 'Skills.csv, row 3', blocking: true });
  });

  it('refuses a CSV that was saved as UTF-16', () => {
    const text = new TextDecoder().decode(new Uint8Array(Buffer.from('Name\nSQL', 'utf16le')));
    const error = refusal(() => readLinkedInCsv([{ name: 'Skills.csv', text }], 'export.zip'));
    expect(error.place).toBe('Skills.csv');
    expect(error.message).toMatch(/UTF-16/);
  });

  it('ignores a second file of the same kind, whatever its name, saying so', () => {
    const draft = read([
      { name: 'Skills.csv', text: 'Name\nSQL' },
      { name: 'old/Skills (1).csv', text: 'Name\nCOBOL' },
    ]);
    expect(ofKind(draft, 'skill').map((entry) => entry.skill.skill.label)).toEqual(['SQL']);
    expect(draft.problems[0]!.message).toBe(
      'old/Skills (1).csv holds Skills.csv again (its header says so); only the first one, Skills.csv, was read.',
    );
  });
});
