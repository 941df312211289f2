import type { PlanStep, PlanStepStatus } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { Day } from '../domain/refs';
import { compareText } from '../taxonomy/text';
import { daysBetween } from './days';

/** A step due within this many days (today included) is due soon. */
export const DUE_SOON_DAYS = 14;

/** A step still to be worked on: the statuses that are not finished. */
export type OpenStepStatus = Exclude<PlanStepStatus, 'done' | 'dropped'>;

export type StepState = Exclude<PlanStepStatus, OpenStepStatus> | 'overdue' | 'due-soon' | 'upcoming' | 'undated';

export function isOpenStatus(status: PlanStepStatus): status is OpenStepStatus {
  return status === 'todo' || status === 'doing';
}

export function isOpenStep(step: PlanStep): boolean {
  return isOpenStatus(step.status);
}

/** The fields of a new step its caller supplies: its id, the target whose plan it joins and its due day. */
export type StepPlacement = Pick<PlanStep, 'id' | 'targetId' | 'due'>;

/** A step not yet begun; whatever `fields` leaves out starts empty (a hand-written step, a custom one). */
export function newPlanStep(
  placement: StepPlacement,
  fields: Partial<Pick<PlanStep, 'kind' | 'title' | 'skills' | 'serves' | 'findingKeys'>> = {},
): PlanStep {
  return {
    ...placement,
    kind: 'custom',
    title: '',
    skills: [],
    serves: [],
    findingKeys: [],
    ...fields,
    status: 'todo',
    doneOn: null,
    note: '',
  };
}

/**
 * Whether the step holds the day it was done exactly when it is done: the schema cannot say so
 * field by field, so the store checks it and every status change goes through `withStatus`.
 */
export function isDatedAsDone(step: PlanStep): boolean {
  return (step.status === 'done') === (step.doneOn !== null);
}

/**
 * The step with a new status, its done day kept in step: a step already done keeps the day it was
 * done (re-saving it must not move it to today), one newly done is done `today`, any other has none.
 */
export function withStatus(step: PlanStep, status: PlanStepStatus, today: Day): PlanStep {
  return { ...step, status, doneOn: status === 'done' ? (step.doneOn ?? today) : null };
}

/** Where a step stands on `today`: a step due today is due soon, not overdue. */
export function stepState(step: PlanStep, today: Day): StepState {
  if (!isOpenStatus(step.status)) return step.status;
  if (step.due === null) return 'undated';
  const daysLeft = daysBetween(today, step.due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** Open and dated, then open and undated, then finished with (done before dropped). */
function group(step: PlanStep): number {
  if (step.status === 'done') return 2;
  if (step.status === 'dropped') return 3;
  return step.due === null ? 1 : 0;
}

/**
 * A target's steps in the order to work on them: open steps by due date (so the overdue ones,
 * being the earliest, lead), then the undated ones, then the finished ones. Ties keep the order
 * the person gave them.
 */
export function planOf(profile: Profile, targetId: string): PlanStep[] {
  return profile.plan
    .filter((step) => step.targetId === targetId)
    .sort((a, b) => {
      const byGroup = group(a) - group(b);
      if (byGroup !== 0) return byGroup;
      if (a.due === null || b.due === null) return 0;
      return compareText(a.due, b.due);
    });
}
