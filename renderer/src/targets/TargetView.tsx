import { useId, useMemo, useState } from 'react';
import { activeTarget } from '../../../shared/domain/entries';
import type { Profile } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import { PlanSection } from '../plan/PlanSection';
import { ClosestToReady } from '../posting/ClosestToReady';
import { PostingDialog } from '../posting/PostingDialog';
import { PostingSummary } from '../posting/PostingSummary';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { entityIndex } from './entities';
import { TargetComparison } from './TargetComparison';
import { TargetPanel } from './TargetPanel';
import type { ProfileUpdate as Update } from '../profile/useProfile';
import './target-view.css';

export const TARGET_VIEW_HEADING_ID = 'target-view-heading';

/**
 * The target screen: choose the active target, see the evidence behind each of its skills and
 * the certificates to show first, and compare it with a second target side by side.
 */
export function TargetView(props: {
  profile: Profile;
  /** The profile revision: every analysis is read again when it moves. */
  revision: number;
  update: Update;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onManageTargets: () => void;
  /** The lens's findings as shown now, or null while they are read: the plan shows which it closes. */
  findings: readonly Finding[] | null;
}) {
  const { profile } = props;
  const [compareId, setCompareId] = useState<string | null>(null);
  const [fromPosting, setFromPosting] = useState(false);
  const activeId = useId();
  const compareSelectId = useId();
  const entities = useMemo(() => entityIndex(profile), [profile]);
  const active = activeTarget(profile);
  const second =
    active === null
      ? null
      : (profile.targets.find((target) => target.id === compareId && target.id !== active.id) ?? null);
  const others = profile.targets.filter((target) => target.id !== active?.id);
  const hasPostings = profile.targets.some((target) => target.posting !== null);

  return (
    <section className="target-view" aria-labelledby={TARGET_VIEW_HEADING_ID}>
      <header className="target-view__header">
        <div className="target-view__intro">
          <h1 id={TARGET_VIEW_HEADING_ID} className="target-view__heading">
            {text.targets.heading}
          </h1>
          <p className="target-view__lead">{text.targets.lead}</p>
        </div>
        {profile.targets.length > 0 && (
          <div className="target-view__controls">
            <div className="field target-view__field">
              <label htmlFor={activeId} className="field__label">
                {text.targets.activeLabel}
              </label>
              <select
                id={activeId}
                className="field__input"
                value={active?.id ?? ''}
                onChange={(event) => {
                  const id = event.target.value;
                  if (id !== '')
                    void props.update((api) => api.executeCommand({ command: { type: 'target.setActive', id } }));
                }}
              >
                {active === null && <option value="">{text.targets.noActiveTitle}</option>}
                {profile.targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.title}
                  </option>
                ))}
              </select>
            </div>
            {active !== null && others.length > 0 && (
              <div className="field target-view__field">
                <label htmlFor={compareSelectId} className="field__label">
                  {text.targets.compareLabel}
                </label>
                <select
                  id={compareSelectId}
                  className="field__input"
                  value={second?.id ?? ''}
                  onChange={(event) => setCompareId(event.target.value === '' ? null : event.target.value)}
                >
                  <option value="">{text.targets.compareNone}</option>
                  {others.map((target) => (
                    <option key={target.id} value={target.id}>
                      {target.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="button" className="button button--quiet" onClick={props.onManageTargets}>
              {text.targets.manage}
            </button>
          </div>
        )}
      </header>
      {profile.targets.length === 0 ? (
        <div className="target-view__empty">
          <h2 className="target-view__empty-title">{text.targets.emptyTitle}</h2>
          <p className="muted">{text.targets.emptyLead}</p>
          <div className="target-view__empty-actions">
            <button type="button" className="button" onClick={props.onManageTargets}>
              {text.targets.emptyAction}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setFromPosting(true)}>
              {text.posting.fromPosting}
            </button>
          </div>
        </div>
      ) : active === null ? (
        <div className="target-view__empty">
          <h2 className="target-view__empty-title">{text.targets.noActiveTitle}</h2>
          <p className="muted">{text.targets.noActiveLead}</p>
        </div>
      ) : second === null ? (
        <>
          {hasPostings && (
            // Beside the posting, the other postings ranked: where a person choosing which to apply for reads the fit.
            <div className="target-view__posting">
              {active.posting !== null && <PostingSummary title={active.title} posting={active.posting} />}
              <ClosestToReady revision={props.revision} activeTargetId={active.id} update={props.update} />
            </div>
          )}
          <TargetPanel
            key={active.id}
            profile={profile}
            target={active}
            revision={props.revision}
            entities={entities}
            selection={props.selection}
            onSelect={props.onSelect}
          />
          <PlanSection profile={profile} target={active} findings={props.findings} update={props.update} />
        </>
      ) : (
        <TargetComparison
          profile={profile}
          first={active}
          second={second}
          revision={props.revision}
          entities={entities}
          selection={props.selection}
          onSelect={props.onSelect}
        />
      )}
      <PostingDialog
        open={fromPosting}
        onClose={() => setFromPosting(false)}
        onSaved={() => setFromPosting(false)}
        update={props.update}
      />
    </section>
  );
}
