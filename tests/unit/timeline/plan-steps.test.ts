import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/profile';
import { buildTimelineModel, createModelCache, dayPosition } from '../../../renderer/src/timeline/model';
import { createPlacer, navigate, placeItems } from '../../../renderer/src/timeline/placement';
import { describeStep } from '../../../renderer/src/timeline/describe';
import { roleOf } from '../../support/certificates';
import { certificateOf, profileWith, stepOf, targetOf } from '../plan/plan-profile';
import { testScales } from '../../support/timeline-scales';

/** Noon on 15 January 2025 where the tests run: the timeline reads today as the local day. */
const NOW = new Date(2025, 0, 15, 12);
const NOW_MONTH = 2025 * 12 + 15 / 31;

/** The plot runs to the end of 2027. */
const scales = testScales(960);

/** A data-analyst move with a target date and a plan: one step overdue, one ahead, one done, one for another target. */
function planned(fields: Partial<Profile> = {}): Profile {
  return profileWith({
    roles: [roleOf({ id: 'role-1', title: 'Operations analyst', start: '2021-02' })],
    targets: [targetOf({ id: 'target-1', title: 'Data analyst', targetDate: '2026-09' }), targetOf({ id: 'other' })],
    plan: [
      stepOf({ id: 'late', title: 'Finish the SQL course', due: '2024-12-20' }),
      stepOf({ id: 'ahead', title: 'Build a sales dashboard', due: '2025-06-01', status: 'doing' }),
      stepOf({ id: 'done', title: 'Read the job ads', due: '2025-03-01', status: 'done', doneOn: '2025-01-10' }),
      stepOf({ id: 'dropped', title: 'Learn R', due: '2025-04-01', status: 'dropped' }),
      stepOf({ id: 'undated', title: 'Someday', due: null }),
      stepOf({ id: 'elsewhere', targetId: 'other', due: '2025-02-01' }),
    ],
    ...fields,
  });
}

describe('plan steps in the model', () => {
  it("draw the active target's open dated steps, by due day, in a plan lane below learning", () => {
    const model = buildTimelineModel(planned(), [], NOW);
    expect(model.steps.map((step) => [step.id, step.state, step.status])).toEqual([
      ['late', 'overdue', 'todo'],
      ['ahead', 'upcoming', 'doing'],
    ]);
    expect(model.lanes.map((lane) => lane.id)).toEqual(['roles', 'projects', 'learning', 'plan']);
    const plan = model.lanes[3];
    expect(plan).toEqual({ id: 'plan', firstRow: model.rowCount - 1, rows: 1 });
    expect(model.steps.every((step) => step.row === plan?.firstRow)).toBe(true);
  });

  it('put a step due today on the Today line, and an overdue one before it', () => {
    const model = buildTimelineModel(planned({ plan: [stepOf({ id: 'today', due: '2025-01-15' })] }), [], NOW);
    expect(model.steps[0]?.at).toBeCloseTo(model.now, 9);
    expect(model.steps[0]?.state).toBe('due-soon');
    const overdue = buildTimelineModel(planned(), [], NOW).steps[0];
    expect(overdue?.at).toBeLessThan(model.now);
    expect(overdue?.at).toBe(dayPosition('2024-12-20'));
  });

  it('leave the plan lane out when nothing open is dated, or no target is active', () => {
    const noDates = buildTimelineModel(planned({ plan: [stepOf({ id: 'undated' })] }), [], NOW);
    expect(noDates.lanes.map((lane) => lane.id)).toEqual(['roles', 'projects', 'learning']);
    expect(noDates.steps).toEqual([]);
    const noTarget = buildTimelineModel(planned({ activeTargetId: null }), [], NOW);
    expect(noTarget.steps).toEqual([]);
    expect(noTarget.target).toBeNull();
    expect(noTarget.rowCount).toBe(noDates.rowCount);
  });

  it("mark the active target's date at the last day it covers", () => {
    const model = buildTimelineModel(planned(), [], NOW);
    expect(model.target).toEqual({
      id: 'target-1',
      title: 'Data analyst',
      date: '2026-09',
      at: dayPosition('2026-09-30'),
    });
  });

  it('stretch the whole-career extent to the target date and the last step due', () => {
    const withoutPlan = buildTimelineModel(planned({ activeTargetId: null }), [], NOW);
    expect(withoutPlan.extent.to).toBe(Math.ceil(NOW_MONTH) + 6);
    const withTarget = buildTimelineModel(planned(), [], NOW);
    expect(withTarget.extent.to).toBe(Math.ceil(dayPosition('2026-09-30')) + 6);
    const lateStep = buildTimelineModel(planned({ plan: [stepOf({ id: 'after', due: '2027-03-10' })] }), [], NOW);
    expect(lateStep.extent.to).toBe(Math.ceil(dayPosition('2027-03-10')) + 6);
    // An overdue step older than the career pulls the start back too.
    const old = buildTimelineModel(planned({ plan: [stepOf({ id: 'old', due: '2019-05-01' })] }), [], NOW);
    expect(old.extent.from).toBe(Math.floor(dayPosition('2019-05-01')) - 3);
  });

  it('draw planned and in-progress learning expected after today as intent', () => {
    const model = buildTimelineModel(
      planned({
        certificates: [
          certificateOf({ id: 'soon', issued: '2025-08', status: { state: 'in-progress', percentDone: 40 } }),
          certificateOf({ id: 'plan', issued: '2026-02', status: { state: 'planned' } }),
          certificateOf({ id: 'past', issued: '2024-08', status: { state: 'in-progress', percentDone: 90 } }),
          certificateOf({ id: 'earned', issued: '2024-02' }),
        ],
      }),
      [],
      NOW,
    );
    const future = Object.fromEntries(model.markers.map((marker) => [marker.id, marker.future]));
    expect(future).toEqual({ soon: true, plan: true, past: false, earned: false });
  });
});

describe('an edit and the plan', () => {
  it('keeps the steps list when the plan is untouched, and every unchanged step when one is edited', () => {
    const cache = createModelCache();
    const profile = planned();
    const first = buildTimelineModel(profile, [], NOW, cache);
    const roleEdit = buildTimelineModel(
      { ...profile, roles: [{ ...profile.roles[0]!, title: 'Senior operations analyst' }] },
      [],
      NOW,
      cache,
    );
    expect(roleEdit.steps).toBe(first.steps);
    expect(roleEdit.target).toBe(first.target);

    const plan = profile.plan.map((step) =>
      step.id === 'ahead' ? { ...step, title: 'Build a churn dashboard' } : step,
    );
    const stepEdit = buildTimelineModel({ ...profile, plan }, [], NOW, cache);
    expect(stepEdit.steps).not.toBe(first.steps);
    expect(stepEdit.steps[0]).toBe(first.steps[0]);
    expect(stepEdit.steps[1]?.title).toBe('Build a churn dashboard');
  });

  it('keeps the placed steps and the rest of the layout when an edit leaves them alone', () => {
    const cache = createModelCache();
    const place = createPlacer();
    const profile = planned();
    const first = place(buildTimelineModel(profile, [], NOW, cache), scales);
    const plan = profile.plan.map((step) =>
      step.id === 'ahead' ? { ...step, title: 'Build a churn dashboard' } : step,
    );
    const second = place(buildTimelineModel({ ...profile, plan }, [], NOW, cache), scales);
    expect(second.bars).toBe(first.bars);
    expect(second.steps[0]).toBe(first.steps[0]);
    expect(second.steps[1]).not.toBe(first.steps[1]);
    expect(second.steps[1]?.caption).toBe('Build a churn dashboard');
  });
});

describe('plan steps placed', () => {
  it('stand mid-row in the plan lane at their due days, captioned where there is room', () => {
    const model = buildTimelineModel(planned(), [], NOW);
    const placement = placeItems(model, scales);
    const planTop = scales.rowTop(model.lanes[3]!.firstRow);
    expect(placement.steps.map((step) => [step.key, step.cx, step.cy])).toEqual([
      ['step:late', scales.x(dayPosition('2024-12-20')), planTop + 15],
      ['step:ahead', scales.x(dayPosition('2025-06-01')), planTop + 15],
    ]);
    // Five months (54 px) to the next step: not even a word fits, so no caption.
    expect(placement.steps[0]?.caption).toBe('');
    expect(placement.steps[1]?.caption).toBe('Build a sales dashboard');
  });

  it('are reached with the arrow keys: down from learning, and along their lane', () => {
    const profile = planned({ certificates: [certificateOf({ id: 'sql', issued: '2024-11' })] });
    const placement = placeItems(buildTimelineModel(profile, [], NOW), scales);
    expect(placement.nav.filter((node) => node.lane === 4).map((node) => node.key)).toEqual([
      'step:late',
      'step:ahead',
    ]);
    expect(navigate(placement.nav, 'certificate:sql', 'down')).toBe('step:late');
    expect(navigate(placement.nav, 'step:late', 'next')).toBe('step:ahead');
    expect(navigate(placement.nav, 'step:ahead', 'up')).toBe('certificate:sql');
    expect(navigate(placement.nav, 'step:ahead', 'down')).toBe('step:ahead');
  });

  it('tell a screen reader what they are, when they are due and that one is late', () => {
    const [late, ahead] = buildTimelineModel(planned(), [], NOW).steps;
    expect(describeStep(late!)).toMatch(/^Plan step: Finish the SQL course, due .*20.*2024, overdue$/);
    expect(describeStep(ahead!)).toMatch(/^Plan step: Build a sales dashboard, due .*2025, under way$/);
  });
});
