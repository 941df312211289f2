import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_INFLATED_BYTES, readLinkedInZip } from '../../../electron/main/import/linkedin-zip';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import { NOW, checked, refusal } from './json-resume-helpers';
import { fixtureBytes, fixtureFiles } from './linkedin-helpers';

const zipOf = (files: Zippable) => zipSync(files, { level: 9 });

/** The offset of the n-th central directory record ("PK\x01\x02"). */
function centralRecord(bytes: Uint8Array, nth = 0): number {
  let seen = 0;
  for (let offset = 0; offset < bytes.length - 4; offset += 1) {
    if (bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && bytes[offset + 2] === 1 && bytes[offset + 3] === 2) {
      if (seen === nth) return offset;
      seen += 1;
    }
  }
  throw new Error('no central directory record');
}

describe('readLinkedInZip', () => {
  it('reads the known CSVs in any folder, exactly as the CSV reader does', () => {
    const inFolder = Object.fromEntries(
      Object.entries(fixtureBytes()).map(([name, bytes]) => [`Basic_LinkedInDataExport_11-26-2026/${name}`, bytes]),
    );
    const zip = zipOf({ ...inFolder, 'messages.csv': strToU8('CONVERSATION ID,FROM\n1,Someone'), 'media/': {} });
    const draft = checked(readLinkedInZip(zip, '/home/noor/Downloads/export.zip', { now: NOW }));
    const direct = checked(readLinkedInCsv(fixtureFiles(), 'export.zip', { now: NOW }));
    expect(draft.fileName).toBe('export.zip');
    expect(draft.entries.map((entry) => entry.kind)).toEqual(direct.entries.map((entry) => entry.kind));
    expect(draft.entries.map((entry) => entry.place)).toEqual(direct.entries.map((entry) => entry.place));
    // Connections.csv and messages.csv are never inflated past their first lines, only counted.
    expect(draft.problems.at(-1)!.message).toBe(
      '2 other files in the export (messages, connections and the like) hold nothing Throughline reads: only their first lines were looked at.',
    );
  });

  it('reads files by their header row whatever they are called, and inflates no other file', () => {
    const fixtures = fixtureBytes();
    const zip = zipOf({
      'Basic_LinkedInDataExport/Certifications (1).csv': fixtures['Certifications.csv']!,
      'my skills.csv': fixtures['Skills.csv']!,
      'Lernen/verlauf.csv': fixtures['Learning.csv']!,
      'Sprachen.txt': fixtures['Languages.csv']!,
      'Connections (1).csv': fixtures['Connections.csv']!,
    });
    const draft = checked(readLinkedInZip(zip, 'export.zip', { now: NOW }));
    const places = draft.entries.map((entry) => entry.place.replace(/, row \d+$/, ''));
    expect(new Set(places)).toEqual(
      new Set(['Certifications (1).csv', 'my skills.csv', 'verlauf.csv', 'Sprachen.txt']),
    );
    expect(draft.problems.at(-1)!.message).toMatch(/^1 other file/);
  });

  it("names a file called as one of LinkedIn's that holds something else, and reads the rest", () => {
    const zip = zipOf({ 'Positions.csv': strToU8('Firma,Titel\nAcme,Analyst'), 'Skills.csv': strToU8('Name\nSQL') });
    const draft = checked(readLinkedInZip(zip, 'export.zip'));
    expect(draft.entries).toHaveLength(1);
    expect(draft.problems[0]!.message).toMatch(/^Positions\.csv was not read: its first row is "Firma, Titel"/);
  });

  it('never inflates a file it does not read, however large', () => {
    const huge = new Uint8Array(MAX_INFLATED_BYTES + 1024);
    const zip = zipOf({ 'Skills.csv': strToU8('Name\nSQL'), 'messages.csv': huge });
    expect(checked(readLinkedInZip(zip, 'export.zip')).entries).toHaveLength(1);
  });

  it('looks only at the start of a file it does not read: damage further in goes unnoticed', () => {
    let seed = 7;
    const noise = Uint8Array.from(
      { length: 2_000_000 },
      () => 97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26),
    );
    const zip = zipOf({ 'Skills.csv': strToU8('Name\nSQL'), 'messages.csv': noise });
    // messages.csv is the last entry: the bytes before the central directory are the end of its data.
    const end = centralRecord(zip);
    zip.fill(0xff, end - 5_000, end);
    expect(checked(readLinkedInZip(zip, 'export.zip')).entries).toHaveLength(1);
  });

  it('refuses a zip bomb: a known file that inflates past the cap', () => {
    const zip = zipOf({ 'Positions.csv': new Uint8Array(MAX_INFLATED_BYTES + 1024) });
    expect(zip.length).toBeLessThan(200_000);
    const error = refusal(() => readLinkedInZip(zip, 'export.zip'));
    expect(error.place).toBe('Positions.csv');
    expect(error.message).toMatch(/more than 50 MB/);
  });

  it('counts the total over every known file', () => {
    const zip = zipOf({ 'Skills.csv': new Uint8Array(600), 'Projects.csv': new Uint8Array(600) });
    const error = refusal(() => readLinkedInZip(zip, 'export.zip', { maxInflatedBytes: 1_000 }));
    expect(error.message).toMatch(/would inflate/);
  });

  it('checks declared sizes before inflating: a record claiming 4 GB is refused', () => {
    const zip = zipOf({ 'Skills.csv': strToU8('Name\nSQL') });
    const record = centralRecord(zip);
    new DataView(zip.buffer, zip.byteOffset).setUint32(record + 24, 0xfffffff0, true);
    expect(refusal(() => readLinkedInZip(zip, 'export.zip')).message).toMatch(/would inflate/);
  });

  it('never inflates more than a record declares, even when the record understates it', () => {
    const zip = zipOf({ 'Skills.csv': strToU8('Name\n' + 'SQL\n'.repeat(250_000)) });
    new DataView(zip.buffer, zip.byteOffset).setUint32(centralRecord(zip) + 24, 20, true);
    // fflate inflates into a buffer of the declared size: the lie costs the rest of the file, not memory.
    const draft = checked(readLinkedInZip(zip, 'export.zip'));
    expect(draft.entries.length).toBeLessThanOrEqual(4);
  });

  it('refuses invalid UTF-8 and UTF-16 inside the archive, naming the file', () => {
    const latin1 = zipOf({
      'export/Positions.csv': new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9]),
    });
    const bad = refusal(() => readLinkedInZip(latin1, 'export.zip'));
    expect(bad.place).toBe('export/Positions.csv');
    expect(bad.message).toMatch(/export\/Positions\.csv is not UTF-8/);
    const wide = zipOf({ 'Skills.csv': new Uint8Array([0xff, 0xfe, ...Buffer.from('Name\nSQL', 'utf16le')]) });
    expect(refusal(() => readLinkedInZip(wide, 'export.zip')).message).toMatch(/UTF-16/);
    // Recognised by its header even under another name, so the person learns why it was not read.
    const renamed = zipOf({ 'skills list.csv': new Uint8Array([0xff, 0xfe, ...Buffer.from('Name\nSQL', 'utf16le')]) });
    expect(refusal(() => readLinkedInZip(renamed, 'export.zip')).message).toMatch(
      /skills list\.csv is saved as UTF-16/,
    );
  });

  it('reads a CSV with or without a byte-order mark', () => {
    const withBom = zipOf({ 'Skills.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Name\nSQL')]) });
    const draft = checked(readLinkedInZip(withBom, 'export.zip'));
    expect(draft.entries).toEqual([
      expect.objectContaining({
        kind: 'skill',
        skill: expect.objectContaining({ skill: { label: 'SQL', conceptId: null } }),
      }),
    ]);
  });

  it('refuses what is not a zip, and a zip with none of the files', () => {
    expect(refusal(() => readLinkedInZip(strToU8('just text, not a zip'), 'export.zip')).message).toMatch(
      /not a readable ZIP/,
    );
    const other = zipOf({ 'Connections.csv': strToU8('First Name\nA') });
    expect(refusal(() => readLinkedInZip(other, 'export.zip')).message).toMatch(/None of the files/);
  });
});
