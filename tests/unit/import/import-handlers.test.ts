import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../shared/import/json-resume';
import { NO_CHOICE } from '../../../shared/import/plan';
import { ipcContract } from '../../../shared/ipc/contract';
import { previewPicked } from '../../support/import-previews';
import { APP_MAIN_FRAME, startTestMainProcess, type TestMainProcess } from '../../../scripts/support/main-process';
import { editForRevision } from '../../support/store-edits';

const RESUME = path.resolve(
  import.meta.dirname,
  '../../fixtures/external/jsonresume/resume-schema__sample.resume.json',
);

/** A main process with one role of its own already saved, so an import has something to sit beside. */
async function mainWithOneRole(): Promise<TestMainProcess> {
  const main = startTestMainProcess();
  await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: editForRevision(1) });
  await (await main.store).flush();
  return main;
}

async function previewOf(main: TestMainProcess, file = RESUME) {
  const result = await previewPicked(main, file);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const profileNow = async (main: TestMainProcess) => (await main.store).state().profile;

describe('import.preview and import.apply', () => {
  it('applies a previewed JSON Resume as one undo step that restores the profile exactly', async () => {
    const main = await mainWithOneRole();
    const before = await profileNow(main);
    const preview = await previewOf(main);
    expect(preview).toMatchObject({ format: 'json-resume', fileName: path.basename(RESUME) });
    expect(preview.counts.add).toBeGreaterThan(0);
    expect(await profileNow(main)).toBe(before);

    const applied = await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE });
    if (!applied.ok) throw new Error(applied.error.message);
    const after = ipcContract['import.apply'].response.parse(applied.value);
    expect(after).toMatchObject({ undoLabel: `Import ${path.basename(RESUME)}` });
    const profile = await profileNow(main);
    expect(profile.roles.map((role) => role.title)).toEqual(['Role 1', 'CEO/President', 'Teacher']);
    expect(profile.projects.map((project) => project.title)).toEqual([
      'Miss Direction',
      'Video compression for 3d media',
    ]);
    // The whole resume comes in: the person, their award and their language, undone with the rest.
    expect(profile.person.name).toBe('Richard Hendriks');
    expect(profile.awards.map((award) => award.title)).toEqual(['Digital Compression Pioneer Award']);
    expect(
      profile.skills.filter((declared) => declared.kind === 'language').map((declared) => declared.skill.label),
    ).toEqual(['English']);

    const undone = await main.dispatch('profile.undo', APP_MAIN_FRAME, {});
    expect(undone.ok).toBe(true);
    expect(await profileNow(main)).toEqual(before);
    // One step: the edit made before the import is next in line, not a part of the import.
    expect((await main.store).state().undoLabel).toBe('added role “Role 1”');
  });

  it('takes a backup of the profile as it was before the import', async () => {
    const main = await mainWithOneRole();
    const before = await profileNow(main);
    const revision = (await main.store).state().revision;
    const preview = await previewOf(main);
    await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE });
    const listed = await main.dispatch('backups.list', APP_MAIN_FRAME, {});
    if (!listed.ok) throw new Error(listed.error.message);
    const { backups } = ipcContract['backups.list'].response.parse(listed.value);
    expect(backups.map((backup) => backup.revision)).toContain(revision);

    // Restoring that backup brings back exactly the profile the import replaced.
    const newest = backups.find((backup) => backup.revision === revision)!;
    await main.dispatch('backups.restore', APP_MAIN_FRAME, { id: newest.id });
    expect(await profileNow(main)).toEqual(before);
  });

  it('plans again at apply time, against the profile as it is then', async () => {
    const main = await mainWithOneRole();
    const preview = await previewOf(main);
    expect(preview.items.find((item) => item.title === 'Teacher, CoderDojo')?.action).toBe('add');

    // While the preview is open the user types in the same role by hand.
    const draft = readJsonResume(readFileSync(RESUME, 'utf8'), path.basename(RESUME));
    const teacher = draft.entries.flatMap((entry) =>
      entry.kind === 'role' && entry.role.title === 'Teacher' ? [entry.role] : [],
    )[0]!;
    const typed = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: { type: 'role.add', role: { ...teacher, id: 'typed-teacher', skills: [], highlights: [] } },
    });
    expect(typed.ok).toBe(true);

    const applied = await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE });
    expect(applied.ok).toBe(true);
    const teachers = (await profileNow(main)).roles.filter((role) => role.title === 'Teacher');
    expect(teachers.map((role) => role.id)).toEqual(['typed-teacher']);
    expect(teachers[0]!.highlights).toEqual(teacher.highlights);
  });

  it('keeps an edit acknowledged while the import is being planned in the worker', async () => {
    const main = await mainWithOneRole();
    const preview = await previewOf(main);
    const applying = main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE });
    const typed = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: {
        type: 'role.add',
        role: { ...(await profileNow(main)).roles[0]!, id: 'typed-meanwhile', title: 'Typed meanwhile' },
      },
    });
    expect(typed.ok).toBe(true);
    expect((await applying).ok).toBe(true);
    const titles = (await profileNow(main)).roles.map((role) => role.title);
    expect(titles).toEqual(expect.arrayContaining(['Role 1', 'Typed meanwhile', 'CEO/President', 'Teacher']));
    await (await main.store).flush();
    expect(readFileSync(main.profilePath, 'utf8')).toContain('Typed meanwhile');
  });

  it('answers NOT_FOUND for an unknown token, or one already applied', async () => {
    const main = await mainWithOneRole();
    expect(
      await main.dispatch('import.apply', APP_MAIN_FRAME, { token: 'no-such-preview', choice: NO_CHOICE }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const preview = await previewOf(main);
    await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE });
    const revision = (await main.store).state().revision;
    expect(
      await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('choose the file again') },
    });
    expect((await main.store).state().revision).toBe(revision);

    const discarded = await previewOf(main);
    await main.dispatch('import.discard', APP_MAIN_FRAME, { token: discarded.token });
    expect(
      await main.dispatch('import.apply', APP_MAIN_FRAME, { token: discarded.token, choice: NO_CHOICE }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to apply with everything left out, and changes nothing', async () => {
    const main = await mainWithOneRole();
    const before = readFileSync(main.profilePath);
    const revision = (await main.store).state().revision;
    const preview = await previewOf(main);
    const choice = { excluded: preview.items.map((item) => item.ref), confirmed: [] };
    expect(await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice })).toEqual({
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: 'Nothing is selected to import. Nothing was changed.' },
    });
    await (await main.store).flush();
    expect((await main.store).state().revision).toBe(revision);
    expect(readFileSync(main.profilePath)).toEqual(before);
    // The preview stays open, so the user can change their mind.
    expect(
      await main.dispatch('import.apply', APP_MAIN_FRAME, { token: preview.token, choice: NO_CHOICE }),
    ).toMatchObject({ ok: true });
  });
});
