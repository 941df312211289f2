import { memo, useState } from 'react';
import { DismissedFindingSchema } from '../../../shared/domain/profile';
import { actionForFinding } from '../../../shared/lens/actions';
import type { FindingCard } from '../../../shared/lens/cards';
import { ActionButton } from '../actions/lens-actions';
import { AddToPlanButton } from '../plan/plan-actions';
import { text } from '../i18n/text';
import type { RevealProps } from './reveal';
import { FindingReason } from './FindingReason';
import { RevealText } from './RevealText';

const copy = text.findings;
/** The field stops where the command would refuse the reason, so a long one is cut while typed, not lost. */
const REASON_MAX_LENGTH = DismissedFindingSchema.shape.reason.maxLength ?? undefined;

type CardProps = RevealProps & { card: FindingCard; onDismiss: (key: string, reason: string) => void };

/**
 * Cards are folded afresh on every edit, but an edit leaves most findings the same objects: a card
 * with the same findings (and the window's lasting handlers) is the same card.
 */
function sameCard(before: CardProps, after: CardProps): boolean {
  const a = before.card;
  const b = after.card;
  return (
    a.main === b.main &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, index) => line === b.lines[index]) &&
    before.onDismiss === after.onDismiss &&
    before.canReveal === after.canReveal &&
    before.onReveal === after.onReveal
  );
}

/** One subject's card: its main finding in full, the others on it as short lines. */
export const FindingCardItem = memo(function FindingCardItem(props: CardProps) {
  const { main, lines } = props.card;
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = `reason-${main.key}`;
  return (
    <li className={`finding finding--${main.severity}`}>
      <RevealText
        item={main}
        words={main.message}
        className="finding__message"
        canReveal={props.canReveal}
        onReveal={props.onReveal}
      />
      <FindingReason finding={main} />
      {lines.length > 0 && (
        <ul className="finding__lines" aria-label={copy.alsoOnIt}>
          {lines.map((line) => (
            <li key={line.key} className={`finding__line finding__line--${line.severity}`}>
              {line.message}
            </li>
          ))}
        </ul>
      )}
      {!dismissing && (
        <div className="finding__actions">
          <ActionButton action={actionForFinding(main)} about={main.message} />
          {main.severity !== 'info' && (
            <AddToPlanButton source={{ kind: 'finding', finding: main }} about={main.message} />
          )}
        </div>
      )}
      {dismissing ? (
        <form
          className="finding__dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            props.onDismiss(main.key, reason.trim());
          }}
        >
          <label htmlFor={reasonId} className="field__label">
            {copy.whyAside}
          </label>
          <input
            id={reasonId}
            className="field__input"
            value={reason}
            maxLength={REASON_MAX_LENGTH}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="finding__buttons">
            <button type="submit" className="chip-button">
              {copy.dismiss}
            </button>
            <button type="button" className="chip-button" onClick={() => setDismissing(false)}>
              {copy.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="chip-button" onClick={() => setDismissing(true)}>
          {copy.dismissOpen}
          <span className="visually-hidden"> {main.message}</span>
        </button>
      )}
    </li>
  );
}, sameCard);
