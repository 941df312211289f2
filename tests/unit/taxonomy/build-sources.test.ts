import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const ESCO = 'shared/data/esco-v1.1.1';

/**
 * The ESCO download the build reads sits beside the checkout (../shared/data), not in it. A
 * throwaway clone made to check a change has none beside it, so the folder it was cloned from is
 * tried next.
 */
function escoFolder(): string {
  const origin = spawnSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' });
  const candidates = [path.resolve(root, '..', ESCO)];
  const originPath = origin.status === 0 ? origin.stdout.trim() : '';
  if (originPath.startsWith('/')) candidates.push(path.resolve(originPath, '..', ESCO));
  const found = candidates.find((folder) => existsSync(path.join(folder, 'classification-en-csv.zip')));
  if (found === undefined)
    throw new Error(`The ESCO download is not beside the checkout: looked in ${candidates.join(', ')}`);
  return found;
}

/** Runs the build on a copy of the curated lists with one file changed, writing to a scratch file. */
function trialBuild(file: string, edit: (entries: unknown[]) => unknown[]) {
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-sources-'));
  cpSync(path.join(root, 'taxonomy-sources'), folder, { recursive: true });
  const current = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as unknown[];
  writeFileSync(path.join(folder, file), JSON.stringify(edit(current)));
  const output = path.join(folder, 'trial.json.gz');
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build-taxonomy.ts'), escoFolder()],
    { encoding: 'utf8', cwd: root, env: { ...process.env, TAXONOMY_SOURCES: folder, TAXONOMY_OUTPUT: output } },
  );
  return { ...run, wrote: existsSync(output) };
}

describe('the taxonomy build checks the curated lists', () => {
  it('fails, naming the role and the label, when a role lists a skill ESCO does not have', () => {
    const run = trialBuild('roles.json', (roles) => {
      const [first, ...rest] = roles as Array<{ id: string; core: string[] }>;
      if (first === undefined) throw new Error('no roles');
      return [{ ...first, core: [...first.core, 'juggling spreadsheets'] }, ...rest];
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/role [a-z0-9-]+: “juggling spreadsheets” is not an ESCO preferred label/);
    expect(run.wrote).toBe(false);
  }, 60_000);

  it('fails on a soft skill that is not an ESCO preferred label', () => {
    const run = trialBuild('soft-skills.json', (labels) => [...labels, 'being nice']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('“being nice” is not an ESCO preferred label');
    expect(run.wrote).toBe(false);
  }, 60_000);

  it('fails when a curated name is an everyday word written in lower case', () => {
    const run = trialBuild('supplementary.json', (entries) =>
      (entries as Array<{ id: string; aliases: string[] }>).map((entry) =>
        entry.id === 'microsoft-outlook' ? { ...entry, aliases: [...entry.aliases, 'outlook'] } : entry,
      ),
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('supplementary microsoft-outlook: “outlook” is an everyday word');
    expect(run.wrote).toBe(false);
  }, 60_000);
});
