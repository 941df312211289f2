import { createEvents, type EventAttributes } from 'ics';
import type { Profile } from '../../../shared/domain/profile';
import type { Day } from '../../../shared/domain/refs';
import { addDays, dayTriple, lastDayOf } from '../../../shared/plan/days';
import { CALENDAR_TEXT } from '../../../shared/plan/plan-text';
import { isOpenStep } from '../../../shared/plan/step-state';

/** How long before an expiry the separate "Renew … by …" event sits. */
export const RENEW_LEAD_DAYS = 30;

/**
 * One all-day event on `day`. The date goes in as the day's own [year, month, day], which ics
 * writes as `VALUE=DATE`: built from a Date it would be an instant, and could land on another day
 * in the calendar's time zone. DTEND is the next day, as RFC 5545 ends an all-day event.
 */
function allDay(uid: string, day: Day, title: string, description?: string): EventAttributes {
  return {
    uid: `${uid}@throughline`,
    start: dayTriple(day),
    end: dayTriple(addDays(day, 1)),
    title,
    ...(description === undefined ? {} : { description }),
    // A deadline does not fill the day: free time stays free in the person's calendar.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  };
}

function stepEvents(profile: Profile): EventAttributes[] {
  return profile.plan.flatMap((step) => {
    if (step.due === null || !isOpenStep(step)) return [];
    const target = profile.targets.find((candidate) => candidate.id === step.targetId);
    return [
      allDay(
        `step-${step.id}`,
        step.due,
        CALENDAR_TEXT.stepDue(step.title),
        CALENDAR_TEXT.stepDescription(target?.title ?? null),
      ),
    ];
  });
}

function targetEvents(profile: Profile): EventAttributes[] {
  return profile.targets.flatMap((target) =>
    target.targetDate === null
      ? []
      : [allDay(`target-${target.id}`, lastDayOf(target.targetDate), CALENDAR_TEXT.targetDate(target.title))],
  );
}

/**
 * The expiry, and a separate event 30 days before it: calendar apps drop the alarms of an imported
 * file, so a renewal that needs lead time gets a day of its own.
 */
function renewalEvents(profile: Profile): EventAttributes[] {
  return profile.certificates.flatMap((certificate) => {
    if (certificate.expires === null || certificate.status.state !== 'earned') return [];
    const lastValidDay = lastDayOf(certificate.expires);
    return [
      allDay(`expiry-${certificate.id}`, lastValidDay, CALENDAR_TEXT.expiry(certificate.title)),
      allDay(
        `renew-${certificate.id}`,
        addDays(lastValidDay, -RENEW_LEAD_DAYS),
        CALENDAR_TEXT.renew(certificate.title, lastValidDay),
        CALENDAR_TEXT.renewDescription(certificate.title, certificate.expires),
      ),
    ];
  });
}

export interface PlanCalendar {
  text: string;
  events: number;
}

/**
 * The plan's open steps, every target's date and the earned certificates' expiries and renewals
 * as an iCalendar file. UIDs are stable (`<kind>-<id>@throughline`), so importing it again updates
 * the events rather than doubling them.
 */
export function planCalendar(profile: Profile): PlanCalendar {
  const events = [...stepEvents(profile), ...targetEvents(profile), ...renewalEvents(profile)];
  const { error, value } = createEvents(events, { productId: '-//Throughline//Plan//EN', calName: CALENDAR_TEXT.name });
  if (error !== null || value === null) throw error ?? new Error('The calendar could not be written.');
  return { text: value, events: events.length };
}
