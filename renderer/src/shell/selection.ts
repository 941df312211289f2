import { refKey, type EntityRef } from '../../../shared/domain/refs';
import { subjectKey } from '../../../shared/lens/cards';

/**
 * What the user has selected: an item on the timeline (from a click, the keyboard, a finding or a
 * form that just created it), or a period (a gap a finding points at, to say what happened then).
 * App holds it; the timeline highlights it and the side panel shows its details.
 */
export type PeriodSelection = { kind: 'period'; from: string; to: string };
export type Selection = EntityRef | PeriodSelection | null;

/** The key the timeline draws the selection under: an item's `kind:id`, or a period's `period:from..to`. */
export function selectionKey(selection: Selection): string | null {
  if (selection === null) return null;
  return selection.kind === 'period' ? periodKey(selection.from, selection.to) : refKey(selection);
}

export const periodKey = (from: string, to: string) => `period:${subjectKey({ from, to })}`;
