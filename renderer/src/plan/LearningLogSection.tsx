import { useId, useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import { studyDays, weeklyHours, WEEKS_FOR_MONTHS } from '../../../shared/plan/learning-log';
import { certificatePace } from '../../../shared/plan/pace';
import { paceSentence } from '../../../shared/plan/plan-text';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import type { ProfileUpdate } from '../profile/useProfile';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { StudyHeatmap } from './StudyHeatmap';
import { WeeklyHoursChart } from './WeeklyHoursChart';

const copy = text.plan.log;
const RECENT = 5;

/** The log: the weekly goal, hours per week against it, the pace of courses under way, the latest sessions. */
export function LearningLogSection(props: {
  profile: Profile;
  today: string;
  update: ProfileUpdate;
  onLog: () => void;
}) {
  const { profile, today } = props;
  const [months, setMonths] = useState<6 | 12>(6);
  const weeks = weeklyHours(profile, today, WEEKS_FOR_MONTHS[months]);
  const underway = profile.certificates.filter((certificate) => certificate.status.state === 'in-progress');
  const recent = [...profile.log].sort((a, b) => b.date.localeCompare(a.date)).slice(0, RECENT);
  const titleOf = new Map(profile.certificates.map((certificate) => [certificate.id, certificate.title]));
  const headingId = useId();
  const rangeId = useId();

  return (
    <section className="tv-card learning-log" aria-labelledby={headingId}>
      <div className="plan-section__top">
        <h3 id={headingId} className="tv-card__heading">
          {copy.heading}
        </h3>
        <button type="button" className="button" onClick={props.onLog}>
          {copy.button}
        </button>
      </div>
      <p className="tv-card__lead">{copy.lead}</p>
      <div className="learning-log__controls">
        <WeeklyGoal profile={profile} update={props.update} />
        <div className="field">
          <label htmlFor={rangeId} className="field__label">
            {text.plan.chart.range}
          </label>
          <select
            id={rangeId}
            className="field__input"
            value={months}
            onChange={(event) => setMonths(event.target.value === '12' ? 12 : 6)}
          >
            <option value={6}>{text.plan.chart.months(6)}</option>
            <option value={12}>{text.plan.chart.months(12)}</option>
          </select>
        </div>
      </div>
      <WeeklyHoursChart weeks={weeks} goal={profile.settings.weeklyGoalHours} />
      <StudyHeatmap days={studyDays(profile, today, WEEKS_FOR_MONTHS[months])} />
      {underway.length > 0 && (
        <ul className="learning-log__pace">
          {underway.map((certificate) => (
            <li key={certificate.id}>
              <span className="learning-log__course">{certificate.title}</span>{' '}
              {paceSentence(certificatePace(profile, certificate, today))}
            </li>
          ))}
        </ul>
      )}
      <h4 className="learning-log__subheading">{copy.recent}</h4>
      {recent.length === 0 ? (
        <p className="muted">{copy.nothing}</p>
      ) : (
        <ul className="learning-log__sessions">
          {recent.map((session) => (
            <li key={session.id} className="learning-log__session">
              <span>{formatPartialDate(session.date)}</span>
              <span>{copy.minutesText(session.minutes)}</span>
              <span className="learning-log__what">
                {[session.what, session.certificateId === null ? '' : (titleOf.get(session.certificateId) ?? '')]
                  .filter((part) => part !== '')
                  .join(' · ')}
              </span>
              <button
                type="button"
                className="chip-button"
                onClick={() =>
                  void props.update((api) => api.executeCommand({ command: { type: 'log.delete', id: session.id } }))
                }
              >
                {copy.removeSession}
                <span className="visually-hidden">: {formatPartialDate(session.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReminderSettingsForm />
    </section>
  );
}

function WeeklyGoal(props: { profile: Profile; update: ProfileUpdate }) {
  const saved = props.profile.settings.weeklyGoalHours;
  const [hours, setHours] = useState(saved === null ? '' : String(saved));
  const id = useId();
  const value = hours.trim() === '' ? null : Number(hours);
  const valid = value === null || (Number.isFinite(value) && value >= 0.5 && value <= 80);
  return (
    <form
      className="learning-log__goal"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid || value === saved) return;
        const settings = { ...props.profile.settings, weeklyGoalHours: value };
        void props.update((api) => api.executeCommand({ command: { type: 'settings.update', settings } }));
      }}
    >
      <div className="field">
        <label htmlFor={id} className="field__label">
          {copy.goal}
        </label>
        <input
          id={id}
          type="number"
          min={0.5}
          max={80}
          step={0.5}
          className="field__input learning-log__goal-input"
          value={hours}
          aria-invalid={!valid}
          onChange={(event) => setHours(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--quiet" disabled={!valid || value === saved}>
        {copy.goalSave}
      </button>
    </form>
  );
}
