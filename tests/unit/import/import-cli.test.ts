import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeStoredProfile } from '../../../electron/main/store/profile-file';
import { CredentialCheckSchema, emptyProfile } from '../../../shared/domain/profile';
import { EntryProblemSchema, ImportFormatSchema } from '../../../shared/import/draft';
import { readJsonResume } from '../../../shared/import/json-resume';
import { NO_CHOICE, planImport, PlanItemSchema } from '../../../shared/import/plan';
import { fixtureBytes } from './linkedin-helpers';

const root = path.resolve(import.meta.dirname, '../../..');
const external = (name: string) => path.join(root, 'tests/fixtures/external', name);

function importCli(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/import.ts'), ...args],
    { encoding: 'utf8', cwd: root },
  );
}

/** The documented JSON shape, strictly: a field added or renamed by accident fails here. */
const JsonOutput = z
  .object({
    format: ImportFormatSchema,
    items: z.array(PlanItemSchema.pick({ kind: true, title: true, action: true, reason: true }).strict()),
    credentials: z.array(
      z
        .object({
          title: z.string(),
          issuer: z.string(),
          status: CredentialCheckSchema.shape.status,
          expired: z.boolean(),
        })
        .strict(),
    ),
    problems: z.array(EntryProblemSchema),
  })
  .strict();

function previewJson(file: string, ...more: string[]) {
  const run = importCli(file, '--dry-run', '--json', ...more);
  expect(run.status, run.stderr).toBe(0);
  return JsonOutput.parse(JSON.parse(run.stdout));
}

const folder = () => mkdtempSync(path.join(tmpdir(), 'throughline-import-cli-'));

describe('npm run import -- --dry-run', () => {
  it('previews a JSON Resume against an empty profile: every entry added, with the reason and the problems', () => {
    const output = previewJson(external('jsonresume/resume-schema__sample.resume.json'));
    expect(output.format).toBe('json-resume');
    expect(output.items).toContainEqual({
      kind: 'role',
      title: 'CEO/President, Pied Piper',
      action: 'add',
      reason: 'Not in your profile yet.',
    });
    expect(new Set(output.items.map((item) => item.action))).toEqual(new Set(['add']));
    expect(output.items.map((item) => item.kind)).toEqual(expect.arrayContaining(['role', 'project', 'skill']));
    expect(output.credentials).toEqual([]);
    expect(output.problems).toContainEqual(expect.objectContaining({ place: 'projects[0].type' }));
  }, 30_000);

  it('shows merges and skips against a profile given with --profile, and leaves that file alone', () => {
    const resume = external('jsonresume/resume-schema__sample.resume.json');
    // The profile as the app would have saved it after importing this very resume once.
    const draft = readJsonResume(readFileSync(resume, 'utf8'), path.basename(resume));
    let id = 0;
    const imported = planImport(emptyProfile(), draft, NO_CHOICE, () => `id-${String((id += 1))}`).profile;
    const dir = folder();
    const profileFile = path.join(dir, 'profile.json');
    writeFileSync(profileFile, encodeStoredProfile(7, imported));
    const before = readFileSync(profileFile);

    const output = previewJson(resume, '--profile', profileFile);
    const roles = output.items.filter((item) => item.kind === 'role');
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.action).toBe('skip');
    expect(output.items.every((item) => item.action !== 'add')).toBe(true);
    expect(readFileSync(profileFile)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['profile.json']);
  }, 30_000);

  it('marks a tampered badge invalid and an expired one expired, naming the issuer', () => {
    const tampered = previewJson(
      external('openbadges/vc-test-fixtures__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json'),
    );
    expect(tampered.format).toBe('open-badges');
    expect(tampered.credentials).toEqual([
      { title: 'A tampered credential', issuer: 'Example Corp', status: 'invalid', expired: false },
    ]);

    const expired = previewJson(external('openbadges/dcpv__ob30_simple-err-expired.json'));
    expect(expired.credentials).toEqual([expect.objectContaining({ title: 'Teamwork', expired: true })]);
    expect(expired.problems[0]?.message).toMatch(/expired on 2010-01-01/);
  }, 30_000);

  it('reads a LinkedIn export zip', () => {
    const file = path.join(folder(), 'Basic_LinkedInDataExport.zip');
    writeFileSync(file, zipSync(fixtureBytes()));
    const output = previewJson(file);
    expect(output.format).toBe('linkedin');
    expect(output.items.length).toBeGreaterThan(0);
  }, 30_000);

  it('prints a readable table without --json', () => {
    const run = importCli(external('jsonresume/resume-schema__sample.resume.json'), '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('(JSON Resume), against an empty profile');
    expect(run.stdout).toMatch(/add\s+role\s+CEO\/President, Pied Piper\s+Not in your profile yet\./);
    expect(run.stdout).toMatch(/\d+ to add, 0 to merge, 0 to skip\./);
  }, 30_000);

  it('exits with 2 and the reason for a missing or unreadable file', () => {
    const missing = importCli(path.join(tmpdir(), 'no-such-resume.json'), '--dry-run');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-resume.json could not be read');

    const garbage = path.join(folder(), 'garbage.bin');
    writeFileSync(
      garbage,
      Uint8Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256),
    );
    const refused = importCli(garbage, '--dry-run', '--json');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('garbage.bin: Throughline does not recognise this file.');
  }, 30_000);

  it('refuses to import without --dry-run: changing the profile is done in the app', () => {
    const run = importCli(external('jsonresume/resume-schema__sample.resume.json'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/made in the app.*undone.*backup/s);
  }, 30_000);
});
