import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FindingSchema, SkillEvidenceSchema } from '../../../shared/lens/result';

const root = path.resolve(import.meta.dirname, '../../..');
const persona = (name: string) => path.join(root, `tests/fixtures/personas/${name}.json`);

function analyzeCli(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/analyze.ts'), ...args],
    {
      encoding: 'utf8',
      cwd: root,
    },
  );
}

/** The CLI's finding: the lens's own, with `dismissed` reduced to a flag and no key. */
const JsonOutput = z
  .object({
    findings: z.array(FindingSchema.omit({ key: true, dismissed: true }).extend({ dismissed: z.boolean() })),
    curated: z.array(z.string()),
    skillEvidence: z.array(SkillEvidenceSchema),
  })
  .loose();

describe('npm run analyze', () => {
  it('prints the findings with stable codes, the curated ids and the skill evidence as JSON', () => {
    const run = analyzeCli(persona('unexplained-gaps'), '--now', '2026-11-26', '--json');
    expect(run.status, run.stderr).toBe(0);
    const output = JsonOutput.parse(JSON.parse(run.stdout));
    expect(output.findings.map((finding) => finding.code)).toContain('PROFILE_TIMELINE_GAP');
    expect(output.findings.find((finding) => finding.code === 'PROFILE_TIMELINE_GAP')?.subject).toEqual({
      from: '2018-04',
      to: '2020-05',
    });
    expect(output.curated).toEqual(['c1']);
    expect(output.skillEvidence.map((entry) => entry.skill)).toEqual(['accounting', 'process payroll']);
  }, 30_000);

  it('says in --json why each certificate reads as it does, the target’s core skills and the next steps', () => {
    const run = analyzeCli(persona('scattered-learner'), '--now', '2026-11-26', '--json');
    expect(run.status, run.stderr).toBe(0);
    const output = z
      .object({
        targetSkills: z.object({ core: z.array(z.string()), secondary: z.array(z.string()) }),
        nextSteps: z.array(z.object({ kind: z.string(), text: z.string(), why: z.string() }).loose()),
        assessments: z.array(
          z
            .object({
              title: z.string(),
              relevance: z.object({ level: z.string().nullable(), serves: z.array(z.string()) }).loose(),
              recency: z.object({ state: z.string().nullable(), pace: z.string().nullable() }),
              provider: z.object({ name: z.string(), recognised: z.boolean() }),
              application: z.string(),
              kind: z.string(),
              claim: z.string().nullable(),
            })
            .loose(),
        ),
      })
      .loose()
      .parse(JSON.parse(run.stdout));
    expect(output.targetSkills.core.length).toBeGreaterThan(0);
    expect(output.nextSteps.length).toBeGreaterThan(0);
    expect(output.nextSteps.length).toBeLessThanOrEqual(5);
    const bread = output.assessments.find((entry) => entry.title === 'Artisan Bread Baking');
    expect(bread?.relevance).toMatchObject({ level: 'none', serves: [] });
    const python = output.assessments.find((entry) => entry.title === 'Python for Everybody');
    expect(python?.relevance.level).not.toBe('none');
    expect(python?.relevance.serves.length).toBeGreaterThan(0);
    expect(python?.recency.pace).toBe('fast');
  }, 30_000);

  it('reads as text by default and takes a target by title', () => {
    const run = analyzeCli(persona('stale-fast-field'), '--now', '2026-11-26', '--target', 'Software Developer');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('target: software developer');
    expect(run.stdout).toContain('CERT_EXPIRED');
    expect(run.stdout).toContain('why:');
  }, 30_000);

  it('says what is wrong with a missing or invalid file, with exit code 2', () => {
    const missing = analyzeCli(path.join(tmpdir(), 'no-such-profile.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('could not be read');

    const folder = mkdtempSync(path.join(tmpdir(), 'throughline-cli-'));
    const broken = path.join(folder, 'broken.json');
    writeFileSync(broken, '{"format": "throughline-profile-export", "profile": {"schemaVersion": 2, "roles": 7}}');
    const invalid = analyzeCli(broken);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('is not a usable Throughline profile');

    const noTarget = analyzeCli(persona('unexplained-gaps'), '--target', 'astronaut');
    expect(noTarget.status).toBe(2);
    expect(noTarget.stderr).toContain('No target “astronaut”');
  }, 30_000);
});
