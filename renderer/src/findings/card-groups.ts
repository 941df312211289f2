import type { FindingCard } from '../../../shared/lens/cards';
import { severityRank, type FindingCode, type Severity } from '../../../shared/lens/result';

/** Cards that share the kind of their lead finding: "Not linked to any work (12)". */
export interface CardGroup {
  code: FindingCode;
  /** The most serious lead among its cards, for the group's mark. */
  severity: Severity;
  cards: FindingCard[];
}

/**
 * Open cards grouped by their lead finding's code, the worth-fixing ones apart from the
 * information-only ones. Groups keep the order the cards come in (most telling first), so the
 * group of the most telling card leads.
 */
export function groupCards(cards: readonly FindingCard[]): { worth: CardGroup[]; info: CardGroup[] } {
  const worth = new Map<FindingCode, CardGroup>();
  const info = new Map<FindingCode, CardGroup>();
  for (const card of cards) {
    if (card.main.dismissed !== null) continue;
    const groups = card.main.severity === 'info' ? info : worth;
    const group = groups.get(card.main.code);
    if (group === undefined) {
      groups.set(card.main.code, { code: card.main.code, severity: card.main.severity, cards: [card] });
      continue;
    }
    group.cards.push(card);
    if (severityRank(card.main.severity) < severityRank(group.severity)) group.severity = card.main.severity;
  }
  return { worth: [...worth.values()], info: [...info.values()] };
}

/** How many cards a group shows at first: a few, so a long group reads as a count rather than a wall. */
export const FIRST_CARDS = 3;
/** How many more each "Show more" adds: the rest when few are left, a page at a time when many are. */
export const MORE_CARDS = 20;

export function nextShown(shown: number, total: number): number {
  return Math.min(total, shown + MORE_CARDS);
}
