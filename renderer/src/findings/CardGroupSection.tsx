import { useState } from 'react';
import { text } from '../i18n/text';
import { FIRST_CARDS, nextShown, type CardGroup } from './card-groups';
import { FindingCardItem } from './FindingCardItem';
import type { RevealProps } from './reveal';

const copy = text.findings;

/** One kind of finding with its count; only its first few cards are drawn until more are asked for. */
export function CardGroupSection(
  props: RevealProps & { group: CardGroup; onDismiss: (key: string, reason: string) => void },
) {
  const { group } = props;
  const [shown, setShown] = useState(FIRST_CARDS);
  const title = copy.group(copy.kinds[group.code], group.cards.length);
  const left = group.cards.length - shown;
  return (
    <section className="findings__group" aria-label={title}>
      <h4 className={`findings__kind findings__kind--${group.severity}`}>
        {copy.kinds[group.code]} <span className="muted">({group.cards.length})</span>
      </h4>
      <ul className="findings__list">
        {group.cards.slice(0, shown).map((card) => (
          <FindingCardItem
            key={`${card.key}:${card.main.key}`}
            card={card}
            onDismiss={props.onDismiss}
            canReveal={props.canReveal}
            onReveal={props.onReveal}
          />
        ))}
      </ul>
      {(left > 0 || shown > FIRST_CARDS) && (
        <div className="findings__more">
          {left > 0 && (
            <button
              type="button"
              className="chip-button"
              onClick={() => setShown(nextShown(shown, group.cards.length))}
            >
              {copy.showMore(nextShown(shown, group.cards.length) - shown, left)}
              <span className="visually-hidden">: {copy.kinds[group.code]}</span>
            </button>
          )}
          {shown > FIRST_CARDS && (
            <button type="button" className="chip-button" onClick={() => setShown(FIRST_CARDS)}>
              {copy.showFewer}
              <span className="visually-hidden">: {copy.kinds[group.code]}</span>
            </button>
          )}
        </div>
      )}
    </section>
  );
}
