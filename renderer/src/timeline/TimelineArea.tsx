import type { Profile } from '../../../shared/domain/profile';
import { count } from '../i18n/en/plural';
import { TimelineEmptyState } from './TimelineEmptyState';

const LANES = [
  { id: 'roles', label: 'Roles' },
  { id: 'projects', label: 'Projects' },
  { id: 'learning', label: 'Learning' },
] as const;

/** The years the empty frame shows: the last five and the next one, where a plan would go. */
function frameYears(now: Date): number[] {
  const year = now.getFullYear();
  return Array.from({ length: 6 }, (_, index) => year - 4 + index);
}

export function TimelineArea(props: { profile: Profile | null; onTrySample: () => void; onImport: () => void }) {
  const { profile } = props;
  const isEmpty =
    profile === null || profile.roles.length + profile.projects.length + profile.certificates.length === 0;
  const now = new Date();
  const years = frameYears(now);
  const todayOffset =
    ((now.getFullYear() - (years[0] ?? now.getFullYear())) * 12 + now.getMonth() + 0.5) / (years.length * 12);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__heading-row">
        <h1 id="timeline-heading" className="timeline__heading">
          Career path
        </h1>
        {!isEmpty && (
          <p className="timeline__counts">
            {[
              count(profile.roles.length, 'role'),
              count(profile.projects.length, 'project'),
              count(profile.certificates.length, 'certificate'),
            ].join(' · ')}
          </p>
        )}
      </div>
      <div className="timeline__frame" aria-hidden="true">
        <div className="timeline__axis">
          {years.map((year) => (
            <span key={year} className="timeline__tick">
              {year}
            </span>
          ))}
        </div>
        {LANES.map((lane) => (
          <div key={lane.id} className="timeline__lane">
            <span className="timeline__lane-label">{lane.label}</span>
          </div>
        ))}
        <div className="timeline__today" style={{ left: `${(todayOffset * 100).toFixed(2)}%` }}>
          <span className="timeline__today-label">Today</span>
        </div>
      </div>
      {isEmpty && (
        <TimelineEmptyState loading={profile === null} onTrySample={props.onTrySample} onImport={props.onImport} />
      )}
    </section>
  );
}
