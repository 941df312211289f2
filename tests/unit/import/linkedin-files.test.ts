import { describe, expect, it } from 'vitest';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import { readLinkedInDate, readLinkedInMoment } from '../../../shared/import/linkedin/dates';
import { NOW, checked, ofKind } from './json-resume-helpers';
import { fixtureFiles } from './linkedin-helpers';

/** The files of the export that carry learning and evidence beyond positions, certifications and skills. */
const read = (files: Array<{ name: string; text: string }>) =>
  checked(readLinkedInCsv(files, 'Basic_LinkedInDataExport.zip', { now: NOW }));

const fixture = (name: string) => read(fixtureFiles().filter((file) => file.name === name));

describe('Courses.csv', () => {
  it('reads each course as an earned certificate with its number, no provider and no date made up', () => {
    const draft = fixture('Courses.csv');
    expect(draft.problems).toEqual([]);
    expect(ofKind(draft, 'certificate').map((entry) => entry.certificate)).toEqual([
      expect.objectContaining({
        title: 'Supply Chain Management',
        learning: 'certificate',
        provider: '',
        credentialId: 'LOG201',
        status: { state: 'earned' },
        issued: null,
        started: null,
      }),
      expect.objectContaining({ title: 'Statistics for Business', credentialId: 'STA110' }),
      expect.objectContaining({ title: 'Warehouse Operations', credentialId: '' }),
    ]);
  });
});

describe('Honors.csv', () => {
  it('reads honours as awards with their description and date; the export names no awarder', () => {
    const awards = ofKind(fixture('Honors.csv'), 'award');
    expect(awards.map((entry) => [entry.place, entry.award, entry.links])).toEqual([
      [
        'Honors.csv, row 2',
        expect.objectContaining({
          title: "Dean's List",
          summary: 'Top 10% of the faculty, two years running',
          date: '2016-06',
          awarder: '',
        }),
        [],
      ],
      ['Honors.csv, row 3', expect.objectContaining({ title: 'Warehouse safety award', date: '2021-12' }), []],
    ]);
  });

  it('keeps an honour whose date is not one, with the date left empty and said so', () => {
    const [award] = ofKind(
      read([{ name: 'Honors.csv', text: 'Title,Description,Issued On\nPrize,,last spring' }]),
      'award',
    );
    expect(award?.award.date).toBeNull();
    expect(award?.problems).toEqual([
      expect.objectContaining({ place: 'Honors.csv, row 2, Issued On', blocking: false }),
    ]);
  });
});

describe('Languages.csv', () => {
  it('reads languages as declared skills of kind language, the proficiency as their level', () => {
    const skills = ofKind(fixture('Languages.csv'), 'skill').map((entry) => entry.skill);
    expect(skills).toEqual([
      {
        kind: 'language',
        skill: { label: 'Swedish', conceptId: null },
        level: 'Native or bilingual proficiency',
        keywords: [],
      },
      {
        kind: 'language',
        skill: { label: 'English', conceptId: null },
        level: 'Full professional proficiency',
        keywords: [],
      },
      {
        kind: 'language',
        skill: { label: 'Japanese', conceptId: null },
        level: 'Limited working proficiency',
        keywords: [],
      },
    ]);
  });

  it('keeps a language with no proficiency stated, with no level made up', () => {
    const [language] = ofKind(read([{ name: 'Languages.csv', text: 'Name,Proficiency\nDanish,' }]), 'skill');
    expect(language?.skill).toMatchObject({ kind: 'language', level: '' });
  });
});

describe('Volunteering.csv', () => {
  it('reads volunteer experience as roles of kind volunteer, the cause as their field', () => {
    const roles = ofKind(fixture('Volunteering.csv'), 'role').map((entry) => entry.role);
    expect(roles).toEqual([
      expect.objectContaining({
        title: 'Food bank driver',
        organization: 'Göteborgs Stadsmission',
        kind: 'volunteer',
        field: 'Poverty Alleviation',
        start: '2019-09',
        end: null,
        summary: 'Weekly deliveries to 40 households; planned the route, cut it by an hour.',
      }),
      expect.objectContaining({
        title: 'Beach clean-up coordinator',
        organization: 'Håll Sverige Rent',
        field: 'Environment',
        start: '2021-04',
        end: '2021-08',
      }),
    ]);
  });

  it('skips a volunteer role with no start date, and asks for the role a row does not name', () => {
    const draft = read([
      {
        name: 'Volunteering.csv',
        text: 'Company Name,Role,Cause,Started On,Finished On,Description\nRed Cross,First aider,Health,,,\nRed Cross,,Health,2020,,',
      },
    ]);
    expect(ofKind(draft, 'unreadable').map((entry) => entry.problems[0]?.place)).toEqual([
      'Volunteering.csv, row 2, Started On',
    ]);
    expect(ofKind(draft, 'role')).toEqual([
      expect.objectContaining({
        needs: ['title'],
        role: expect.objectContaining({ organization: 'Red Cross', field: 'Health', start: '2020', kind: 'volunteer' }),
      }),
    ]);
  });
});

describe('Publications.csv', () => {
  it('reads publications as projects of kind publication: the publisher, the day, the address as evidence', () => {
    const projects = ofKind(fixture('Publications.csv'), 'project');
    expect(projects.map((entry) => entry.project)).toEqual([
      expect.objectContaining({
        title: 'Cutting late deliveries with a weekly stock report',
        kind: 'publication',
        organization: 'Logistics Today',
        start: '2023-09-14',
        end: '2023-09-14',
        outcome: 'How a one-page stock report cut late deliveries by a fifth, region-wide.',
        evidence: [{ kind: 'url', label: '', url: 'https://example.org/logistics-today/late-deliveries' }],
        roleId: null,
      }),
      expect.objectContaining({
        title: 'Cold-chain logistics in Swedish retail',
        organization: 'Göteborgs universitet',
        start: '2017-06',
        end: '2017-06',
      }),
    ]);
    expect(projects.flatMap((entry) => entry.problems)).toEqual([]);
  });

  it('skips a publication with no date (a project needs one), and keeps one whose address is not a web address', () => {
    const draft = read([
      {
        name: 'Publications.csv',
        text: 'Name,Published On,Description,Publisher,Url\nUndated,,,,\nOn paper,Mar 2020,,Journal,ISBN 978-0',
      },
    ]);
    expect(ofKind(draft, 'unreadable')[0]?.problems[0]).toMatchObject({
      place: 'Publications.csv, row 2, Published On',
      message: 'It has no publication date (Published On); add one to import it.',
    });
    const [kept] = ofKind(draft, 'project');
    expect(kept?.project).toMatchObject({ title: 'On paper', evidence: [] });
    expect(kept?.problems[0]).toMatchObject({ place: 'Publications.csv, row 3, Url', blocking: false });
  });
});

describe('Learning.csv', () => {
  const draft = fixture('Learning.csv');

  it('reads completed courses and learning paths as earned certificates from LinkedIn Learning, dated the day completed', () => {
    expect(ofKind(draft, 'certificate').map((entry) => [entry.place, entry.certificate])).toEqual([
      [
        'Learning.csv, row 2',
        expect.objectContaining({
          title: 'Excel: PivotTables in Depth',
          learning: 'certificate',
          provider: 'LinkedIn Learning',
          status: { state: 'earned' },
          issued: '2024-02-03',
          hours: null,
          description: 'Summarise, filter and chart data with PivotTables.',
        }),
      ],
      [
        'Learning.csv, row 3',
        expect.objectContaining({
          title: 'SQL Essential Training',
          issued: '2023-11-21',
          // The person's own notes on the videos are theirs: kept after the course's description.
          description:
            'Query, join and aggregate relational data with SQL.\n\nWindow functions give running totals without a self-join.',
        }),
      ],
      ['Learning.csv, row 4', expect.objectContaining({ title: 'Become a Data Analyst', issued: '2024-06-01' })],
    ]);
  });

  it('logs no study session: the export never says how long a course took, and no duration is made up', () => {
    expect(ofKind(draft, 'session')).toEqual([]);
  });

  it('counts what was only viewed or saved, and completed videos, in notes rather than importing them', () => {
    expect(draft.entries).toHaveLength(3);
    expect(draft.problems.map((found) => found.message)).toEqual([
      'Content Last Watched Date (if viewed) and Content Saved are not imported.',
      '2 items were viewed or saved but never completed: not learning done, so not imported.',
      '1 item was completed but is a video, an article or other content, not a course or learning path: LinkedIn issues no certificate for it and the export gives no time spent to log, so it was not imported.',
    ]);
  });

  it('flags a completion time it cannot read, and imports nothing from that row', () => {
    const text = [
      'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),',
      'Odd course,,Course,N/A,yesterday,false,N/A,',
    ].join('\n');
    const [unreadable] = ofKind(read([{ name: 'Learning.csv', text }]), 'unreadable');
    expect(unreadable?.problems[0]).toMatchObject({
      place: 'Learning.csv, row 2, Content Completed At (if completed)',
      blocking: true,
    });
  });
});

describe('LinkedIn dates with a day', () => {
  it.each([
    ['Sep 14, 2023', '2023-09-14'],
    ['Sep 4 2023', '2023-09-04'],
    ['2023-09-14', '2023-09-14'],
  ])('reads %j as %j', (text, date) => {
    expect(readLinkedInDate(text)).toEqual({ ok: true, date });
  });

  it.each(['Feb 30, 2023', '2023-13-01'])('refuses %j, a day the calendar does not have', (text) => {
    expect(readLinkedInDate(text).ok).toBe(false);
  });

  it.each([
    ['2024-02-03 19:42 UTC', '2024-02-03'],
    ['2024-02-03', '2024-02-03'],
    ['N/A', null],
    ['', null],
  ])('reads the Learning time %j as the day %j', (text, date) => {
    expect(readLinkedInMoment(text)).toEqual({ ok: true, date });
  });
});
