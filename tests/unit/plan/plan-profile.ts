import { newCertificate } from '../../../shared/domain/entries';
import type { LearningSession, PlanStep } from '../../../shared/domain/plan';
import { emptyProfile, type Certificate, type Profile, type TargetRole } from '../../../shared/domain/profile';

/** A todo step of target-1 with nothing but what a test names. */
export const stepOf = (fields: Partial<PlanStep> & Pick<PlanStep, 'id'>): PlanStep => ({
  targetId: 'target-1',
  kind: 'learn',
  title: `Step ${fields.id}`,
  skills: [],
  serves: [],
  findingKeys: [],
  due: null,
  status: 'todo',
  doneOn: null,
  note: '',
  ...fields,
});

let sessions = 0;

/** A session of `minutes` on `date`, serving nothing unless the test says so. */
export const sessionOf = (date: string, minutes: number, fields: Partial<LearningSession> = {}): LearningSession => ({
  id: `session-${++sessions}`,
  date,
  minutes,
  what: '',
  certificateId: null,
  skill: null,
  stepId: null,
  ...fields,
});

export const certificateOf = (fields: Partial<Certificate> & Pick<Certificate, 'id'>): Certificate =>
  newCertificate({ title: `Course ${fields.id}`, provider: 'Coursera', ...fields });

export const targetOf = (fields: Partial<TargetRole> & Pick<TargetRole, 'id'>): TargetRole => ({
  title: `Target ${fields.id}`,
  occupationId: null,
  skills: [],
  paceOverride: null,
  targetDate: null,
  posting: null,
  ...fields,
});

/** An empty profile with target-1 active and whatever else the test gives it. */
export function profileWith(fields: Partial<Profile> = {}, goalHours: number | null = null): Profile {
  const empty = emptyProfile();
  return {
    ...empty,
    targets: [targetOf({ id: 'target-1' })],
    activeTargetId: 'target-1',
    settings: { ...empty.settings, weeklyGoalHours: goalHours },
    ...fields,
  };
}

/**
 * Runs `body` with the process in the time zone `zone`, and puts the previous one back. Node reads
 * TZ again whenever it changes, so Dates made inside see the zone's DST rules.
 */
export function inTimeZone<T>(zone: string, body: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

/** Two zones whose DST changes fall on different days (28 March / 31 October 2027 and 14 March / 7 November 2027). */
export const TIME_ZONES = ['Europe/Berlin', 'America/New_York'] as const;
