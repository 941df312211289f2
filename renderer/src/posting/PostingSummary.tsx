import { useId } from 'react';
import type { PostingSource } from '../../../shared/posting/posting';
import { formatDay } from '../i18n/locale';
import { text } from '../i18n/text';

const copy = text.posting;

/** The posting a target was made from: what and where, when it was saved, and its text on request. */
export function PostingSummary(props: { title: string; posting: PostingSource }) {
  const headingId = useId();
  const { posting } = props;
  const origin = posting.origin.kind === 'file' ? copy.fromFile(posting.origin.fileName) : copy.pasted;
  return (
    <section className="tv-card posting-summary" aria-labelledby={headingId}>
      <p className="posting-summary__kicker">{copy.blockLabel}</p>
      <h2 id={headingId} className="posting-summary__title">
        {copy.at(props.title, posting.company)}
      </h2>
      <p className="muted posting-summary__meta">
        {copy.savedOn(formatDay(posting.savedOn))} · {origin}
      </p>
      <details className="posting-summary__text">
        <summary>{copy.showPosting}</summary>
        <div className="posting-summary__body" tabIndex={0}>
          {posting.text}
        </div>
      </details>
    </section>
  );
}
