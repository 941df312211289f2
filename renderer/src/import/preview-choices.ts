import type { Completion, ImportPreview, PlanItem } from '../../../shared/import/plan';

/** The user's say so far on the preview: ticks, confirmations and typed titles. */
export interface PreviewChoices {
  excluded: ReadonlySet<string>;
  confirmed: ReadonlySet<string>;
  /** What the person typed for entries whose file lacks a title, by ref (see awaitsTitle). */
  titles: ReadonlyMap<string, string>;
}

/** The two sets of refs a tick in the preview toggles: entries left out, and entries confirmed anyway. */
export type ChoiceSet = Exclude<keyof PreviewChoices, 'titles'>;

/**
 * An entry the file gives no title (a badge whose class is hosted online): the plan skips it until the
 * person types one. One with a blocking problem is skipped for that, and a title would not change it.
 */
export function awaitsTitle(item: PlanItem): boolean {
  return item.needs.includes('title') && !item.problems.some((problem) => problem.blocking);
}

/** The title typed for `ref`, as it would be imported; '' while there is none. */
export function typedTitle(titles: ReadonlyMap<string, string>, ref: string): string {
  return titles.get(ref)?.trim() ?? '';
}

/**
 * Whether an item will be imported, given the user's choices so far. An entry awaiting a title is in
 * once one is typed (emptying the field leaves it out again); it has no tick of its own.
 */
export function isIncluded(item: PlanItem, choices: PreviewChoices): boolean {
  const { excluded, confirmed, titles } = choices;
  const wanted = awaitsTitle(item)
    ? typedTitle(titles, item.ref) !== ''
    : item.action !== 'skip' && !excluded.has(item.ref);
  return wanted && (!item.needsConfirm || confirmed.has(item.ref));
}

/** The titles to send with "Import": only for entries that wait for one, trimmed, never empty. */
export function completionsOf(preview: ImportPreview, titles: ReadonlyMap<string, string>): Completion[] {
  return preview.items.flatMap((item) => {
    const title = typedTitle(titles, item.ref);
    return awaitsTitle(item) && title !== '' ? [{ ref: item.ref, title }] : [];
  });
}
