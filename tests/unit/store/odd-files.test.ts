import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FILE, PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { MAX_PROFILE_BYTES } from '../../../electron/main/store/store-files';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { openStore, profileBytes, savedFolder, tempFolder } from '../../support/store-harness';
import { editForRevision, profileAtRevision } from '../../support/store-edits';
import { profileOnDisk } from '../../support/profile-on-disk';

const movedAside = (folder: string, prefix: string) => readdirSync(folder).filter((name) => name.startsWith(prefix));

describe('a profile file too large to read', () => {
  it('is moved aside unread, and the newest backup comes back (a 500 MB sparse file)', async () => {
    const folder = await savedFolder(3);
    const file = path.join(folder, PROFILE_FILE);
    truncateSync(file, 500 * 1024 * 1024);

    const store = await openStore(folder);
    const [notice] = store.state().notices;
    expect(notice?.kind).toBe('recovered');
    expect(notice?.message).toContain('500 MB');
    expect(notice?.message).toContain(`${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
    expect(notice?.message).toContain('moved aside');
    expect(notice?.message).toContain('restored the backup');
    expect(statSync(notice!.file!).size).toBe(500 * 1024 * 1024);
    expect(store.state()).toMatchObject({ revision: 3, profile: profileAtRevision(3) });
    await store.close();
  });

  it('uses the cap it is given', async () => {
    const folder = await savedFolder(3);
    const size = statSync(path.join(folder, PROFILE_FILE)).size;
    const store = await openStore(folder, { maxFileBytes: size - 1 });
    expect(store.state().notices[0]).toMatchObject({ kind: 'recovered', message: expect.stringContaining('larger') });
    await store.close();
  });

  it('is refused when imported', async () => {
    const file = path.join(tempFolder(), 'huge.json');
    writeFileSync(
      file,
      JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '2026-01-01T00:00:00.000Z', profile: profileAtRevision(1) }),
    );
    const store = await openStore(tempFolder(), { maxFileBytes: 100 });
    await expect(store.importFrom(file)).rejects.toMatchObject({
      code: 'IMPORT_REFUSED',
      message: expect.stringContaining('larger'),
    });
    await store.close();
  });
});

describe('a folder where a file should be', () => {
  it('profile.json: is moved aside, the newest backup comes back, and the user is told', async () => {
    const folder = await savedFolder(2);
    const file = path.join(folder, PROFILE_FILE);
    writeFileSync(path.join(folder, 'kept.json'), readFileSync(file));
    rmSync(file);
    mkdirSync(file);
    writeFileSync(path.join(file, 'inside.txt'), 'mine');

    const store = await openStore(folder);
    const [notice] = store.state().notices;
    expect(notice).toMatchObject({ kind: 'recovered', message: expect.stringContaining('a folder') });
    expect(readFileSync(path.join(notice!.file!, 'inside.txt'), 'utf8')).toBe('mine');
    expect(store.state().profile).toEqual(profileAtRevision(2));
    store.execute(editForRevision(3));
    await store.close();
    expect(profileOnDisk(file)).toEqual(profileAtRevision(3));
  });

  it('history.json: undo history starts fresh, the folder is moved aside, and the app opens', async () => {
    const folder = await savedFolder(2);
    const file = path.join(folder, HISTORY_FILE);
    rmSync(file);
    mkdirSync(file);

    const store = await openStore(folder);
    expect(store.state()).toMatchObject({ revision: 2, undoLabel: null });
    expect(store.state().notices.map((notice) => notice.kind)).toEqual(['history-reset']);
    expect(movedAside(folder, 'history.corrupt-')).toHaveLength(1);
    store.execute(editForRevision(3));
    await store.close();
    expect(lstatSync(file).isFile()).toBe(true);
    const reopened = await openStore(folder);
    expect(reopened.state()).toMatchObject({ revision: 3, notices: [] });
    expect(reopened.state().undoLabel).not.toBeNull();
    await reopened.close();
  });

  it('history.json that is not JSON: moved aside, and the app opens', async () => {
    const folder = await savedFolder(2);
    writeFileSync(path.join(folder, HISTORY_FILE), '{"revision": 2, "undo": [');
    const store = await openStore(folder);
    expect(store.state().notices.map((notice) => notice.kind)).toEqual(['history-reset']);
    expect(movedAside(folder, 'history.corrupt-')).toHaveLength(1);
    await store.close();
  });
});

describe('a symlinked profile.json', () => {
  it('is written through to its target, and stays a link', async () => {
    const folder = tempFolder();
    const elsewhere = path.join(tempFolder(), 'my-profile.json');
    const seeded = await savedFolder(1);
    writeFileSync(elsewhere, profileBytes(seeded));
    const link = path.join(folder, PROFILE_FILE);
    symlinkSync(elsewhere, link);

    const store = await openStore(folder);
    expect(store.state().profile).toEqual(profileAtRevision(1));
    store.execute(editForRevision(2));
    await store.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(profileOnDisk(elsewhere)).toEqual(profileAtRevision(2));
  });

  it('that points nowhere: refused with a message naming the target, and left as it is', async () => {
    const folder = await savedFolder(2);
    const link = path.join(folder, PROFILE_FILE);
    rmSync(link);
    const target = path.join(tempFolder(), 'unplugged', 'profile.json');
    symlinkSync(target, link);

    await expect(openStore(folder)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining(target),
    });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(target)).toBe(false);
    // The lock was released, so trying again says the same instead of "already open".
    await expect(openStore(folder)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('history.json that points nowhere: undo history starts fresh, and the app opens', async () => {
    const folder = await savedFolder(2);
    const link = path.join(folder, HISTORY_FILE);
    rmSync(link);
    symlinkSync(path.join(folder, 'gone.json'), link);
    const store = await openStore(folder);
    expect(store.state().notices.map((notice) => notice.kind)).toEqual(['history-reset']);
    expect(store.state().profile).toEqual(profileAtRevision(2));
    await store.close();
  });
});
