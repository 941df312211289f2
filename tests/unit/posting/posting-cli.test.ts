import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IgnoredWhySchema, PostingOccupationSchema, PostingSkillSchema } from '../../../shared/posting/posting';

const root = path.resolve(import.meta.dirname, '../../..');
const postings = path.join(root, 'tests/fixtures/postings');

function posting(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/posting.ts'), ...args],
    { encoding: 'utf8', cwd: root },
  );
}

const ReadingSchema = z.object({
  title: z.string(),
  company: z.string().nullable(),
  occupation: PostingOccupationSchema.nullable(),
  skills: z.array(PostingSkillSchema),
  ignored: z.array(z.object({ text: z.string(), why: IgnoredWhySchema }).strict()),
});

describe('npm run posting', () => {
  it('prints the reading as JSON, and with --profile the fit and next steps', () => {
    const run = posting(
      path.join(postings, 'data-analyst.txt'),
      '--json',
      '--profile',
      path.join(root, 'tests/fixtures/personas/changer-retail-to-data-analyst.json'),
      '--now',
      '2026-12-06',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as unknown;
    const reading = ReadingSchema.parse(printed);
    expect(reading).toMatchObject({ title: 'Data Analyst', company: 'Brightwater Energy' });
    expect(reading.skills.map((skill) => skill.label)).toContain('SQL');
    expect(reading.ignored).toContainEqual({ text: 'Python', why: 'negated' });
    const { fit, nextSteps } = z
      .object({
        fit: z.object({ essentialBacked: z.number(), essentialTotal: z.number(), share: z.number() }),
        nextSteps: z.array(z.object({ text: z.string(), why: z.string() })),
      })
      .parse(printed);
    expect(fit.essentialTotal).toBe(reading.skills.filter((skill) => skill.importance === 'essential').length);
    expect(nextSteps.length).toBeGreaterThan(0);
  });

  it('prints a readable summary by default', () => {
    const run = posting(path.join(postings, 'ux-ui-designer.md'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^UX\/UI Designer — Larkspur Health\nOccupation: UX designer/);
    expect(run.stdout).toMatch(/\nEssential \(\d+\)\n/);
    expect(run.stdout).toContain('\n  Figma  ← “Figma” @');
    expect(run.stdout).toMatch(/\nSet aside \(\d+\)\n/);
  });

  it('exits 2 with the reason for a file it cannot read or bad arguments', () => {
    const missing = posting(path.join(postings, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: The file is not there any more/);
    const bad = posting('--frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: npm run posting/);
  });
});
