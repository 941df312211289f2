import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, backupsToKeep } from '../../../electron/main/store/backups';
import { BACKUP_POLICY } from '../../../shared/profile/backups';
import { PROFILE_SCHEMA_VERSION, emptyProfile, type Profile } from '../../../shared/domain/profile';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { openStore, tempFolder } from '../../support/store-harness';
import { editForRevision, profileAtRevision } from '../../support/store-edits';
import { sampleProfile } from '../../../scripts/support/profiles';
import { PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { sampleProfile as appSample, withoutSample } from '../../../shared/sample/sample-profile';

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-20T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function withPostingTarget(profile: Profile): Profile {
  const posting = {
    text: 'Support Analyst at Acme\nRequirements: SQL, Zendesk',
    company: 'Acme',
    origin: { kind: 'pasted' as const },
    savedOn: '2026-12-06',
  };
  const target = { id: 'target-posted', title: 'Support Analyst', occupationId: null, skills: [] };
  return { ...profile, targets: [...profile.targets, { ...target, paceOverride: null, targetDate: null, posting }] };
}

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('backup rotation', () => {
  it('keeps the newest five plus the newest of each of the last seven days', () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const backups = Array.from({ length: 40 }, (_, index) => {
      const createdAt = new Date(now.getTime() - index * 6 * 60 * MINUTE).toISOString();
      return { id: `b${index}`, createdAt, revision: 40 - index, ownEntries: 1 };
    });
    const keep = backupsToKeep(backups, now);
    const days = new Set([...keep].map((id) => backups.find((backup) => backup.id === id)!.createdAt.slice(0, 10)));
    expect([...keep].slice(0, BACKUP_POLICY.keepRecent)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(days.size).toBeLessThanOrEqual(BACKUP_POLICY.keepDays);
    expect(keep.has('b39')).toBe(false); // ten days old
    expect(keep.size).toBeLessThanOrEqual(BACKUP_POLICY.keepRecent + BACKUP_POLICY.keepDays);
  });
});

describe('rotation by what a backup holds', () => {
  const at = (iso: string, revision: number, ownEntries: number) => ({
    id: `${iso}-r${revision}`,
    createdAt: iso,
    revision,
    ownEntries,
  });

  it('never drops the newest backup that holds any of the user’s own entries', () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const full = at('2026-11-26T09:00:00.000Z', 10, 12);
    const burst = Array.from({ length: 8 }, (_, index) => at(`2026-11-26T10:0${index}:00.000Z`, 11 + index, 0));
    const keep = backupsToKeep([full, ...burst], now);
    expect(keep.has(full.id)).toBe(true);
  });

  it('keeps, for each day, the backup holding the most, not the newest by name', () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const richMonday = at('2026-11-23T09:00:00.000Z', 20, 30);
    const emptiedMonday = at('2026-11-23T22:00:00.000Z', 21, 0);
    const later = Array.from({ length: 6 }, (_, index) => at(`2026-11-26T0${index}:00:00.000Z`, 30 + index, 5));
    const keep = backupsToKeep([richMonday, emptiedMonday, ...later], now);
    expect(keep.has(richMonday.id)).toBe(true);
  });

  it('orders by revision, then time: a file dated in the future is not the newest forever', () => {
    const now = new Date('2026-11-26T12:00:00.000Z');
    const future = Array.from({ length: 5 }, (_, index) => at(`2031-01-0${index + 1}T00:00:00.000Z`, 1 + index, 3));
    const recent = Array.from({ length: 6 }, (_, index) => at(`2026-11-26T0${index}:00:00.000Z`, 10 + index, 3));
    const keep = backupsToKeep([...future, ...recent], now);
    for (const backup of future) expect(keep.has(backup.id)).toBe(false);
    for (const backup of recent.slice(1)) expect(keep.has(backup.id)).toBe(true);
  });
});

describe('a burst of whole-profile replaces', () => {
  it('cannot rotate out the last backup of the user’s own profile', async () => {
    const folder = tempFolder();
    const clock = manualClock();
    const store = await openStore(folder, { clock: clock.now });
    for (let revision = 1; revision <= 6; revision += 1) store.execute(editForRevision(revision));
    await store.flush();
    clock.advance(1000);
    await store.replaceAll(emptyProfile(), 'Start afresh');
    for (let round = 0; round < 3; round += 1) {
      clock.advance(1000);
      await store.replaceAll(appSample(), 'Load the sample profile');
      clock.advance(1000);
      await store.replaceAll(withoutSample(store.state().profile), 'Remove the sample profile');
    }
    await store.close();
    clock.advance(1000);
    const reopened = await openStore(folder, { clock: clock.now });
    const held = await Promise.all(
      (await reopened.backups.list()).map(async (backup) => (await reopened.backups.read(backup.id)).profile),
    );
    expect(held.some((profile) => profile.roles.some((role) => role.id === 'role-1'))).toBe(true);
    await reopened.close();
  });
});

describe('a clock that was once ahead', () => {
  it('does not make recovery restore an old revision, and its files rotate out', async () => {
    const folder = tempFolder();
    const ahead = manualClock('2031-05-01T09:00:00.000Z');
    const first = await openStore(folder, { clock: ahead.now });
    for (let revision = 1; revision <= 5; revision += 1) {
      first.execute(editForRevision(revision));
      await first.flush();
      ahead.advance(11 * MINUTE);
    }
    await first.close();

    const clock = manualClock();
    const second = await openStore(folder, { clock: clock.now });
    for (let revision = 6; revision <= 12; revision += 1) {
      second.execute(editForRevision(revision));
      await second.flush();
      clock.advance(11 * MINUTE);
    }
    const listed = await second.backups.list();
    expect(listed[0]).toMatchObject({ revision: 12 });
    expect(listed.filter((backup) => backup.createdAt.startsWith('2031'))).toEqual([]);
    await second.close();

    writeFileSync(path.join(folder, PROFILE_FILE), 'not json');
    const recovered = await openStore(folder, { clock: clock.now });
    expect(recovered.state()).toMatchObject({ revision: 12, profile: profileAtRevision(12) });
    await recovered.close();
  });
});

describe('a profile.json removed by hand', () => {
  it('starts empty, numbering on from the backups, so the new work ranks newest', async () => {
    const folder = tempFolder();
    const clock = manualClock();
    const store = await openStore(folder, { clock: clock.now });
    for (let revision = 1; revision <= 8; revision += 1) store.execute(editForRevision(revision));
    await store.close();
    rmSync(path.join(folder, PROFILE_FILE));

    clock.advance(MINUTE);
    const fresh = await openStore(folder, { clock: clock.now });
    expect(fresh.state()).toMatchObject({ revision: 8, profile: emptyProfile() });
    fresh.execute({ type: 'role.add', role: { ...profileAtRevision(1).roles[0]!, id: 'role-new' } });
    await fresh.close();
    clock.advance(MINUTE);
    const reopened = await openStore(folder, { clock: clock.now });
    expect((await reopened.backups.list())[0]).toMatchObject({ revision: 9, counts: { roles: 1 } });
    await reopened.close();
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
    // A target made from a job posting keeps the posting through the file.
    const posted = withPostingTarget(sampleProfile());
    await store.replaceAll(posted, 'Sample');
    const file = path.join(tempFolder(), 'export.json');
    await store.exportTo(file);
    await store.close();

    const other = await openStore(tempFolder());
    const imported = await other.importFrom(file);
    expect(imported.profile).toEqual(posted);
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
