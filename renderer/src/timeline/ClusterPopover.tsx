import { useEffect, useRef } from 'react';
import { text } from '../i18n/text';
import { learningCounts } from './describe';
import { formatPartialDate } from '../i18n/locale';
import type { PlacedCluster } from './placement';

/**
 * The certificates of a dense cluster as a list of buttons, next to it: the keyboard and the
 * pointer reach each one without zooming, and "zoom in" spreads them out on the timeline.
 */
export function ClusterPopover(props: {
  cluster: PlacedCluster;
  onPick: (certificateId: string) => void;
  onZoom: () => void;
  onClose: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('button')?.focus();
  }, []);
  const copy = text.timeline;
  return (
    <div
      ref={box}
      className="tl-popover"
      role="dialog"
      aria-label={copy.clusterHeading(...learningCounts(props.cluster.items))}
      style={{ left: props.cluster.cx, top: props.cluster.cy + 20 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div className="tl-popover__head">
        <p className="tl-popover__title">{copy.clusterHeading(...learningCounts(props.cluster.items))}</p>
        <button type="button" className="chip-button" onClick={props.onZoom}>
          {copy.clusterZoom}
        </button>
        <button type="button" className="icon-button" aria-label={text.common.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <ul className="tl-popover__list">
        {props.cluster.items.map((item) => (
          <li key={item.id}>
            <button type="button" className="tl-popover__item" onClick={() => props.onPick(item.id)}>
              <span>{item.title}</span>
              <span className="muted">{item.issued === null ? copy.undated : formatPartialDate(item.issued)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
