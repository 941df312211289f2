import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import type { LearningSession, PlanStep } from '../../../shared/domain/plan';
import { newRole } from '../../../shared/domain/entries';
import { apply, describeCommand, type Command } from '../../../shared/profile/commands';
import { courseOf } from '../../support/certificates';

const target = {
  id: 't1',
  title: 'Data analyst',
  occupationId: null,
  skills: [],
  paceOverride: null,
  targetDate: null,
  posting: null,
};
const sqlCourse = courseOf({
  id: 'c1',
  title: 'SQL for analysts',
  issued: '2027-03',
  status: { state: 'in-progress', percentDone: 40 },
});
const step: PlanStep = {
  id: 's1',
  targetId: 't1',
  kind: 'apply',
  title: 'Use SQL in a project',
  skills: [{ label: 'SQL', conceptId: null }],
  serves: [
    { kind: 'certificate', id: 'c1' },
    { kind: 'role', id: 'r1' },
  ],
  findingKeys: ['CERT_NOT_APPLIED:c1'],
  due: '2027-02-28',
  status: 'todo',
  doneOn: null,
  note: '',
};
const session: LearningSession = {
  id: 'l1',
  date: '2026-12-01',
  minutes: 50,
  what: 'Joins and window functions',
  certificateId: 'c1',
  skill: null,
  stepId: 's1',
};

function planned(): Profile {
  return {
    ...emptyProfile(),
    roles: [newRole({ id: 'r1', title: 'Support lead', start: '2020-01' })],
    certificates: [sqlCourse],
    targets: [target],
    plan: [step],
    log: [session],
  };
}

function applied(profile: Profile, command: Command): Profile {
  const result = apply(profile, command);
  if (!result.ok) throw new Error(result.message);
  return result.profile;
}

describe('plan and learning log commands', () => {
  it('adds a step, marks it done with its day, and says so in the undo notice', () => {
    const before = { ...planned(), plan: [] };
    const added = applied(before, { type: 'plan.add', step });
    expect(added.plan).toEqual([step]);
    const done = { ...step, status: 'done' as const, doneOn: '2026-12-05' };
    expect(describeCommand({ type: 'plan.update', step: done }, added)).toBe('marked “Use SQL in a project” as done');
    expect(applied(added, { type: 'plan.update', step: done }).plan[0]?.doneOn).toBe('2026-12-05');
  });

  it('refuses a done step without the day it was done, and a step for a target that does not exist', () => {
    const profile = planned();
    const undated = apply(profile, { type: 'plan.update', step: { ...step, status: 'done' } });
    expect(undated).toMatchObject({ ok: false, message: expect.stringContaining('day it was done') });
    const orphan = apply(profile, { type: 'plan.add', step: { ...step, id: 's2', targetId: 'nope' } });
    expect(orphan).toMatchObject({ ok: false, message: expect.stringContaining('target role that does not exist') });
  });

  it('logs a session and moves the certificate on in one step', () => {
    const profile = { ...planned(), log: [] };
    const command: Command = { type: 'log.add', session, percentDone: 65 };
    const next = applied(profile, command);
    expect(next.log).toEqual([session]);
    expect(next.certificates[0]?.status).toEqual({ state: 'in-progress', percentDone: 65 });
    expect(describeCommand(command, profile)).toBe('logged 50 min of learning on 2026-12-01');
  });

  it('refuses a percent done for a certificate that is not in progress', () => {
    const earned = { ...planned(), log: [], certificates: [{ ...sqlCourse, status: { state: 'earned' as const } }] };
    expect(apply(earned, { type: 'log.add', session, percentDone: 80 })).toMatchObject({ ok: false });
  });

  it('keeps a deleted certificate’s sessions and steps, without the certificate', () => {
    const next = applied(planned(), { type: 'certificate.delete', id: 'c1' });
    expect(next.log[0]).toMatchObject({ minutes: 50, certificateId: null, stepId: 's1' });
    expect(next.plan[0]?.serves).toEqual([{ kind: 'role', id: 'r1' }]);
  });

  it('deletes a target’s plan with it, and keeps the minutes of sessions that served it', () => {
    const next = applied(planned(), { type: 'target.delete', id: 't1' });
    expect(next.plan).toEqual([]);
    expect(next.log[0]).toMatchObject({ minutes: 50, stepId: null });
  });

  it('takes a deleted role out of the steps that named it', () => {
    const next = applied(planned(), { type: 'role.delete', id: 'r1' });
    expect(next.plan[0]?.serves).toEqual([{ kind: 'certificate', id: 'c1' }]);
  });
});
