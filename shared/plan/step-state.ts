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
