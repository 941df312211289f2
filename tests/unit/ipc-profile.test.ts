import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcContract } from '../../shared/ipc/contract';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../scripts/support/main-process';
import { editForRevision, profileAtRevision } from '../support/store-edits';

describe('profile channels over IPC', () => {
  it('executes, undoes and redoes edits, answering with the new state and revision', async () => {
    const main = startTestMainProcess();
    const added = await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: editForRevision(1) });
    expect(added).toMatchObject({
      ok: true,
      value: { revision: 1, undoLabel: 'added role “Role 1”', save: { state: 'pending' } },
    });
    if (added.ok) expect(ipcContract['profile.execute'].response.safeParse(added.value).success).toBe(true);

    expect(await main.dispatch('profile.undo', APP_MAIN_FRAME, {})).toMatchObject({
      ok: true,
      value: { revision: 2, redoLabel: 'added role “Role 1”' },
    });
    expect(await main.dispatch('profile.redo', APP_MAIN_FRAME, {})).toMatchObject({
      ok: true,
      value: { revision: 3, profile: profileAtRevision(1) },
    });
    expect(await main.dispatch('profile.redo', APP_MAIN_FRAME, {})).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' },
    });
  });

  it('rejects an edit that breaks a link with the reason, as a typed error', async () => {
    const main = startTestMainProcess();
    const result = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: { type: 'link.attach', certificateId: 'c', to: { kind: 'role', id: 'r' }, note: '' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'COMMAND_REJECTED', message: 'There is no certificate with the id c.' },
    });
  });

  it('exports and imports through the file dialogs, and says when the user cancelled', async () => {
    const main = startTestMainProcess();
    await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: editForRevision(1) });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-ipc-')), 'out.json');
    main.desktop.exportAnswers.push(file, null);
    expect(await main.dispatch('profile.export', APP_MAIN_FRAME, {})).toEqual({
      ok: true,
      value: { status: 'saved', file },
    });
    expect(existsSync(file)).toBe(true);
    expect(await main.dispatch('profile.export', APP_MAIN_FRAME, {})).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });

    const other = startTestMainProcess();
    other.desktop.importAnswers.push(file);
    expect(await other.dispatch('profile.import', APP_MAIN_FRAME, {})).toMatchObject({
      ok: true,
      value: { status: 'imported', state: { profile: profileAtRevision(1) } },
    });
  });

  it('lists, restores and reveals backups', async () => {
    const main = startTestMainProcess();
    await main.dispatch('profile.execute', APP_MAIN_FRAME, { command: editForRevision(1) });
    await (await main.store).flush();
    const listed = await main.dispatch('backups.list', APP_MAIN_FRAME, {});
    if (!listed.ok) throw new Error(listed.error.message);
    const { backups, folder } = ipcContract['backups.list'].response.parse(listed.value);
    expect(backups).toHaveLength(1);
    expect(await main.dispatch('backups.restore', APP_MAIN_FRAME, { id: backups[0]!.id })).toMatchObject({
      ok: true,
      value: { undoLabel: 'Restore backup' },
    });
    expect(await main.dispatch('backups.reveal', APP_MAIN_FRAME, {})).toEqual({ ok: true, value: { folder } });
    expect(main.desktop.revealed).toEqual([folder]);
  });
});
