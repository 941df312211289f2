import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../../electron/main/store/backups';
import { nodeDisk, type Disk } from '../../../electron/main/store/disk';
import { newRole } from '../../../shared/domain/entries';
import { emptyProfile, type Profile, type Role } from '../../../shared/domain/profile';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { hasSample, sampleProfile } from '../../../shared/sample/sample-profile';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../../scripts/support/main-process';
import { profileOnDisk } from '../../support/profile-on-disk';
import { openStore, tempFolder } from '../../support/store-harness';
import { editForRevision } from '../../support/store-edits';

function role(id: string, title: string): Role {
  return newRole({ id, title, organization: 'Own', start: '2022-01' });
}

const typedIn = role('role-typed', 'Typed while it loaded');

function withSample(profile: Profile): Profile {
  const sample = sampleProfile();
  return {
    ...profile,
    roles: [...profile.roles, ...sample.roles],
    projects: [...profile.projects, ...sample.projects],
    certificates: [...profile.certificates, ...sample.certificates],
    targets: [...profile.targets, ...sample.targets],
  };
}

const roleIds = (profile: Profile | null) => profile?.roles.map((entry) => entry.id) ?? [];

describe('an edit and a whole-profile replace at the same time', () => {
  it('replace first, then an edit: the edit lands on top of the replaced profile and is saved', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    store.execute(editForRevision(1));
    const replacing = store.replaceAll(withSample(store.state().profile), 'Load the sample profile');
    const answer = store.execute({ type: 'role.add', role: typedIn });
    await replacing;
    expect(store.state().revision).toBeGreaterThanOrEqual(answer.revision);
    await store.close();
    const saved = profileOnDisk(path.join(folder, 'profile.json'));
    expect(roleIds(saved)).toContain('role-typed');
    expect(roleIds(saved)).toContain('role-1');
    expect(hasSample(saved!)).toBe(true);
  });

  it('an edit first, then a replace: both are in the final profile', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    store.execute({ type: 'role.add', role: typedIn });
    await store.replaceAll(withSample(store.state().profile), 'Load the sample profile');
    await store.close();
    const saved = profileOnDisk(path.join(folder, 'profile.json'));
    expect(roleIds(saved)).toContain('role-typed');
    expect(hasSample(saved!)).toBe(true);
  });

  it('an edit made while a backup is being restored is kept on top of the restored profile', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    store.execute(editForRevision(1));
    await store.flush();
    const [backup] = await store.backups.list();
    store.execute({ type: 'role.delete', id: 'role-1' });
    const restoring = store.restoreBackup(backup!.id);
    const answer = store.execute({ type: 'role.add', role: typedIn });
    const restored = await restoring;
    expect(restored.revision).toBeGreaterThan(answer.revision);
    expect(roleIds(restored.profile).sort()).toEqual(['role-1', 'role-typed']);
    // Undo takes back the restore only; the edit made meanwhile stays.
    expect(roleIds(store.undo().profile)).toEqual(['role-typed']);
    store.redo();
    await store.close();
    expect(roleIds(profileOnDisk(path.join(folder, 'profile.json'))).sort()).toEqual(['role-1', 'role-typed']);
  });

  it('an edit made while a profile file is being imported is kept on top of the import', async () => {
    const folder = tempFolder();
    const file = path.join(tempFolder(), 'export.json');
    writeFileSync(
      file,
      JSON.stringify({ format: EXPORT_FORMAT, exportedAt: '2026-01-01T00:00:00.000Z', profile: sampleProfile() }),
    );
    const store = await openStore(folder);
    const importing = store.importFrom(file);
    store.execute({ type: 'role.add', role: typedIn });
    await importing;
    await store.close();
    const saved = profileOnDisk(path.join(folder, 'profile.json'));
    expect(roleIds(saved)).toContain('role-typed');
    expect(hasSample(saved!)).toBe(true);
  });

  it('an edit made while a caller builds a replacement from an earlier profile is carried over', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    // The way import.apply plans in a worker: it reads the profile, then awaits the plan.
    const base = store.state().profile;
    const planned = Promise.resolve().then(() => withSample(base));
    store.execute({ type: 'role.add', role: typedIn });
    await store.replaceAll(await planned, 'Import resume.json', base);
    await store.close();
    const saved = profileOnDisk(path.join(folder, 'profile.json'));
    expect(roleIds(saved)).toContain('role-typed');
    expect(hasSample(saved!)).toBe(true);
  });

  it('refuses a restore that an edit made meanwhile cannot sit on, keeping the edit', async () => {
    const folder = tempFolder();
    const store = await openStore(folder);
    await store.replaceAll(sampleProfile(), 'Load the sample profile');
    await store.flush();
    const sampleBackup = (await store.backups.list()).find((backup) => backup.counts.roles === 0);
    store.execute(editForRevision(1));
    const restoring = store.restoreBackup(sampleBackup!.id);
    // Links a sample certificate to a role the backup does not have.
    const certificate = store.state().profile.certificates[0]!;
    store.execute({ type: 'link.attach', certificateId: certificate.id, to: { kind: 'role', id: 'role-1' }, note: '' });
    await expect(restoring).rejects.toMatchObject({
      code: 'COMMAND_REJECTED',
      message: expect.stringContaining('changed while the backup was being read'),
    });
    expect(roleIds(store.state().profile)).toContain('role-1');
    await store.close();
  });
});

describe('the snapshot a replace takes', () => {
  it('is on disk before any profile file without what it replaced', async () => {
    const folder = tempFolder();
    const state = { broken: false };
    const disk: Disk = {
      ...nodeDisk,
      async writeAtomic(file, data, options) {
        if (state.broken && path.basename(path.dirname(file)) === BACKUP_FOLDER) {
          throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        }
        await nodeDisk.writeAtomic(file, data, options);
      },
    };
    const store = await openStore(folder, { disk });
    store.execute(editForRevision(1));
    await store.flush();
    state.broken = true;
    await store.replaceAll(emptyProfile(), 'Start afresh');
    await expect(store.flush()).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(roleIds(profileOnDisk(path.join(folder, 'profile.json')))).toEqual(['role-1']);

    state.broken = false;
    await store.close();
    expect(roleIds(profileOnDisk(path.join(folder, 'profile.json')))).toEqual([]);
    const reopened = await openStore(folder);
    expect((await reopened.backups.list()).some((backup) => backup.counts.roles === 1)).toBe(true);
    await reopened.close();
  });
});

describe('over IPC, as the window sends them', () => {
  it.each([
    ['loadSample first, then an edit', true],
    ['an edit first, then loadSample', false],
  ])('%s: the acknowledged edit is in the profile on disk', async (_name, sampleFirst) => {
    const main = startTestMainProcess();
    const edit = () =>
      main.dispatch('profile.execute', APP_MAIN_FRAME, { command: { type: 'role.add', role: typedIn } });
    const load = () => main.dispatch('profile.loadSample', APP_MAIN_FRAME, {});
    const [first, second] = sampleFirst ? [load(), edit()] : [edit(), load()];
    const answers = await Promise.all([first, second]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    await (await main.store).close();
    const saved = profileOnDisk(main.profilePath);
    expect(roleIds(saved)).toContain('role-typed');
    expect(hasSample(saved!)).toBe(true);
  });
});
