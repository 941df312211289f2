import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDisk, type Disk } from '../../../electron/main/store/disk';
import { LOCK_FILE } from '../../../electron/main/store/lock';
import { PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { bundleForNode } from '../../../scripts/support/bundle-child';
import { openStore, profileBytes, tempFolder } from '../../support/store-harness';
import { editForRevision, profileAtRevision } from '../../support/store-edits';

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real disk, except that writing the profile fails with `code` while `broken` is set. */
function flakyDisk(code: string) {
  const state = { broken: false };
  const disk: Disk = {
    ...nodeDisk,
    async writeAtomic(file, data, options) {
      if (state.broken && path.basename(file) === PROFILE_FILE) {
        // Like a real full disk: part of the temp file is written, then the write fails.
        const temp = path.join(path.dirname(file), `.${PROFILE_FILE}.partial.tmp`);
        writeFileSync(temp, data.slice(0, 10));
        await nodeDisk.remove(temp);
        throw failure(code);
      }
      await nodeDisk.writeAtomic(file, data, options);
    },
  };
  return { disk, state };
}

describe.each([
  ['a full disk', 'ENOSPC', 'is full'],
  ['a read-only data folder', 'EROFS', 'is read-only'],
  ['a folder without write permission', 'EACCES', 'is read-only'],
])('saving onto %s', (_name, code, words) => {
  it('gives a typed error, keeps the edits open and the previous file intact, and recovers', async () => {
    const folder = tempFolder();
    const { disk, state } = flakyDisk(code);
    const store = await openStore(folder, { disk });
    store.execute(editForRevision(1));
    await store.flush();
    const saved = profileBytes(folder);

    state.broken = true;
    store.execute(editForRevision(2));
    await expect(store.flush()).rejects.toMatchObject({
      code: 'STORE_WRITE_FAILED',
      message: expect.stringContaining(words),
    });
    expect(store.state().save).toMatchObject({
      state: 'failed',
      message: expect.stringContaining('last saved profile is intact'),
    });
    expect(profileBytes(folder)).toBe(saved);
    expect(store.state().profile).toEqual(profileAtRevision(2));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    state.broken = false;
    await store.flush();
    expect(store.state().save).toEqual({ state: 'saved' });
    await store.close();
    const reopened = await openStore(folder);
    expect(reopened.state().profile).toEqual(profileAtRevision(2));
    await reopened.close();
  });
});

describe('opening a folder that cannot be written', () => {
  it('says so instead of opening', async () => {
    const disk: Disk = {
      ...nodeDisk,
      createExclusive: () => Promise.reject(failure('EROFS')),
    };
    await expect(openStore(tempFolder(), { disk })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('cannot be written to'),
    });
  });
});

describe('one writer per profile', () => {
  let child = '';
  beforeAll(async () => {
    child = await bundleForNode(path.resolve(import.meta.dirname, '../../support/store-child.ts'));
  });

  it('refuses a second process while the first holds the profile, then takes over once it is gone', async () => {
    const folder = tempFolder();
    const holder = spawn('node', [child, folder, 'hold'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));

    await expect(openStore(folder)).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining(`process ${holder.pid}`),
    });

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const store = await openStore(folder);
    expect(store.state().revision).toBe(0);
    await store.close();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const folder = tempFolder();
    writeFileSync(
      path.join(folder, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 12345, since: '2026-01-01T00:00:00.000Z' }),
    );
    const store = await openStore(folder);
    const lock = JSON.parse(readFileSync(path.join(folder, LOCK_FILE), 'utf8')) as { pid: number; nonce?: string };
    expect(lock.pid).toBe(process.pid);
    expect(lock.nonce).toEqual(expect.any(String));
    expect(readdirSync(folder).filter((name) => name.includes('.claim-'))).toEqual([]);
    store.execute(editForRevision(1));
    await store.close();
    expect(readdirSync(folder)).not.toContain(LOCK_FILE);
    expect(JSON.parse(profileBytes(folder))).toMatchObject({ revision: 1 });
  });

  it('refuses a second store in the same process too', async () => {
    const folder = tempFolder();
    const first = await openStore(folder, { pid: 1 });
    await expect(openStore(folder, { pid: 2, isAlive: () => true })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await first.close();
  });
});
