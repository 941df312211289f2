import { describe, expect, it } from 'vitest';
import type { NextStep } from '../../../shared/lens/result';
import { shownBy, type AboutSubject } from '../../../renderer/src/findings/reveal';

const step = (subject: string | null, related: string[]): NextStep => ({
  key: 'k',
  kind: 'bridge-transition',
  subject,
  related: related.map((id) => ({ kind: 'certificate', id })),
  skills: [],
  text: '',
  why: '',
  findingKeys: [],
});
const onTimeline = (ids: string[]) => (item: AboutSubject) =>
  typeof item.subject === 'string' && ids.includes(item.subject);

describe('what a click on a next step shows', () => {
  it('shows its subject when the timeline has it', () => {
    expect(shownBy(step('c1', ['c2']), onTimeline(['c1', 'c2']))).toMatchObject({ subject: 'c1' });
  });

  it('shows the first entity it offers to use when its subject is the target', () => {
    expect(shownBy(step('t1', ['gone', 'c2', 'c3']), onTimeline(['c2', 'c3']))).toEqual({ subject: 'c2' });
  });

  it('stays with its subject when nothing it names is on the timeline', () => {
    expect(shownBy(step(null, ['gone']), onTimeline([]))).toMatchObject({ subject: null });
  });
});
