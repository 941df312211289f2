import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProfileSchema } from '../../../shared/domain/profile';
import { certificateOf, sessionOf, stepOf } from './plan-profile';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = path.join(root, 'tests/fixtures/profile-v8.json');
const folder = mkdtempSync(path.join(tmpdir(), 'throughline-plan-cli-'));

function planCli(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/plan.ts'), ...args],
    { encoding: 'utf8', cwd: root },
  );
}

const Output = z
  .object({
    now: z.string(),
    target: z.object({ id: z.string(), title: z.string(), targetDate: z.string().nullable() }).nullable(),
    steps: z.array(
      z
        .object({
          id: z.string(),
          state: z.string(),
          pace: z.object({ kind: z.string(), sentence: z.string() }).nullable(),
        })
        .loose(),
    ),
    study: z.object({
      goalHours: z.number().nullable(),
      behindGoal: z.boolean(),
      weeks: z.array(z.object({ weekStart: z.string(), minutes: z.number(), met: z.boolean().nullable() }).loose()),
    }),
    pace: z.array(z.object({ certificateId: z.string(), stepId: z.string().nullable(), sentence: z.string() }).loose()),
    reminders: z.object({ upcoming: z.array(z.object({ id: z.string(), day: z.string() }).loose()) }),
    readiness: z
      .object({
        line: z.string(),
        now: z.object({ day: z.string(), core: z.number(), backedByWork: z.number() }).loose().nullable(),
        atTargetDate: z.object({ day: z.string(), backedByWork: z.number() }).loose().nullable(),
      })
      .nullable(),
  })
  .strict();

/** The v6 fixture with a course in progress, three weeks of study on it and a step due in ten days. */
function busyProfileFile(): string {
  const stored = z
    .object({ revision: z.number(), profile: ProfileSchema })
    .parse(JSON.parse(readFileSync(fixture, 'utf8')));
  const profile = stored.profile;
  profile.certificates.push(
    certificateOf({
      id: 'cert-pm',
      title: 'Product Management Basics',
      status: { state: 'in-progress', percentDone: 25 },
      hours: 40,
    }),
  );
  profile.plan.push(
    stepOf({
      id: 'step-pm',
      targetId: 'target-pm',
      title: 'Finish the PM course',
      due: '2026-12-06',
      serves: [{ kind: 'certificate', id: 'cert-pm' }],
    }),
  );
  profile.log.push(
    sessionOf('2026-11-05', 240, { certificateId: 'cert-pm' }),
    sessionOf('2026-11-12', 240, { stepId: 'step-pm' }),
    sessionOf('2026-11-19', 240, { certificateId: 'cert-pm' }),
  );
  const file = path.join(folder, 'busy.json');
  writeFileSync(file, JSON.stringify({ revision: stored.revision, profile }));
  return file;
}

describe('npm run plan', () => {
  it('prints the fixture’s plan, study weeks and reminders as JSON', () => {
    const run = planCli(fixture, '--now', '2026-11-26', '--json');
    expect(run.status, run.stderr).toBe(0);
    const output = Output.parse(JSON.parse(run.stdout));
    expect(output.now).toBe('2026-11-26');
    expect(output.target).toEqual({ id: 'target-pm', title: 'Product Manager', targetDate: '2027-06' });
    expect(output.steps.map(({ id, state }) => ({ id, state }))).toEqual([
      { id: 'step-ux-project', state: 'upcoming' },
      { id: 'step-renew', state: 'done' },
    ]);
    expect(output.steps[0]?.pace?.kind).toBe('finished');
    expect(output.study.goalHours).toBe(6);
    expect(output.study.behindGoal).toBe(true);
    expect(output.study.weeks).toHaveLength(12);
    expect(output.study.weeks.at(-1)?.weekStart).toBe('2026-11-23');
    expect(
      output.study.weeks.filter((week) => week.minutes > 0).map(({ weekStart, minutes }) => [weekStart, minutes]),
    ).toEqual([
      ['2026-11-02', 90],
      ['2026-11-09', 45],
    ]);
    expect(output.pace).toEqual([]);
    expect(output.reminders.upcoming).toEqual([]);
    expect(output.readiness?.line).toBe('Product Manager: 1 of 1 core skill backed by work');
    expect(output.readiness?.now).toMatchObject({ day: '2026-11-26', core: 1, backedByWork: 1 });
  }, 30_000);

  it('projects the pace of a course in progress, lists its step as due soon and writes the calendar', () => {
    const file = busyProfileFile();
    const ics = path.join(folder, 'plan.ics');
    const run = planCli(file, '--now', '2026-11-26', '--json', '--ics', ics);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Wrote 3 events to ${ics}.`);
    const output = Output.parse(JSON.parse(run.stdout));
    expect(output.steps.map(({ id, state }) => ({ id, state }))).toEqual([
      { id: 'step-pm', state: 'due-soon' },
      { id: 'step-ux-project', state: 'upcoming' },
      { id: 'step-renew', state: 'done' },
    ]);
    // 720 minutes in four weeks is 3 hours a week; 30 hours left take ten weeks, well past 6 December.
    expect(output.pace).toEqual([
      expect.objectContaining({
        certificateId: 'cert-pm',
        stepId: 'step-pm',
        sentence: "At this pace you finish around 4 February 2027 — 9 weeks after the step's due date.",
      }),
    ]);
    expect(output.reminders.upcoming.map(({ id, day }) => `${day} ${id}`)).toEqual(['2026-12-06 step-due:step-pm']);
    const events = ICAL.Component.fromString(readFileSync(ics, 'utf8')).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'step-step-ux-project@throughline',
      'step-step-pm@throughline',
      'target-target-pm@throughline',
    ]);
  }, 30_000);

  it('prints the same as text', () => {
    const run = planCli(busyProfileFile(), '--now', '2026-11-26');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Throughline plan — target: Product Manager (target date 2027-06), as of 2026-11-26');
    expect(run.stdout).toMatch(/\[due soon\] +2026-12-06 {2}Finish the PM course/);
    expect(run.stdout).toContain('Product Management Basics: At this pace you finish around 4 February 2027');
    expect(run.stdout).toContain('week of 2026-11-02');
    expect(run.stdout).toContain('2026-12-06  Due: Finish the PM course');
  }, 30_000);

  it('refuses to write a calendar under a name that is not .ics, and a bad --now', () => {
    const target = path.join(folder, 'profile-copy.json');
    const refused = planCli(fixture, '--now', '2026-11-26', '--ics', target);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('.ics');
    expect(existsSync(target)).toBe(false);
    const badDay = planCli(fixture, '--now', '2026-02-30');
    expect(badDay.status).toBe(2);
    expect(badDay.stderr).toContain('--now must be a date');
  }, 30_000);
});
