import { useId } from 'react';
import { text } from '../i18n/text';
import type { AboutSubject, RevealProps } from './reveal';

/** A line that, when its subject is on the timeline, is a button that shows it there. */
export function RevealText(props: RevealProps & { item: AboutSubject; words: string; className: string }) {
  const hint = useId();
  if (!props.canReveal(props.item)) return <p className={props.className}>{props.words}</p>;
  return (
    <p className={props.className}>
      <button
        type="button"
        className="finding__reveal"
        aria-describedby={hint}
        onClick={() => props.onReveal(props.item)}
      >
        {props.words}
      </button>
      <span id={hint} className="visually-hidden">
        {text.findings.revealHint}
      </span>
    </p>
  );
}
