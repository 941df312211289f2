import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../../electron/main/plan/calendar';
import { certificateOf, inTimeZone, profileWith, stepOf, TIME_ZONES, targetOf } from './plan-profile';

const profile = profileWith({
  certificates: [
    certificateOf({ id: 'cert-aws', title: 'AWS Cloud Practitioner', expires: '2027-11' }),
    certificateOf({ id: 'cert-scrum', title: 'Scrum Master', expires: '2027-03-29' }),
    certificateOf({ id: 'cert-planned', status: { state: 'planned' }, expires: '2028' }),
  ],
  plan: [
    stepOf({ id: 'interviews', title: 'Run five interviews', due: '2027-03-28' }),
    stepOf({ id: 'portfolio', title: 'Portfolio case study', due: '2027-11-07', status: 'doing' }),
    stepOf({ id: 'done', due: '2027-02-01', status: 'done', doneOn: '2027-02-01' }),
    stepOf({ id: 'undated' }),
  ],
  targets: [
    targetOf({ id: 'target-1', title: 'UX Researcher', targetDate: '2027-10' }),
    targetOf({ id: 'target-2', title: 'Product Manager', targetDate: '2028' }),
    targetOf({ id: 'target-3', title: 'Someday' }),
  ],
});

interface ReadEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
}

/** The events as a second, independent parser reads them. */
function readBack(text: string): ReadEvent[] {
  const calendar = ICAL.Component.fromString(text);
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) throw new Error('An event without dates');
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      end: end.toString(),
      allDay: start.isDate && end.isDate,
    };
  });
}

describe('planCalendar', () => {
  it('writes all-day events on the plan’s own days, with stable UIDs, in every time zone', () => {
    const byZone = TIME_ZONES.map((zone) => inTimeZone(zone, () => readBack(planCalendar(profile).text)));
    expect(byZone[0]).toEqual(byZone[1]);
    expect(byZone[0]).toEqual([
      {
        uid: 'step-interviews@throughline',
        summary: 'Due: Run five interviews',
        start: '2027-03-28',
        end: '2027-03-29',
        allDay: true,
      },
      {
        uid: 'step-portfolio@throughline',
        summary: 'Due: Portfolio case study',
        start: '2027-11-07',
        end: '2027-11-08',
        allDay: true,
      },
      {
        uid: 'target-target-1@throughline',
        summary: 'Target date: UX Researcher',
        start: '2027-10-31',
        end: '2027-11-01',
        allDay: true,
      },
      {
        uid: 'target-target-2@throughline',
        summary: 'Target date: Product Manager',
        start: '2028-12-31',
        end: '2029-01-01',
        allDay: true,
      },
      {
        uid: 'expiry-cert-aws@throughline',
        summary: 'AWS Cloud Practitioner expires',
        start: '2027-11-30',
        end: '2027-12-01',
        allDay: true,
      },
      {
        uid: 'renew-cert-aws@throughline',
        summary: 'Renew AWS Cloud Practitioner by 30 November 2027',
        start: '2027-10-31',
        end: '2027-11-01',
        allDay: true,
      },
      {
        uid: 'expiry-cert-scrum@throughline',
        summary: 'Scrum Master expires',
        start: '2027-03-29',
        end: '2027-03-30',
        allDay: true,
      },
      {
        uid: 'renew-cert-scrum@throughline',
        summary: 'Renew Scrum Master by 29 March 2027',
        start: '2027-02-27',
        end: '2027-02-28',
        allDay: true,
      },
    ]);
    expect(planCalendar(profile).events).toBe(8);
  });

  it('writes the same UIDs each time, so a calendar updates its events on a second import', () => {
    const uids = (text: string) => readBack(text).map((event) => event.uid);
    expect(uids(planCalendar(profile).text)).toEqual(uids(planCalendar(structuredClone(profile)).text));
  });

  it('names the calendar and writes a valid empty one for an empty plan', () => {
    const empty = planCalendar(profileWith());
    expect(empty.events).toBe(0);
    const calendar = ICAL.Component.fromString(empty.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Throughline plan');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
