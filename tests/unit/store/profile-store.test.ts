import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDisk, type Disk } from '../../../electron/main/store/disk';
import { HISTORY_FILE, PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { COALESCE_MS } from '../../../electron/main/store/write-scheduler';
import { emptyProfile } from '../../../shared/domain/profile';
import { fileMode, openStore, profileBytes, tempFolder } from '../../support/store-harness';
import { editForRevision, profileAtRevision } from '../../support/store-edits';

/** The real disk, counting profile writes. */
function countingDisk(): Disk & { profileWrites: number } {
  const disk = {
    ...nodeDisk,
    profileWrites: 0,
    async writeAtomic(file: string, data: string, options: { mode: number; durable: boolean }) {
      if (path.basename(file) === PROFILE_FILE) disk.profileWrites += 1;
      await nodeDisk.writeAtomic(file, data, options);
    },
  };
  return disk;
}

describe('the profile store', () => {
  it('starts a new user with an empty profile at revision 0 and writes nothing yet', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    expect(store.state()).toMatchObject({
      revision: 0,
      profile: emptyProfile(),
      undoLabel: null,
      save: { state: 'saved' },
    });
    await store.close();
  });

  it('acknowledges each edit with a higher revision and keeps it across a restart, in a 0600 file', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    const revisions = [1, 2, 3].map((revision) => store.execute(editForRevision(revision)).revision);
    expect(revisions).toEqual([1, 2, 3]);
    await store.close();
    expect(fileMode(path.join(folder, PROFILE_FILE))).toBe(0o600);
    expect(fileMode(path.join(folder, HISTORY_FILE))).toBe(0o600);

    const reopened = await openStore(folder);
    expect(reopened.state().revision).toBe(3);
    expect(reopened.state().profile).toEqual(profileAtRevision(3));
    await reopened.close();
  });

  it('turns 1,000 edits within one second into at most 10 disk writes, losing none', async () => {
    const folder = tempFolder();
    const disk = countingDisk();
    const store = await openStore(folder, { disk, coalesceMs: undefined });
    const started = Date.now();
    for (let revision = 1; revision <= 1000; revision += 1) {
      store.execute(editForRevision(revision));
      if (revision % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 90));
    }
    const elapsed = Date.now() - started;
    await store.close();
    expect(disk.profileWrites).toBeGreaterThan(0);
    // At most one write per coalescing window (and the one under way): 10 for the second the edits
    // take on an idle machine, a few more if a loaded one stretched them, never one per edit.
    expect(disk.profileWrites).toBeLessThanOrEqual(Math.max(10, Math.ceil(elapsed / COALESCE_MS) + 2));
    const reopened = await openStore(folder);
    expect(reopened.state().revision).toBe(1000);
    expect(reopened.state().profile).toEqual(profileAtRevision(1000));
    await reopened.close();
  });

  it('reports pending, then saved', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    expect(store.execute(editForRevision(1)).save).toEqual({ state: 'pending' });
    await store.flush();
    expect(store.state().save).toEqual({ state: 'saved' });
    await store.close();
  });

  it('keeps undo and redo across a restart', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    for (let revision = 1; revision <= 3; revision += 1) store.execute(editForRevision(revision));
    expect(store.state().undoLabel).toBe('edited role “Role 1”');
    store.undo();
    await store.close();

    const reopened = await openStore(folder);
    expect(reopened.state()).toMatchObject({ undoLabel: 'edited role “Role 1”', redoLabel: 'edited role “Role 1”' });
    expect(reopened.state().profile).toEqual(profileAtRevision(2));
    expect(reopened.redo().profile).toEqual(profileAtRevision(3));
    reopened.undo();
    reopened.undo();
    expect(reopened.undo().profile).toEqual(emptyProfile());
    expect(() => reopened.undo()).toThrow('nothing to undo');
    // Undo is an edit too: the revision only ever goes up.
    expect(reopened.state().revision).toBe(8);
    await reopened.close();
  });

  it('refuses an edit that would leave a dangling link, changing nothing', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    store.execute(editForRevision(1));
    await store.flush();
    const before = profileBytes(folder);
    expect(() =>
      store.execute({ type: 'link.attach', certificateId: 'nope', to: { kind: 'role', id: 'role-1' }, note: '' }),
    ).toThrow('no certificate');
    expect(store.state().revision).toBe(1);
    await store.close();
    expect(profileBytes(folder)).toBe(before);
  });

  it('forgets an undo history that does not belong to the profile on disk, and says so', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    store.execute(editForRevision(1));
    await store.close();
    await nodeDisk.writeAtomic(path.join(folder, HISTORY_FILE), '{"revision": 99, "undo": [], "redo": []}', {
      mode: 0o600,
      durable: false,
    });
    const reopened = await openStore(folder);
    expect(reopened.state().undoLabel).toBeNull();
    expect(reopened.state().notices.map((notice) => notice.kind)).toEqual(['history-reset']);
    await reopened.close();
  });
});
