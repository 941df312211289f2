import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../shared/domain/profile';
import { newCertificate } from '../../../shared/domain/entries';
import { findingKeyed } from '../../support/findings';
import type { ProfileChange } from '../../../shared/profile/change';
import { diffProfiles } from '../../../shared/profile/delta';
import type { ProfileState } from '../../../shared/profile/state';
import {
  INITIAL_EDIT_STATE,
  reduceEdit,
  shownOf,
  type EditEvent,
  type EditState,
} from '../../../renderer/src/profile/edit-state';

const finding = findingKeyed;

const opened: ProfileState = {
  profile: emptyProfile(),
  revision: 1,
  undoLabel: null,
  redoLabel: null,
  save: { state: 'saved' },
  notices: [],
};

/** The change main answers an edit that adds one certificate with, from revision `since`. */
function addedCertificate(since: number, title = 'SQL'): ProfileChange {
  const after = { ...opened.profile, certificates: [newCertificate({ id: `c-${title}`, title })] };
  return {
    since,
    revision: since + 1,
    delta: diffProfiles(opened.profile, after, `Add ${title}`),
    undoLabel: `Add ${title}`,
    redoLabel: null,
    save: { state: 'pending' },
    notices: [],
  };
}

const run = (...events: EditEvent[]): EditState => events.reduce(reduceEdit, INITIAL_EDIT_STATE);

describe('the window’s edit state', () => {
  it('shows an edit once main answers it, and says it is on disk when the save report lands', () => {
    const state = run(
      { type: 'opened', state: opened },
      { type: 'changed', change: addedCertificate(1) },
      { type: 'save-reported', report: { revision: 2, save: { state: 'saved' } } },
    );
    expect(state.revision).toBe(2);
    expect(state.profile?.profile.certificates.map((c) => c.title)).toEqual(['SQL']);
    expect(state.profile?.undoLabel).toBe('Add SQL');
    expect(state.saveState).toEqual({ state: 'saved' });
  });

  it('keeps a save report that overtook the edit’s answer, and ignores one about an older revision', () => {
    const overtaken = run(
      { type: 'opened', state: opened },
      { type: 'save-reported', report: { revision: 2, save: { state: 'saved' } } },
    );
    expect(overtaken.saveState).toEqual({ state: 'saved' });
    const landed = reduceEdit(overtaken, { type: 'changed', change: addedCertificate(1) });
    expect(landed.saveState).toEqual({ state: 'saved' });

    const stale = reduceEdit(landed, {
      type: 'save-reported',
      report: { revision: 1, save: { state: 'failed', message: 'disk full' } },
    });
    expect(stale.saveState).toEqual({ state: 'saved' });
  });

  it('refuses a change from a revision it does not show, and an answer older than the one shown', () => {
    const state = run({ type: 'opened', state: opened }, { type: 'changed', change: addedCertificate(1) });
    expect(reduceEdit(state, { type: 'changed', change: addedCertificate(5) })).toBe(state);
    expect(reduceEdit(state, { type: 'answered', state: opened })).toBe(state);
  });

  it('keeps what was shown when an edit is refused, says why, and clears that with the next answer', () => {
    const shown = run({ type: 'opened', state: opened });
    const refused = reduceEdit(shown, {
      type: 'edit-failed',
      error: { code: 'COMMAND_REJECTED', message: 'No title' },
    });
    expect(refused.profile).toBe(shown.profile);
    expect(refused.error?.message).toBe('No title');
    expect(reduceEdit(refused, { type: 'changed', change: addedCertificate(1) }).error).toBeNull();
  });

  it('draws an edit and its finding marks together: the old pair stays until the new findings arrive', () => {
    const analysed = run(
      { type: 'opened', state: opened },
      { type: 'findings', update: { kind: 'full', revision: 1, findings: [finding('old')], nextSteps: [] } },
    );
    expect(shownOf(analysed)).toMatchObject({ revision: 1, findings: [{ key: 'old' }] });

    const edited = reduceEdit(analysed, { type: 'changed', change: addedCertificate(1) });
    expect(edited.revision).toBe(2);
    expect(shownOf(edited)).toMatchObject({ revision: 1, findings: [{ key: 'old' }] });
    expect(shownOf(edited)?.profile.certificates).toEqual([]);

    const settled = reduceEdit(edited, {
      type: 'findings',
      update: { kind: 'change', since: 1, revision: 2, added: [finding('new')], removed: ['old'], nextSteps: [] },
    });
    expect(shownOf(settled)).toMatchObject({ revision: 2, findings: [{ key: 'new' }] });
    expect(shownOf(settled)?.profile.certificates).toHaveLength(1);
  });

  it('shows the profile alone before the first analysis, and without marks when the lens fails', () => {
    const first = run({ type: 'opened', state: opened });
    expect(shownOf(first)).toMatchObject({ revision: 1, findings: null });
    const failed = reduceEdit(first, { type: 'findings-failed', error: { code: 'INTERNAL', message: 'lens' } });
    expect(failed.settled).toMatchObject({ revision: 1, findings: null });
  });

  it('ignores findings older than those held and a change that does not follow on from them', () => {
    const held = run(
      { type: 'opened', state: opened },
      { type: 'findings', update: { kind: 'full', revision: 3, findings: [finding('a')], nextSteps: [] } },
    );
    expect(
      reduceEdit(held, { type: 'findings', update: { kind: 'full', revision: 2, findings: [], nextSteps: [] } }),
    ).toBe(held);
    expect(
      reduceEdit(held, {
        type: 'findings',
        update: { kind: 'change', since: 5, revision: 6, added: [], removed: ['a'], nextSteps: [] },
      }),
    ).toBe(held);
  });
});
