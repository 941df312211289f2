import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, nodeSourceFiles, readChosenFile } from '../../../electron/main/import/source-files';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import { dropFile, previewPicked } from '../../support/import-previews';
import { APP_MAIN_FRAME, startTestMainProcess, type TestMainProcess } from '../../../scripts/support/main-process';
import { editForRevision } from '../../support/store-edits';

const folder = mkdtempSync(path.join(tmpdir(), 'throughline-refusals-'));
const fileOf = (name: string, content: string | Uint8Array) => {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
};
const resume = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/external/jsonresume/resume-schema__sample.resume.json'),
  'utf8',
);

/** A main process whose profile has been saved once, so "nothing changed" can be checked byte for byte. */
let main: TestMainProcess;
beforeAll(async () => {
  main = startTestMainProcess();
  await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: editForRevision(1) });
  await (await main.store).flush();
});

async function expectRefused(file: string, reason: RegExp): Promise<string> {
  const before = readFileSync(main.profilePath);
  const revision = (await main.store).state().revision;
  const result = await previewPicked(main, file);
  if (result.ok) throw new Error(`${path.basename(file)} was previewed, not refused`);
  // Dropped on the window, the same file gets the same answer (a file over the limit never leaves the window).
  if (statSync(file).size <= MAX_IMPORT_BYTES) expect(await dropFile(main, file)).toEqual(result);
  expect(result.error.code).toBe('IMPORT_REFUSED');
  expect(result.error.message.startsWith(path.basename(file))).toBe(true);
  expect(result.error.message).toMatch(reason);
  expect(result.error.message.endsWith('Nothing was changed.')).toBe(true);
  await (await main.store).flush();
  expect((await main.store).state().revision).toBe(revision);
  expect(readFileSync(main.profilePath)).toEqual(before);
  expect(await main.dispatch('import.progress', APP_MAIN_FRAME, {})).toEqual({ ok: true, value: { phase: 'idle' } });
  return result.error.message;
}

describe('the import pipeline refuses what it cannot read, and changes nothing', () => {
  it('reports idle progress when nothing is being read', async () => {
    expect(await main.dispatch('import.progress', APP_MAIN_FRAME, {})).toEqual({ ok: true, value: { phase: 'idle' } });
  });

  it('refuses a file over 50 MB by its size, before reading a byte of it', async () => {
    const file = fileOf('huge.json', '');
    await truncate(file, 51 * 1024 * 1024); // sparse: nothing is written to disk
    await expectRefused(file, /It is 51 MB; Throughline imports files up to 50 MB\./);

    let reads = 0;
    const phases: string[] = [];
    const failure = await readChosenFile(
      file,
      { size: (file) => nodeSourceFiles.size(file), read: (...args) => ((reads += 1), nodeSourceFiles.read(...args)) },
      (progress) => phases.push(progress.phase),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFileError);
    expect(reads).toBe(0);
    expect(phases).toEqual([]);
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses an empty file', async () => {
    expect(await expectRefused(fileOf('empty.json', ''), /: The file is empty\./)).toBe(
      'empty.json: The file is empty. Nothing was changed.',
    );
  });

  it('refuses JSON cut short, saying where', async () => {
    await expectRefused(
      fileOf('cut.json', resume.slice(0, Math.floor(resume.length / 2))),
      /\(at (line \d+, column \d+|the end of the file)\): The file ends in the middle of the JSON/,
    );
  });

  it('refuses UTF-16 JSON, saying to save it as UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(resume, 'utf16le')]);
    await expectRefused(fileOf('notepad.json', utf16), /not UTF-8/);
    await expectRefused(fileOf('no-bom.json', Buffer.from(resume, 'utf16le')), /not UTF-8/);
  });

  it('drops __proto__ keys without polluting any prototype', async () => {
    const hostile = `{"__proto__": {"polluted": "yes"}, "work": [{"name": "Acme", "position": "Dev", "startDate": "2020-01",
      "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}]}`;
    const file = fileOf('hostile.json', hostile);
    const result = await previewPicked(main, file);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (!result.ok) throw new Error(result.error.message);
    const preview = result.value;
    // Only the forbidden keys go; the rest of the resume imports, and the preview says what was dropped.
    expect(preview.items.map((item) => item.title)).toEqual(['Dev, Acme']);
    expect(preview.problems).toContainEqual({
      place: WHOLE_FILE,
      message: '4 keys named __proto__, constructor or prototype were ignored.',
      blocking: false,
    });
    expect(JSON.stringify(preview)).not.toContain('polluted');
    expect(await main.dispatch('import.discard', APP_MAIN_FRAME, { token: preview.token })).toEqual({
      ok: true,
      value: {},
    });
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync({ 'Positions.csv': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(
      fileOf('bomb.zip', bomb),
      /\(at Positions\.csv\): The archive would inflate to more than 50 MB/,
    );
  });

  it('points a Throughline backup to Import profile in Backups rather than importing it as a CV', async () => {
    const exported = path.join(folder, 'backup.json');
    await (await main.store).exportTo(exported);
    await expectRefused(exported, /Throughline profile backup.*“Import profile…” in Backups/);
  });

  it('refuses an unknown binary, naming what it does import', async () => {
    const bytes = Uint8Array.from({ length: 2048 }, (_, index) => (index * 151 + 7) % 256);
    await expectRefused(fileOf('mystery.bin', bytes), /does not recognise this file.*JSON Resume/);
  });

  it('words a whole-file problem of a badge like any other: no "(at file)"', async () => {
    const bytes = new Uint8Array([...Buffer.from('{"@context": "caf'), 0xc3, 0x28, ...Buffer.from('"}')]);
    expect(await expectRefused(fileOf('badge.json', bytes), /not valid UTF-8/)).toBe(
      'badge.json: The text is not valid UTF-8. Nothing was changed.',
    );
    expect(WHOLE_FILE).toBe('the whole file');
  });

  it('leaves the file it previews untouched', async () => {
    const file = fileOf('keep.json', resume);
    expect((await previewPicked(main, file)).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(resume);
  });
});
