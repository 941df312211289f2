import { describe, expect, it } from 'vitest';
import { detectSource } from '../../../shared/import/detect';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import { NOW, checked, ofKind, refusal } from './json-resume-helpers';

/** One CSV opened or dropped on its own, as the worker reads it. */
const readOne = (name: string, text: string) => checked(readLinkedInCsv([{ name, text }], name, { now: NOW }));

const CERTIFICATIONS = [
  'Name,Url,Authority,Started On,Finished On,License Number',
  'Google Data Analytics,https://coursera.example/verify/ABC,Google,Nov 2024,,ABC',
].join('\n');

describe('LinkedIn files are recognised by their header row, not their name', () => {
  it.each(['Certifications (1).csv', 'my certificates.csv', 'Downloads/export (3)/certs.CSV'])(
    'reads %j as Certifications.csv',
    (name) => {
      const draft = readOne(name, CERTIFICATIONS);
      const [certificate] = ofKind(draft, 'certificate');
      expect(certificate?.certificate).toMatchObject({
        title: 'Google Data Analytics',
        provider: 'Google',
        credentialId: 'ABC',
        issued: '2024-11',
      });
      expect(certificate?.place).toBe(`${name.split('/').pop()}, row 2`);
      expect(draft.problems).toEqual([]);
    },
  );

  it('reads columns in any order', () => {
    const text =
      'License Number,Authority,Finished On,Name,Url,Started On\nABC,Google,,Google Data Analytics,,Nov 2024';
    expect(ofKind(readOne('Certifications.csv', text), 'certificate')[0]?.certificate).toMatchObject({
      title: 'Google Data Analytics',
      provider: 'Google',
      credentialId: 'ABC',
      issued: '2024-11',
    });
  });

  it('reads a header whose case and spacing a spreadsheet changed', () => {
    const text = ' company name ,TITLE,Description,Location,started  on,Finished On\nAcme,Analyst,,,Mar 2021,';
    expect(ofKind(readOne('Positions.csv', text), 'role')[0]?.role).toMatchObject({
      title: 'Analyst',
      organization: 'Acme',
      start: '2021-03',
    });
  });

  it('tolerates columns LinkedIn does not write, and names the ones that hold something', () => {
    const text = [
      'Name,Url,Authority,My notes,Started On,Finished On,License Number,Empty',
      'Google Data Analytics,,Google,Took six months,Nov 2024,,ABC,',
    ].join('\n');
    const draft = readOne('Certifications.csv', text);
    expect(ofKind(draft, 'certificate')[0]?.certificate).toMatchObject({
      title: 'Google Data Analytics',
      issued: '2024-11',
    });
    expect(draft.problems).toEqual([
      {
        place: 'Certifications.csv',
        message: '"My notes" is not a column LinkedIn writes in Certifications.csv, so it was not imported.',
        blocking: false,
      },
    ]);
  });

  it('finds the header below the "Notes:" lines LinkedIn writes above some, and numbers rows as a spreadsheet does', () => {
    const text = [
      'Notes:',
      '"Some fields may be empty, as LinkedIn explains here, over two lines',
      'of one quoted paragraph."',
      '',
      'Company Name,Title,Description,Location,Started On,Finished On',
      'Acme,Analyst,,,Mar 2021,',
    ].join('\n');
    const [role] = ofKind(readOne('Positions.csv', text), 'role');
    expect(role).toMatchObject({ place: 'Positions.csv, row 5', role: { title: 'Analyst' } });
  });

  it('tells files with shared columns apart by all of their header', () => {
    const kinds = (name: string, text: string) => readOne(name, text).entries.map((entry) => entry.kind);
    expect(kinds('a.csv', 'Name\nSQL')).toEqual(['skill']);
    expect(kinds('b.csv', 'Name,Proficiency\nSpanish,Elementary proficiency')).toEqual(['skill']);
    expect(ofKind(readOne('c.csv', 'Name,Proficiency\nSpanish,'), 'skill')[0]?.skill.kind).toBe('language');
    expect(kinds('d.csv', 'Name,Number\nStatistics,STA110')).toEqual(['certificate']);
    expect(kinds('e.csv', 'Title,Description,Issued On\nPrize,,2020')).toEqual(['award']);
    expect(kinds('f.csv', 'Title,Description,Url,Started On,Finished On\nApp,,,2020,')).toEqual(['project']);
    expect(kinds('g.csv', 'Company Name,Role,Cause,Started On,Finished On,Description\nRed Cross,Aid,,2020,,')).toEqual(
      ['role'],
    );
    expect(ofKind(readOne('g.csv', 'Company Name,Role,Started On\nRed Cross,Aid,2020'), 'role')[0]?.role.kind).toBe(
      'volunteer',
    );
  });

  it('does not take a file that merely has a Name among other columns for Skills.csv', () => {
    const error = refusal(() => readOne('Test Scores.csv', 'Tested On,Name,Description,Score\nJan 2015,Olympiad,,97'));
    expect(error.message).toMatch(
      /^Test Scores\.csv was not read: its first row is "Tested On, Name, Description, Score"/,
    );
  });

  it('refuses a CSV whose header matches nothing, naming what it expected', () => {
    const error = refusal(() => readOne('export.csv', 'First Name,Last Name,Company\nA,B,C'));
    expect(error.place).toBe('the whole file');
    expect(error.message).toBe(
      'export.csv was not read: its first row is "First Name, Last Name, Company", which is not the header row of a LinkedIn file Throughline reads. ' +
        'It reads these files of a LinkedIn data export, by their header row: Positions.csv (Company Name, Title, Started On); ' +
        'Certifications.csv (Name, Authority); Projects.csv (Title, Url, Started On); Skills.csv (Name); ' +
        'Education.csv (School Name, Degree Name); Courses.csv (Name, Number); Honors.csv (Title, Issued On); ' +
        'Languages.csv (Name, Proficiency); Volunteering.csv (Company Name, Role); Publications.csv (Name, Published On); ' +
        'Learning.csv (Content Title, Content Completed At (if completed)).',
    );
  });

  it('refuses a file named as LinkedIn names one when its header is not that file’s, saying which header it expected', () => {
    const error = refusal(() => readOne('Education.csv', 'School,Degree\nUni,BSc'));
    expect(error.message).toMatch(
      /^Education\.csv was not read: its first row is "School, Degree", not the header LinkedIn writes for Education\.csv \(School Name, Start Date, End Date, Notes, Degree Name, Activities\)\./,
    );
  });

  it('refuses an empty file and one far wider than any LinkedIn writes', () => {
    expect(refusal(() => readOne('Skills.csv', '\n\n')).message).toMatch(/^Skills\.csv was not read: it is empty,/);
    const wide = Array.from({ length: 500 }, (_, index) => `c${index}`).join(',');
    expect(refusal(() => readOne('Skills.csv', `${wide}\nx`)).message).toMatch(
      /^Skills\.csv was not read: its header has 500 columns, far more than LinkedIn writes/,
    );
  });

  it('notes cells past the last column of a row, and imports the rest of it', () => {
    const draft = readOne('Skills.csv', 'Name\nSQL,stray text');
    expect(ofKind(draft, 'skill')[0]?.problems).toEqual([
      { place: 'Skills.csv, row 2', message: 'It has 1 cell past the last column, not imported.', blocking: false },
    ]);
  });

  it('sends a LinkedIn CSV saved under another extension to the LinkedIn reader', () => {
    const bytes = new TextEncoder().encode(CERTIFICATIONS);
    expect(detectSource(bytes, 'Certifications.txt')).toBe('linkedin-csv');
    expect(detectSource(new TextEncoder().encode('just some notes, nothing more'), 'notes.txt')).toBe('unknown');
  });
});
