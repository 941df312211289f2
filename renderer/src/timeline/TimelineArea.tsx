import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import { monthIndex } from '../../../shared/domain/months';
import { parseRefKey } from '../../../shared/domain/refs';
import { text } from '../i18n/text';
import { selectionKey, type Selection } from '../shell/selection';
import { ClusterPopover } from './ClusterPopover';
import { createHoverStore } from './hover';
import { tooltipSource } from './tooltip-source';
import { buildTimelineModel, createModelCache, isStepKey, type ModelCache } from './model';
import type { PlacedCluster } from './placement';
import { TimelineModelContext } from './model-context';
import { chartHeights, TimelineChart } from './TimelineChart';
import { useBoxSize } from './useBoxSize';
import { TimelineEmptyState } from './TimelineEmptyState';
import { TimelineOverview } from './TimelineOverview';
import { TimelineToolbar } from './TimelineToolbar';
import { TimelineTooltip } from './TimelineTooltip';
import { useFirstLinkHint } from './useFirstLinkHint';
import { learningCounts } from './describe';
import { useLensActions } from '../actions/lens-actions';
import { useTimelineWindow } from './useTimelineWindow';
import { afterNextPaint } from './after-paint';
import './timeline.css';

/** Something outside the timeline (a finding) asks it to show a subject; `nonce` repeats a request. */
export type RevealRequest =
  { kind: 'entity'; key: string; nonce: number } | { kind: 'period'; from: string; to: string; nonce: number };

const copy = text.timeline;

export function TimelineArea(props: {
  profile: Profile | null;
  findings: readonly Finding[] | null;
  /** The profile revision drawn, exposed for tests and the bench to know the screen is current. */
  revision: number | null;
  selection: Selection;
  reveal: RevealRequest | null;
  onSelect: (selection: Selection) => void;
  /** The add buttons, beside the heading. */
  actions?: ReactNode;
  onTrySample: () => void;
  onImport: () => void;
  onImportHistory: () => void;
}) {
  const { profile, findings } = props;
  const isEmpty =
    profile === null ||
    profile.roles.length + profile.projects.length + profile.certificates.length + profile.awards.length === 0;
  // Today moves once a day at most; reading it once per mount keeps the model stable between edits.
  const [today] = useState(() => new Date());
  const [nothing] = useState(emptyProfile);
  const [cache] = useState<ModelCache>(createModelCache);
  const model = useMemo(
    () => buildTimelineModel(profile ?? nothing, findings, today, cache),
    [profile, findings, today, nothing, cache],
  );
  const frameKey = JSON.stringify([model.lanes, model.gaps, model.rowCount, model.target]);
  const { lanes, gaps, rowCount, now, target } = model;
  // Rebuilt only when lanes, gaps, rows or the target's date change; `now` is fixed per mount.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- frameKey stands for lanes, gaps, rowCount and target
  const frame = useMemo(() => ({ lanes, gaps, rowCount, now, target }), [frameKey, now]);
  const { from: firstMonth, to: lastMonth } = model.extent;
  const extent = useMemo(() => ({ from: firstMonth, to: lastMonth }), [firstMonth, lastMonth]);
  const zoom = useTimelineWindow(extent, model.now);
  const heights = chartHeights(model.rowCount);
  const hover = useMemo(() => createHoverStore(), []);
  const [cluster, setCluster] = useState<PlacedCluster | null>(null);
  const hint = useFirstLinkHint(profile);
  const { perform } = useLensActions();
  const chartBox = useRef<HTMLDivElement>(null);
  const layoutKey = isEmpty ? 'empty' : `${heights.min}-${heights.max}`;
  const chartSize = useBoxSize(chartBox, layoutKey);
  const sizeIsCurrent = chartSize?.layoutKey === layoutKey;
  // The chart first mounts once a profile is there and its box has been measured at its rows'
  // height (in the same task, before the paint); later row changes redraw it in place.
  const [chartMounted, setChartMounted] = useState(false);
  if (!chartMounted && profile !== null && sizeIsCurrent) setChartMounted(true);
  // The overview follows the items' first paint: on a long career, drawing it first would hold the
  // items back by a frame. Waiting starts straight from the item layer's commit; a state for "drawn"
  // would render this whole area once more between the items' commit and their paint.
  const [overviewReady, setOverviewReady] = useState(false);
  const overviewWait = useRef<(() => void) | null>(null);
  const onItemsDrawn = useCallback(() => {
    overviewWait.current ??= afterNextPaint(() => setOverviewReady(true));
  }, []);
  useEffect(() => () => overviewWait.current?.(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  // The empty state's buttons vanish once a profile arrives; focus goes to the heading, not the page's top.
  useEffect(() => {
    if (!isEmpty && (document.activeElement === null || document.activeElement === document.body))
      heading.current?.focus();
  }, [isEmpty]);

  const selectedKey = selectionKey(props.selection);
  const { onSelect } = props;
  const handlers = useMemo(
    () => ({
      onActivate: (key: string) => {
        const ref = parseRefKey(key);
        if (ref !== null) onSelect(ref);
        // The side panel has no place for a step: its plan, in the Target role view, is where it is worked on.
        else if (isStepKey(key)) perform({ type: 'open-target' });
      },
      onOpenCluster: setCluster,
      onClear: () => onSelect(null),
    }),
    [onSelect, perform],
  );

  const source = useMemo(() => tooltipSource(model, findings), [model, findings]);

  // A finding asked to show its subject: bring its time into view, then scroll its row to the middle.
  const { reveal } = zoom;
  const revealRequest = props.reveal;
  useEffect(() => {
    if (revealRequest === null) return;
    if (revealRequest.kind === 'period') {
      reveal(monthIndex(revealRequest.from), monthIndex(revealRequest.to) + 1);
      return;
    }
    const item = source.item(revealRequest.key);
    if (item === undefined) return;
    if (item.kind === 'certificate' || item.kind === 'step' || item.kind === 'award') reveal(item.at - 1, item.at + 1);
    else reveal(item.from, item.to);
    requestAnimationFrame(() => {
      chartBox.current
        ?.querySelector(`[data-key="${CSS.escape(revealRequest.key)}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    // Only a new request reveals; later edits must not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [revealRequest]);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__heading-row">
        <h1 id="timeline-heading" className="timeline__heading" ref={heading} tabIndex={-1}>
          {copy.heading}
        </h1>
        {!isEmpty && (
          <p className="timeline__counts">
            {copy.counts(
              profile.roles.length,
              profile.projects.length,
              ...learningCounts(profile.certificates),
              profile.awards.length,
            )}
          </p>
        )}
        <div className="timeline__actions">{props.actions}</div>
      </div>
      {!isEmpty && (
        <TimelineToolbar
          preset={zoom.preset}
          onPreset={zoom.showPreset}
          onPan={zoom.pan}
          plan={model.steps.length > 0}
          awards={model.awards.length > 0}
        />
      )}
      {/* The slot folds away instead of vanishing: the chart below slides up rather than jumping. */}
      {hint.everShown && (
        <div className={hint.show ? 'tl-hint-slot tl-hint-slot--open' : 'tl-hint-slot'} inert={!hint.show}>
          <div className="tl-hint-slot__inner">
            <div className="tl-hint" role="note">
              <div>
                <p className="tl-hint__title">{copy.hint.title}</p>
                <p className="tl-hint__body">{copy.hint.body}</p>
              </div>
              <div className="finding__buttons">
                {hint.certificateId !== null && (
                  <button
                    type="button"
                    className="chip-button chip-button--act"
                    onClick={() =>
                      perform({ type: 'link-certificate', certificateId: hint.certificateId ?? '', suggested: [] })
                    }
                  >
                    {copy.hint.showMe}
                  </button>
                )}
                <button
                  type="button"
                  className="chip-button"
                  onClick={() => {
                    hint.dismiss();
                    // The button folds away with the hint; focus lands where reading goes on.
                    heading.current?.focus();
                  }}
                >
                  {copy.hint.dismiss}
                </button>
              </div>
            </div>
          </div>
        </div>
      )}
      {!isEmpty &&
        (overviewReady ? (
          <TimelineOverview model={model} window={zoom.window} onChange={zoom.showRange} />
        ) : (
          // Its place is kept while it waits, so the chart below never moves when it arrives.
          <div className="tl-overview tl-overview--pending" aria-hidden="true" />
        ))}
      <div
        ref={chartBox}
        className={isEmpty ? 'tl-chart tl-chart--empty' : 'tl-chart'}
        role="group"
        aria-label={copy.chartLabel}
        aria-describedby="timeline-keys"
        data-testid="timeline-chart"
        data-revision={props.revision ?? undefined}
        style={isEmpty ? undefined : { minHeight: heights.min, maxHeight: heights.max }}
      >
        <p id="timeline-keys" className="visually-hidden">
          {copy.keyboardHelp}
        </p>
        <TimelineModelContext.Provider value={model}>
          {chartSize !== null && chartMounted && (
            // Out of the flow, so the box's size comes from the window and the rows, never from the chart.
            <div className="tl-chart__canvas">
              <TimelineChart
                frame={frame}
                size={chartSize}
                sizeIsCurrent={sizeIsCurrent}
                window={zoom.window}
                selectedKey={selectedKey}
                hover={hover}
                onActivate={handlers.onActivate}
                onOpenCluster={handlers.onOpenCluster}
                onClear={handlers.onClear}
                onPan={zoom.pan}
                onDrawn={onItemsDrawn}
                pinnedKey={revealRequest?.kind === 'entity' ? revealRequest.key : null}
              />
            </div>
          )}
        </TimelineModelContext.Provider>
        <TimelineTooltip hover={hover} source={source} />
        {cluster !== null && (
          <ClusterPopover
            cluster={cluster}
            onPick={(id) => {
              setCluster(null);
              onSelect({ kind: 'certificate', id });
            }}
            onZoom={() => {
              setCluster(null);
              zoom.showRange({ from: cluster.from - 3, to: cluster.to + 3 });
            }}
            onClose={() => setCluster(null)}
          />
        )}
      </div>
      {isEmpty && (
        <TimelineEmptyState
          loading={profile === null}
          onTrySample={props.onTrySample}
          onImport={props.onImport}
          onImportHistory={props.onImportHistory}
        />
      )}
    </section>
  );
}
