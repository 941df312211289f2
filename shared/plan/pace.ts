import type { PlanStep } from '../domain/plan';
import type { Certificate, Profile } from '../domain/profile';
import type { Day } from '../domain/refs';
import { addDays, daysBetween, lastDayOf } from './days';

/** The pace is what the last four weeks of the log show: long enough to smooth a busy week. */
export const PACE_WINDOW_DAYS = 28;

/** What the projection is held against: the step's due date, or the certificate's expected issue date. */
export interface PaceDeadline {
  day: Day;
  of: 'step' | 'certificate';
}

interface Projection {
  /** The day the remaining hours are done at this pace. */
  finish: Day;
  minutesPerWeek: number;
  remainingHours: number;
}

export type Pace =
  | { kind: 'finished' }
  /** Nothing logged on it in the last four weeks: there is no pace to project. */
  | { kind: 'no-sessions' }
  /** No estimate of its hours, so nothing to divide by the pace. */
  | { kind: 'no-estimate' }
  | ({ kind: 'on-track'; deadline: PaceDeadline | null } & Projection)
  | ({ kind: 'late'; deadline: PaceDeadline; weeksLate: number } & Projection);

/** The steps whose work counts towards the certificate: those that serve it. */
function stepIdsServing(profile: Profile, certificateId: string): Set<string> {
  return new Set(
    profile.plan
      .filter((step) => step.serves.some((ref) => ref.kind === 'certificate' && ref.id === certificateId))
      .map((step) => step.id),
  );
}

/** Minutes logged on the certificate (directly, or through a step serving it) in the window ending `today`. */
export function recentMinutes(profile: Profile, certificateId: string, today: Day): number {
  const from = addDays(today, 1 - PACE_WINDOW_DAYS);
  const steps = stepIdsServing(profile, certificateId);
  let minutes = 0;
  for (const session of profile.log) {
    if (session.date < from || session.date > today) continue;
    if (session.certificateId === certificateId || (session.stepId !== null && steps.has(session.stepId)))
      minutes += session.minutes;
  }
  return minutes;
}

/** The hours left, or null when there is nothing to go on (no estimate). Earned is 0. */
export function remainingHours(certificate: Certificate): number | null {
  if (certificate.status.state === 'earned') return 0;
  const percentDone = certificate.status.state === 'in-progress' ? certificate.status.percentDone : 0;
  if (percentDone >= 100) return 0;
  // An estimate of 0 hours says nothing about a course that is not finished.
  if (certificate.hours === null || certificate.hours === 0) return null;
  return certificate.hours * (1 - percentDone / 100);
}

function deadlineOf(certificate: Certificate, step: PlanStep | undefined): PaceDeadline | null {
  if (step !== undefined && step.due !== null) return { day: step.due, of: 'step' };
  // An expected issue date of "2027-03" is met by any day of March.
  if (certificate.issued !== null && certificate.status.state !== 'earned')
    return { day: lastDayOf(certificate.issued), of: 'certificate' };
  return null;
}

/**
 * When the certificate would be finished at the pace of the last four weeks, held against the
 * step's due date when a step is given (and dated), else against the certificate's expected issue
 * date. Late by part of a week counts as a week late.
 */
export function certificatePace(profile: Profile, certificate: Certificate, today: Day, step?: PlanStep): Pace {
  const remaining = remainingHours(certificate);
  if (remaining === 0) return { kind: 'finished' };
  if (remaining === null) return { kind: 'no-estimate' };
  const minutesPerWeek = recentMinutes(profile, certificate.id, today) / (PACE_WINDOW_DAYS / 7);
  if (minutesPerWeek === 0) return { kind: 'no-sessions' };
  const finish = addDays(today, Math.ceil(((remaining * 60) / minutesPerWeek) * 7));
  const projection = { finish, minutesPerWeek, remainingHours: remaining };
  const deadline = deadlineOf(certificate, step);
  const daysLate = deadline === null ? 0 : daysBetween(deadline.day, finish);
  if (deadline === null || daysLate <= 0) return { kind: 'on-track', deadline, ...projection };
  return { kind: 'late', deadline, weeksLate: Math.ceil(daysLate / 7), ...projection };
}

/** The certificate a step works towards: the first one it serves. */
export function certificateOfStep(profile: Profile, step: PlanStep): Certificate | undefined {
  const ref = step.serves.find((served) => served.kind === 'certificate');
  return ref === undefined ? undefined : profile.certificates.find((certificate) => certificate.id === ref.id);
}

/** The pace of the certificate a step serves, against the step's due date; null when it serves none. */
export function stepPace(profile: Profile, step: PlanStep, today: Day): Pace | null {
  const certificate = certificateOfStep(profile, step);
  return certificate === undefined ? null : certificatePace(profile, certificate, today, step);
}
