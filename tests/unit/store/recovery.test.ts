import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { emptyProfile, PROFILE_SCHEMA_VERSION } from '../../../shared/domain/profile';
import { MIGRATIONS, migrateProfile, type Migration } from '../../../shared/profile/migrations';
import { openStore, profileBytes, savedFolder, tempFolder } from '../../support/store-harness';
import { profileAtRevision } from '../../support/store-edits';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

const DAMAGE: Array<[string, (original: Buffer) => Buffer]> = [
  ['truncated', (original) => original.subarray(0, Math.floor(original.length / 2))],
  ['cut to nothing', () => Buffer.alloc(0)],
  ['NUL-filled', (original) => Buffer.alloc(original.length)],
  ['not JSON', () => Buffer.from('<<<<<<< HEAD\nnot json at all')],
  ['schema-invalid', () => Buffer.from(JSON.stringify({ revision: 3, profile: { schemaVersion: 1, roles: 'many' } }))],
  [
    'dangling link',
    () => Buffer.from(JSON.stringify({ revision: 3, profile: { ...emptyProfile(), activeTargetId: 'ghost' } })),
  ],
];

describe('a damaged profile file', () => {
  it.each(DAMAGE)('%s: is moved aside, the newest backup comes back, and the user is told', async (_name, damage) => {
    const folder = await savedFolder(4);
    const file = path.join(folder, PROFILE_FILE);
    const damaged = damage(readFileSync(file));
    writeFileSync(file, damaged);

    const store = await openStore(folder);
    const [notice] = store.state().notices;
    expect(notice?.kind).toBe('recovered');
    expect(notice?.file).toMatch(/profile\.corrupt-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/);
    expect(readFileSync(notice!.file!)).toEqual(damaged);
    expect(notice?.message).toContain(notice!.file!);
    expect(notice?.message).toContain('restored the backup');
    expect(store.state().profile).toEqual(profileAtRevision(4));
    expect(store.state().revision).toBe(4);
    await store.close();
  });

  it('starts empty, and says so, when there is no backup to restore', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, PROFILE_FILE), '{"revision": 1, "prof');
    const store = await openStore(folder);
    expect(store.state().profile).toEqual(emptyProfile());
    expect(store.state().notices[0]?.message).toContain('no backup to restore');
    expect(readdirSync(folder).some((name) => name.startsWith('profile.corrupt-'))).toBe(true);
    await store.close();
  });
});

describe('versions and migrations', () => {
  it.each(
    readdirSync(fixtures)
      .filter((name) => /^profile-v\d+\.json$/.test(name))
      .map((name) => [name]),
  )('%s opens as the current version', (name) => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, name)));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.profile.schemaVersion).toBe(PROFILE_SCHEMA_VERSION);
  });

  it('has a fixture for every schema version', () => {
    const versions = readdirSync(fixtures).flatMap((name) => /^profile-v(\d+)\.json$/.exec(name)?.[1] ?? []);
    expect(versions.map(Number).sort()).toEqual(
      Array.from({ length: PROFILE_SCHEMA_VERSION }, (_, index) => index + 1),
    );
  });

  it('upgrades a version 1 profile, adding what version 2 brought', () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v1.json')));
    expect(decoded).toMatchObject({ ok: true, migratedFrom: 1, profile: { providers: { custom: [], overrides: [] } } });
  });

  it('upgrades a version 3 profile: no earlier file knew when learning began', () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v3.json')));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migratedFrom).toBe(3);
    expect(decoded.profile.certificates.map((certificate) => certificate.started)).toEqual([null]);
  });

  it('upgrades a version 6 profile: no earlier target was made from a job posting', () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v6.json')));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migratedFrom).toBe(6);
    expect(decoded.profile.targets.map((target) => target.posting)).toEqual([null]);
  });

  it('keeps the job posting a version 7 target was made from', () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v7.json')));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.profile.targets.find((target) => target.id === 'target-analyst')?.posting).toMatchObject({
      company: 'Brightline Retail',
      origin: { kind: 'file', fileName: 'data-analyst.txt' },
      savedOn: '2026-12-06',
    });
  });

  it('upgrades a version 7 profile: nothing of a whole resume was kept before', () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v7.json')));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migratedFrom).toBe(7);
    expect(decoded.profile.awards).toEqual([]);
    expect(decoded.profile.person.name).toBe('');
    expect(decoded.profile.skills.map((skill) => skill.kind)).toEqual(['skill']);
    expect(decoded.profile.roles.map((role) => role.url)).toEqual([null, null]);
  });

  it("keeps a version 8 profile's person, awards and languages", () => {
    const decoded = decodeProfileFile(readFileSync(path.join(fixtures, 'profile-v8.json')));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.migratedFrom).toBeNull();
    expect(decoded.profile.person.name).toBe('Sam Rivera');
    expect(decoded.profile.awards.map((award) => award.title)).toEqual(['Support Team of the Year']);
    expect(decoded.profile.skills.find((skill) => skill.kind === 'language')?.level).toBe(
      'Professional working proficiency',
    );
  });

  it('refuses a saved posting longer than a posting can be, and says where', () => {
    const fixture = JSON.parse(readFileSync(path.join(fixtures, 'profile-v7.json'), 'utf8')) as {
      profile: { targets: Array<{ posting: { text: string } | null }> };
    };
    const posting = fixture.profile.targets[1]?.posting;
    if (posting == null) throw new Error('the fixture has no posting');
    posting.text = 'x'.repeat(100_001);
    expect(migrateProfile(fixture.profile)).toEqual({
      ok: false,
      kind: 'invalid',
      message:
        'It does not match the profile format at targets.1.posting.text: A posting is at most 100,000 characters.',
    });
  });

  it('refuses a profile whose learning starts after its issue date, and says which', () => {
    const fixture = JSON.parse(readFileSync(path.join(fixtures, 'profile-v4.json'), 'utf8')) as {
      profile: { certificates: Array<Record<string, unknown>> };
    };
    const degree = fixture.profile.certificates.find((certificate) => certificate['id'] === 'cert-ba');
    expect(migrateProfile(fixture.profile)).toMatchObject({ ok: true });
    Object.assign(degree ?? {}, { started: '2017-01', issued: '2016-09' });
    expect(migrateProfile(fixture.profile)).toEqual({
      ok: false,
      kind: 'invalid',
      message: expect.stringContaining('“Bachelor of Arts, English Literature” starts (2017-01) after its issue date'),
    });
    // A bare year is neither before nor after a month of it.
    Object.assign(degree ?? {}, { started: '2016', issued: '2016-09' });
    expect(migrateProfile(fixture.profile)).toMatchObject({ ok: true });
  });

  it('leaves an up-to-date file exactly as it was', async () => {
    const folder = tempFolder();
    copyFileSync(path.join(fixtures, `profile-v${PROFILE_SCHEMA_VERSION}.json`), path.join(folder, PROFILE_FILE));
    const before = profileBytes(folder);
    const parsed = JSON.parse(before) as { profile: unknown; revision: number };
    const migrated = migrateProfile(parsed.profile, {
      [PROFILE_SCHEMA_VERSION - 1]: () => {
        throw new Error('must not run');
      },
    });
    expect(migrated).toEqual({ ok: true, profile: parsed.profile, migratedFrom: null });
    const store = await openStore(folder);
    expect(store.state()).toMatchObject({ revision: parsed.revision, notices: [] });
    await store.close();
    expect(profileBytes(folder)).toBe(before);
  });

  const jobsToRoles: Migration = ({ jobs, ...rest }) => ({ ...rest, roles: jobs });
  // Format 0 had `jobs` where 1 has `roles`, and nothing of what 2 added.
  const formatZero = {
    ...emptyProfile(),
    providers: undefined,
    schemaVersion: 0,
    roles: undefined,
    jobs: profileAtRevision(1).roles,
  };

  it('upgrades an older file step by step, keeping the original bytes as a backup', async () => {
    const folder = tempFolder();
    const original = JSON.stringify({ revision: 5, profile: formatZero });
    writeFileSync(path.join(folder, PROFILE_FILE), original);
    const store = await openStore(folder, { migrations: { ...MIGRATIONS, 0: jobsToRoles } });
    const [notice] = store.state().notices;
    expect(notice?.kind).toBe('migrated');
    expect(readFileSync(notice!.file!, 'utf8')).toBe(original);
    expect(store.state().profile).toEqual(profileAtRevision(1));
    await store.close();
    // The upgraded profile was written, so the next start needs no migration at all.
    const decoded = decodeProfileFile(Buffer.from(profileBytes(folder)));
    expect(decoded).toMatchObject({ ok: true, migratedFrom: null, revision: 5 });
  });

  it('leaves the original bytes untouched when a migration fails, and says why', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, PROFILE_FILE), JSON.stringify({ revision: 5, profile: formatZero }));
    const before = profileBytes(folder);
    const failing: Migration = () => {
      throw new Error('field “jobs” has an unknown shape');
    };
    await expect(openStore(folder, { migrations: { ...MIGRATIONS, 0: failing } })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('field “jobs” has an unknown shape'),
    });
    expect(profileBytes(folder)).toBe(before);
    expect(readdirSync(folder).filter((name) => name.startsWith('profile.corrupt'))).toEqual([]);
  });

  it('refuses a file from a newer version without touching it', async () => {
    const folder = tempFolder();
    writeFileSync(
      path.join(folder, PROFILE_FILE),
      JSON.stringify({ revision: 5, profile: { ...emptyProfile(), schemaVersion: PROFILE_SCHEMA_VERSION + 1 } }),
    );
    const before = profileBytes(folder);
    await expect(openStore(folder)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('newer version of Throughline'),
    });
    expect(profileBytes(folder)).toBe(before);
    // The lock was released, so a fixed app can open the folder.
    await expect(openStore(folder)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
