import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FieldPaceSchema } from '../../../shared/domain/profile';

const root = path.resolve(import.meta.dirname, '../../..');

function taxonomyCli(args: string[], input?: string) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/taxonomy.ts'), ...args],
    { encoding: 'utf8', cwd: root, ...(input === undefined ? {} : { input }) },
  );
}

const Named = z
  .object({ label: z.string() })
  .and(z.union([z.object({ uri: z.string() }), z.object({ id: z.string() })]));
const TargetOutput = z
  .object({
    title: z.string(),
    occupation: z.object({ label: z.string(), uri: z.string(), isco: z.string() }),
    role: z.object({ id: z.string(), source: z.string(), evidence: z.array(z.string()) }).nullable(),
    pace: FieldPaceSchema,
    core: z.array(Named),
    secondary: z.array(Named),
    alsoNamed: z.array(Named),
  })
  .strict();

describe('npm run taxonomy -- target', () => {
  it('drafts a curated role’s target from one of its job titles, as JSON', () => {
    const run = taxonomyCli(['target', 'IT project manager', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const output = TargetOutput.parse(JSON.parse(run.stdout));
    expect(output.occupation.label).toBe('ICT project manager');
    expect(output.role?.id).toBe('ict-project-manager');
    expect(output.core.map((skill) => skill.label)).toContain('ICT project management');
    expect(output.alsoNamed.length).toBeGreaterThan(0);
  }, 30_000);

  it('drafts an occupation without a curated role from ESCO, in plain text', () => {
    const run = taxonomyCli(['target', 'carpenter']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('carpenter — carpenter (ISCO 7115), slow pace');
    expect(run.stdout).toMatch(/^Core \((\d|10)\): /m);
    expect(run.stdout).toMatch(/^Also named by ESCO \(\d+\): /m);
  }, 30_000);
});

describe('npm run taxonomy -- resolve --stdin', () => {
  it('resolves one label per line in one process, saying none when nothing matches exactly', () => {
    const run = taxonomyCli(['resolve', '--stdin', '--json'], 'Python\n\nTableau\nsomething nobody calls a skill\n');
    expect(run.status, run.stderr).toBe(0);
    const output = z
      .array(z.object({ label: z.string(), concept: z.object({ label: z.string() }).loose().nullable() }))
      .parse(JSON.parse(run.stdout));
    expect(output.map((entry) => [entry.label, entry.concept?.label ?? null])).toEqual([
      ['Python', 'Python (computer programming)'],
      ['Tableau', 'Tableau'],
      ['something nobody calls a skill', null],
    ]);
    const plain = taxonomyCli(['resolve', '--stdin'], 'SQL\nsomething nobody calls a skill\n');
    expect(plain.stdout.split('\n')[1]).toBe('something nobody calls a skill\tnone');
  }, 30_000);
});

describe('npm run taxonomy into a pipe that closes early', () => {
  it('ends quietly, without a stack trace', () => {
    const cli = `"${process.execPath}" "${path.join(root, 'node_modules/tsx/dist/cli.mjs')}" "${path.join(root, 'scripts/taxonomy.ts')}"`;
    const run = spawnSync('bash', ['-c', `set -o pipefail; ${cli} resolve --stdin --json | head -c 10`], {
      encoding: 'utf8',
      cwd: root,
      input: 'Python\nSQL\n'.repeat(3000),
    });
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('npm run taxonomy misuse', () => {
  it.each([
    [['resolve']],
    [['resolve', 'Python']],
    [['target']],
    [['target', 'x', '--kind', 'skill']],
    [['frobnicate']],
    [['search', 'x', '--bogus']],
  ])(
    'exits 2 with the usage for %j',
    (args) => {
      const run = taxonomyCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: npm run taxonomy');
    },
    30_000,
  );

  it('exits 2 naming the title when no occupation or role is found', () => {
    const run = taxonomyCli(['target', 'qqqzzzxx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No occupation or role found for “qqqzzzxx”');
  }, 30_000);
});
