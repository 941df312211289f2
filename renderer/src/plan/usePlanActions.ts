import { useMemo } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { isPlanned, stepFromFinding, stepFromNextStep } from '../../../shared/plan/from-lens';
import type { StepPlacement } from '../../../shared/plan/step-state';
import type { ProfileUpdate } from '../profile/useProfile';
import { newId } from '../profile/new-id';
import { useStableHandler } from '../shell/useStableHandler';
import type { PlanActions, PlanSource } from './plan-actions';
import { addDays, lastDayOf, localDay } from '../../../shared/plan/days';

/** A step added from the lens is due in four weeks, or by the target date when that comes sooner. */
const DEFAULT_DAYS_TO_DUE = 28;

function dueFor(profile: Profile, targetId: string, today: string): string {
  const inFourWeeks = addDays(today, DEFAULT_DAYS_TO_DUE);
  const targetDate = profile.targets.find((target) => target.id === targetId)?.targetDate ?? null;
  if (targetDate === null) return inFourWeeks;
  // A month or year target date means its last day; a date already past does not pull the step back.
  const last = lastDayOf(targetDate);
  return last > today && last < inFourWeeks ? last : inFourWeeks;
}

/** "Add to plan" for the findings panel and the details: one command, undone like any other. */
export function usePlanActions(profile: Profile | null, update: ProfileUpdate): PlanActions {
  const targetId = profile?.activeTargetId ?? null;
  // The same handler for the window's life and a value that moves only with the plan: every
  // findings card reads this context, and an edit elsewhere must not redraw them all.
  const add = useStableHandler((source: PlanSource) => {
    if (profile === null || targetId === null) return;
    const placement: StepPlacement = {
      id: newId('step'),
      targetId,
      due: dueFor(profile, targetId, localDay(new Date())),
    };
    const step =
      source.kind === 'next-step'
        ? stepFromNextStep(profile, source.step, placement)
        : stepFromFinding(profile, source.finding, placement);
    void update((api) => api.executeCommand({ command: { type: 'plan.add', step } }));
  });
  const plan = profile?.plan;
  return useMemo(
    () => ({
      addToPlan: targetId === null ? null : add,
      isPlanned: (keys: readonly string[]) =>
        plan !== undefined && targetId !== null && isPlanned(plan, targetId, keys),
    }),
    [add, plan, targetId],
  );
}
