import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, BACKUP_POLICY, backupsToKeep } from '../../../electron/main/store/backups';
import { PROFILE_SCHEMA_VERSION, emptyProfile } from '../../../shared/domain/profile';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { openStore, tempFolder } from '../../support/store-harness';
import { editForRevision, profileAtRevision } from '../../support/store-edits';
import { sampleProfile } from '../../support/profiles';

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-20T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('backup rotation', () => {
  it('keeps the newest five plus the newest of each of the last seven days', () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const backups = Array.from({ length: 40 }, (_, index) => {
      const createdAt = new Date(now.getTime() - index * 6 * 60 * MINUTE).toISOString();
      return { id: `b${index}`, createdAt };
    });
    const keep = backupsToKeep(backups, now);
    const days = new Set([...keep].map((id) => backups.find((backup) => backup.id === id)!.createdAt.slice(0, 10)));
    expect([...keep].slice(0, BACKUP_POLICY.keepRecent)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(days.size).toBeLessThanOrEqual(BACKUP_POLICY.keepDays);
    expect(keep.has('b39')).toBe(false); // ten days old
    expect(keep.size).toBeLessThanOrEqual(BACKUP_POLICY.keepRecent + BACKUP_POLICY.keepDays);
  });
});

describe('snapshots', () => {
  it('are taken on start and at most every ten minutes while editing, and rotate', async () => {
    const folder = tempFolder();
    const clock = manualClock();
    const store = await openStore(folder, { clock: clock.now });
    for (let revision = 1; revision <= 30; revision += 1) {
      store.execute(editForRevision(revision));
      await store.flush();
      clock.advance(4 * MINUTE);
    }
    await store.close();
    const backups = readdirSync(path.join(folder, BACKUP_FOLDER));
    // 30 saves over two hours, one snapshot per ten minutes at most.
    expect(backups.length).toBeGreaterThanOrEqual(5);
    expect(backups.length).toBeLessThanOrEqual(13);

    clock.advance(DAY);
    const reopened = await openStore(folder, { clock: clock.now });
    const listed = await reopened.backups.list();
    expect(listed[0]).toMatchObject({ revision: 30, counts: { roles: 6 } });
    expect(listed.length).toBeLessThanOrEqual(BACKUP_POLICY.keepRecent + BACKUP_POLICY.keepDays);
    await reopened.close();
  });

  it('restore first snapshots the current profile, and can be undone', async () => {
    const folder = tempFolder();
    const clock = manualClock();
    const store = await openStore(folder, { clock: clock.now });
    store.execute(editForRevision(1));
    await store.flush();
    const [first] = await store.backups.list();
    clock.advance(MINUTE);
    for (let revision = 2; revision <= 6; revision += 1) store.execute(editForRevision(revision));
    await store.flush();

    clock.advance(MINUTE);
    const restored = await store.restoreBackup(first!.id);
    expect(restored.profile).toEqual(profileAtRevision(1));
    expect(restored.undoLabel).toBe('Restore backup');
    const snapshots = await store.backups.list();
    expect(snapshots[0]).toMatchObject({ revision: 6 }); // the state just before the restore
    expect(store.undo().profile).toEqual(profileAtRevision(6));
    await store.close();
  });

  it('refuses to restore a backup that is not there', async () => {
    const store = await openStore(tempFolder());
    await expect(store.restoreBackup('profile-2020-01-01T00-00-00-000Z-r1.json')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(store.restoreBackup('../profile.json')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await store.close();
  });
});

describe('export and import', () => {
  it('round-trips the whole profile exactly', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    await store.replaceAll(sampleProfile(), 'Sample');
    const file = path.join(tempFolder(), 'export.json');
    await store.exportTo(file);
    await store.close();

    const other = await openStore(tempFolder());
    const imported = await other.importFrom(file);
    expect(imported.profile).toEqual(sampleProfile());
    expect(imported.undoLabel).toBe('Import export.json');
    expect(other.undo().profile).toEqual(emptyProfile());
    await other.close();
  });

  it('refuses a file from a newer version, or a broken one, and changes nothing', async () => {
    const store = await openStore(tempFolder());
    store.execute(editForRevision(1));
    const newer = path.join(tempFolder(), 'newer.json');
    writeFileSync(
      newer,
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: '2027-01-01T00:00:00.000Z',
        profile: { ...emptyProfile(), schemaVersion: PROFILE_SCHEMA_VERSION + 1 },
      }),
    );
    await expect(store.importFrom(newer)).rejects.toMatchObject({
      code: 'IMPORT_REFUSED',
      message: expect.stringContaining('newer version of Throughline'),
    });
    const broken = path.join(tempFolder(), 'broken.json');
    writeFileSync(broken, '{"format": "throughline-profile-export", "profile": ');
    await expect(store.importFrom(broken)).rejects.toMatchObject({
      message: expect.stringContaining('not valid JSON'),
    });
    expect(store.state().profile).toEqual(profileAtRevision(1));
    await store.close();
  });
});
