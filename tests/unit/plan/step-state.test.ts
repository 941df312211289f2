import { describe, expect, it } from 'vitest';
import { planOf, stepState } from '../../../shared/plan/step-state';
import { profileWith, stepOf } from './plan-profile';

const TODAY = '2027-03-10';

describe('stepState', () => {
  it('reads a step against today', () => {
    expect(stepState(stepOf({ id: 'a', due: '2027-03-09' }), TODAY)).toBe('overdue');
    expect(stepState(stepOf({ id: 'a', due: '2027-03-10' }), TODAY)).toBe('due-soon');
    expect(stepState(stepOf({ id: 'a', due: '2027-03-24' }), TODAY)).toBe('due-soon');
    expect(stepState(stepOf({ id: 'a', due: '2027-03-25' }), TODAY)).toBe('upcoming');
    expect(stepState(stepOf({ id: 'a', due: null, status: 'doing' }), TODAY)).toBe('undated');
  });

  it('says done or dropped whatever the date', () => {
    expect(stepState(stepOf({ id: 'a', due: '2027-01-01', status: 'done', doneOn: '2027-01-02' }), TODAY)).toBe('done');
    expect(stepState(stepOf({ id: 'a', due: '2027-01-01', status: 'dropped' }), TODAY)).toBe('dropped');
  });
});

describe('planOf', () => {
  it('lists a target’s steps: overdue first, then by due date, undated, and the finished ones last', () => {
    const profile = profileWith({
      plan: [
        stepOf({ id: 'done', due: '2027-02-01', status: 'done', doneOn: '2027-02-01' }),
        stepOf({ id: 'undated-1' }),
        stepOf({ id: 'later', due: '2027-06-01' }),
        stepOf({ id: 'other-target', targetId: 'target-2', due: '2027-01-01' }),
        stepOf({ id: 'dropped', due: '2027-01-15', status: 'dropped' }),
        stepOf({ id: 'overdue', due: '2027-03-01', status: 'doing' }),
        stepOf({ id: 'soon', due: '2027-03-12' }),
        stepOf({ id: 'undated-2', status: 'doing' }),
        stepOf({ id: 'overdue-longer', due: '2027-02-20' }),
      ],
    });
    const plan = planOf(profile, 'target-1');
    expect(plan.map((step) => step.id)).toEqual([
      'overdue-longer',
      'overdue',
      'soon',
      'later',
      'undated-1',
      'undated-2',
      'done',
      'dropped',
    ]);
    expect(plan.map((step) => stepState(step, TODAY))).toEqual([
      'overdue',
      'overdue',
      'due-soon',
      'upcoming',
      'undated',
      'undated',
      'done',
      'dropped',
    ]);
  });

  it('is empty for a target without steps', () => {
    expect(planOf(profileWith({ plan: [stepOf({ id: 'a' })] }), 'target-2')).toEqual([]);
  });
});
