import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDisk, type Disk } from '../../../electron/main/store/disk';
import { LOCK_FILE } from '../../../electron/main/store/lock';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { openStore, profileBytes, tempFolder } from '../../support/store-harness';
import { editForRevision } from '../../support/store-edits';

/** The real disk, but every profile write takes a while, so calls can arrive while one runs. */
function slowDisk(state: { failing: boolean; started?: () => void } = { failing: false }): Disk {
  return {
    ...nodeDisk,
    async writeAtomic(file, data, options) {
      if (path.basename(file) === PROFILE_FILE) {
        const failing = state.failing;
        state.started?.();
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (failing) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      }
      await nodeDisk.writeAtomic(file, data, options);
    },
  };
}

function revisionOnDisk(folder: string): number {
  const decoded = decodeProfileFile(Buffer.from(profileBytes(folder)));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.revision;
}

describe('flush', () => {
  it('called while a write runs, resolves only once everything dirty at its call is on disk', async () => {
    const folder = tempFolder();
    const store = await openStore(folder, { disk: slowDisk(), coalesceMs: 10_000 });
    store.execute(editForRevision(1));
    const first = store.flush();
    store.execute(editForRevision(2));
    const second = store.flush();
    const third = store.flush();
    await third;
    expect(revisionOnDisk(folder)).toBe(2);
    await second;
    await first;
    expect(revisionOnDisk(folder)).toBe(2);
    await store.close();
  });

  it('rejects when the write that would have covered its call fails', async () => {
    const folder = tempFolder();
    const state: { failing: boolean; started?: () => void } = { failing: false };
    const store = await openStore(folder, { disk: slowDisk(state), coalesceMs: 10_000 });
    const writing = new Promise<void>((resolve) => (state.started = resolve));
    store.execute(editForRevision(1));
    const first = store.flush();
    await writing;
    store.execute(editForRevision(2));
    state.failing = true;
    const second = store.flush();
    await expect(second).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    // The first flush was covered by the write that ran when it was called, which succeeded.
    await first;
    expect(revisionOnDisk(folder)).toBe(1);
    state.failing = false;
    await store.close();
    expect(revisionOnDisk(folder)).toBe(2);
  });
});

describe('closing twice (quitting twice)', () => {
  it('both closes resolve only once the last edit is on disk, and the lock is gone', async () => {
    const folder = tempFolder();
    const store = await openStore(folder, { disk: slowDisk(), coalesceMs: 10_000 });
    store.execute(editForRevision(1));
    const writing = store.flush();
    store.execute(editForRevision(2));
    const first = store.close();
    const second = store.close();
    await second;
    expect(revisionOnDisk(folder)).toBe(2);
    await first;
    await writing;
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);
  });

  it('keeps the profile open and locked when the last write fails, so the user can keep working', async () => {
    const folder = tempFolder();
    const state = { failing: true };
    const store = await openStore(folder, { disk: slowDisk(state) });
    store.execute(editForRevision(1));
    await expect(store.close()).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(true);
    store.execute(editForRevision(2));
    state.failing = false;
    await store.close();
    expect(revisionOnDisk(folder)).toBe(2);
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);
  });
});
