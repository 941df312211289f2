import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../shared/domain/profile';
import { certificatePace, recentMinutes, remainingHours, stepPace } from '../../../shared/plan/pace';
import { paceSentence } from '../../../shared/plan/plan-text';
import { certificateOf, profileWith, sessionOf, stepOf } from './plan-profile';

const TODAY = '2027-03-10';

/** 40 hours, half done, expected by the end of May 2027. */
const halfDone = certificateOf({
  id: 'cert-ml',
  title: 'Machine Learning',
  status: { state: 'in-progress', percentDone: 50 },
  hours: 40,
  issued: '2027-05',
});

/** 960 minutes in the last four weeks: 240 a week, so the 20 hours left take five weeks (to 14 April). */
const fourWeeks = [
  sessionOf('2027-02-11', 240, { certificateId: 'cert-ml' }), // the window's first day
  sessionOf('2027-02-20', 240, { certificateId: 'cert-ml' }),
  sessionOf('2027-03-01', 240, { certificateId: 'cert-ml' }),
  sessionOf(TODAY, 240, { certificateId: 'cert-ml' }),
  sessionOf('2027-02-10', 600, { certificateId: 'cert-ml' }), // a day too early
  sessionOf('2027-03-11', 600, { certificateId: 'cert-ml' }), // tomorrow
  sessionOf('2027-03-01', 600, { certificateId: 'cert-other' }),
];

function paceOf(certificate: Certificate, log = fourWeeks) {
  return certificatePace(profileWith({ certificates: [certificate], log }), certificate, TODAY);
}

describe('certificatePace', () => {
  it('is finished for an earned certificate, or one at 100 %', () => {
    expect(paceOf(certificateOf({ id: 'cert-ml', hours: 40 }))).toEqual({ kind: 'finished' });
    expect(paceOf({ ...halfDone, status: { state: 'in-progress', percentDone: 100 } })).toEqual({ kind: 'finished' });
    expect(paceSentence({ kind: 'finished' })).toBe('Finished.');
  });

  it('has no estimate without the course’s hours', () => {
    expect(paceOf({ ...halfDone, hours: null })).toEqual({ kind: 'no-estimate' });
    expect(paceOf({ ...halfDone, hours: 0 })).toEqual({ kind: 'no-estimate' });
    expect(paceSentence({ kind: 'no-estimate' })).toBe('Add its estimated hours to see when you would finish.');
  });

  it('has no pace without sessions on it in the last four weeks', () => {
    const elsewhere = fourWeeks.filter((session) => session.certificateId !== 'cert-ml' || session.date < '2027-02-11');
    expect(paceOf(halfDone, elsewhere)).toEqual({ kind: 'no-sessions' });
    expect(paceOf(halfDone, [])).toEqual({ kind: 'no-sessions' });
    expect(paceSentence({ kind: 'no-sessions' })).toMatch(/no pace/);
  });

  it('projects the finish from the last four weeks and is on track before the expected issue date', () => {
    const pace = paceOf(halfDone);
    expect(pace).toEqual({
      kind: 'on-track',
      finish: '2027-04-14',
      deadline: { day: '2027-05-31', of: 'certificate' },
      minutesPerWeek: 240,
      remainingHours: 20,
    });
    expect(paceSentence(pace)).toBe('At this pace you finish around 14 April 2027 — on track.');
  });

  it('is late, in whole weeks, after the expected issue date', () => {
    const pace = paceOf({ ...halfDone, issued: '2027-03' });
    expect(pace).toMatchObject({ kind: 'late', finish: '2027-04-14', weeksLate: 2 });
    expect(paceSentence(pace)).toBe(
      'At this pace you finish around 14 April 2027 — 2 weeks after the expected issue date.',
    );
    // A day late is a week late.
    const dayLate = paceOf({ ...halfDone, issued: '2027-04-13' });
    expect(dayLate).toMatchObject({ kind: 'late', weeksLate: 1 });
    expect(paceSentence(dayLate)).toMatch(/— 1 week after/);
  });

  it('takes a planned certificate as not started, and has no deadline without a date', () => {
    const planned = certificateOf({ id: 'cert-ml', status: { state: 'planned' }, hours: 10, issued: null });
    const pace = paceOf(planned);
    // 600 minutes at 240 a week: 17.5 days, rounded up to the 18th day.
    expect(pace).toEqual({
      kind: 'on-track',
      finish: '2027-03-28',
      deadline: null,
      minutesPerWeek: 240,
      remainingHours: 10,
    });
    expect(paceSentence(pace)).toBe('At this pace you finish around 28 March 2027.');
  });

  it('counts sessions logged on a step that serves the certificate', () => {
    const step = stepOf({ id: 'step-ml', serves: [{ kind: 'certificate', id: 'cert-ml' }] });
    const profile = profileWith({
      certificates: [halfDone],
      plan: [step, stepOf({ id: 'step-other' })],
      log: [
        sessionOf('2027-03-01', 480, { stepId: 'step-ml' }),
        sessionOf('2027-03-02', 480, { stepId: 'step-ml', certificateId: 'cert-ml' }), // counted once
        sessionOf('2027-03-03', 480, { stepId: 'step-other' }),
      ],
    });
    expect(recentMinutes(profile, 'cert-ml', TODAY)).toBe(960);
    expect(certificatePace(profile, halfDone, TODAY)).toMatchObject({ kind: 'on-track', finish: '2027-04-14' });
  });
});

describe('stepPace', () => {
  const profileFor = (due: string | null) => {
    const step = stepOf({
      id: 'step-ml',
      due,
      serves: [
        { kind: 'role', id: 'r' },
        { kind: 'certificate', id: 'cert-ml' },
      ],
    });
    return { step, profile: profileWith({ certificates: [halfDone], plan: [step], log: fourWeeks }) };
  };

  it('holds the projection against the step’s due date', () => {
    const { step, profile } = profileFor('2027-03-24');
    const pace = stepPace(profile, step, TODAY);
    expect(pace).toEqual({
      kind: 'late',
      finish: '2027-04-14',
      deadline: { day: '2027-03-24', of: 'step' },
      weeksLate: 3,
      minutesPerWeek: 240,
      remainingHours: 20,
    });
    expect(pace === null ? '' : paceSentence(pace)).toBe(
      "At this pace you finish around 14 April 2027 — 3 weeks after the step's due date.",
    );
    const onTheDay = profileFor('2027-04-14');
    expect(stepPace(onTheDay.profile, onTheDay.step, TODAY)).toMatchObject({ kind: 'on-track' });
  });

  it('falls back to the expected issue date for an undated step, and is null for a step serving no certificate', () => {
    const { step, profile } = profileFor(null);
    expect(stepPace(profile, step, TODAY)).toMatchObject({ kind: 'on-track', deadline: { of: 'certificate' } });
    expect(stepPace(profile, stepOf({ id: 'x' }), TODAY)).toBeNull();
  });
});

describe('remainingHours', () => {
  it('is hours × (1 − percentDone / 100), 0 once earned and null without an estimate', () => {
    expect(remainingHours(halfDone)).toBe(20);
    expect(remainingHours({ ...halfDone, status: { state: 'in-progress', percentDone: 25 } })).toBe(30);
    expect(remainingHours({ ...halfDone, status: { state: 'planned' } })).toBe(40);
    expect(remainingHours({ ...halfDone, status: { state: 'earned' }, hours: null })).toBe(0);
    expect(remainingHours({ ...halfDone, hours: null })).toBeNull();
  });
});
