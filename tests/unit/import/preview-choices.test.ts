import { describe, expect, it } from 'vitest';
import type { ImportPreview, PlanItem } from '../../../shared/import/plan';
import {
  awaitsTitle,
  completionsOf,
  isIncluded,
  type PreviewChoices,
} from '../../../renderer/src/import/preview-choices';

const item = (overrides: Partial<PlanItem>): PlanItem => ({
  ref: 'badge-1',
  kind: 'certificate',
  title: 'Untitled badge from badges.example.com',
  place: 'JSON document',
  action: 'skip',
  reason: 'It needs a title: type one to import it.',
  problems: [],
  needsConfirm: false,
  included: false,
  credential: null,
  education: false,
  needs: ['title'],
  facts: [],
  ...overrides,
});

const preview = (items: PlanItem[]): ImportPreview => ({
  token: 't',
  format: 'open-badges',
  fileName: 'badge.png',
  items,
  problems: [],
  counts: { add: 0, merge: 0, skip: items.length },
});

const choices = (titles: Record<string, string> = {}, confirmed: string[] = []): PreviewChoices => ({
  excluded: new Set(),
  confirmed: new Set(confirmed),
  titles: new Map(Object.entries(titles)),
});

describe('an entry waiting for its title in the preview', () => {
  it('is left out until a title is typed, and blank space is no title', () => {
    const waiting = item({});
    expect(awaitsTitle(waiting)).toBe(true);
    expect(isIncluded(waiting, choices())).toBe(false);
    expect(isIncluded(waiting, choices({ 'badge-1': '   ' }))).toBe(false);
    expect(isIncluded(waiting, choices({ 'badge-1': 'Open Data Wrangler' }))).toBe(true);
  });

  it('still waits for the confirmation an invalid credential asks for', () => {
    const invalid = item({ needsConfirm: true });
    expect(isIncluded(invalid, choices({ 'badge-1': 'Open Data Wrangler' }))).toBe(false);
    expect(isIncluded(invalid, choices({ 'badge-1': 'Open Data Wrangler' }, ['badge-1']))).toBe(true);
  });

  it('does not wait when a blocking problem keeps it out whatever its title', () => {
    const blocked = item({ problems: [{ place: 'JSON document', message: 'Unreadable.', blocking: true }] });
    expect(awaitsTitle(blocked)).toBe(false);
    expect(isIncluded(blocked, choices({ 'badge-1': 'Typed anyway' }))).toBe(false);
  });

  it('sends only typed titles, trimmed, for entries that wait for one', () => {
    const items = [
      item({ ref: 'badge-1' }),
      item({ ref: 'badge-2' }),
      item({ ref: 'role-1', kind: 'role', action: 'add', included: true, needs: [] }),
    ];
    const typed = { 'badge-1': '  Open Data Wrangler ', 'badge-2': '', 'role-1': 'Not asked for' };
    expect(completionsOf(preview(items), choices(typed).titles)).toEqual([
      { ref: 'badge-1', title: 'Open Data Wrangler' },
    ]);
  });
});
