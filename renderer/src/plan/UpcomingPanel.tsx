import { useState } from 'react';
import type { Reminder } from '../../../shared/plan/reminders';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import { useBridgeQuery } from '../ipc/useBridgeQuery';
import './plan.css';

const copy = text.plan.upcoming;

function ReminderList(props: { heading: string; reminders: readonly Reminder[] }) {
  if (props.reminders.length === 0) return null;
  return (
    <div className="upcoming__group">
      <h3 className="upcoming__heading">{props.heading}</h3>
      <ul className="upcoming__list">
        {props.reminders.map((reminder) => (
          <li key={reminder.id} className={`upcoming__item upcoming__item--${reminder.kind}`}>
            <span className="upcoming__day">{formatPartialDate(reminder.day)}</span>
            <span className="upcoming__title">{reminder.title}</span>
            <span className="upcoming__detail">{reminder.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * On launch: what fell due while the app was closed, and what comes in the next two weeks
 * (expiries, step due dates, the target date). Read again after each edit, so a step marked done
 * leaves it; put away for the session with one press.
 */
export function UpcomingPanel(props: { revision: number }) {
  const due = useBridgeQuery((api) => api.readUpcoming({}), props.revision);
  const [hidden, setHidden] = useState(false);
  if (hidden || due.status !== 'ready') return null;
  const { missed, upcoming } = due.value;
  if (missed.length + upcoming.length === 0) return null;
  return (
    <section className="upcoming" aria-label={copy.label}>
      <div className="upcoming__lists">
        <ReminderList heading={copy.missed} reminders={missed} />
        <ReminderList heading={copy.next} reminders={upcoming} />
      </div>
      <button type="button" className="button button--quiet" onClick={() => setHidden(true)}>
        {copy.hide}
      </button>
    </section>
  );
}
