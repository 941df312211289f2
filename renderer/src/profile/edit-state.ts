import type { Profile } from '../../../shared/domain/profile';
import type { IpcError } from '../../../shared/ipc/result';
import { applyFindingsUpdate, type FindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding, NextStep } from '../../../shared/lens/result';
import { applyProfileChange, type ProfileChange } from '../../../shared/profile/change';
import type { ProfileState, SaveReport, SaveStatus } from '../../../shared/profile/state';

export type FindingsState =
  | { status: 'loading' }
  | { status: 'ready'; findings: Finding[]; nextSteps: NextStep[]; version: number }
  | { status: 'failed'; error: IpcError };

export type HeldProfile = Omit<ProfileState, 'revision' | 'save'>;

/** A profile with the findings of that same revision (null when the lens could not read it). */
export interface SettledView {
  profile: Profile;
  findings: readonly Finding[] | null;
  revision: number;
}

/**
 * Everything the window knows of the profile, in one place: the revision shown, the profile and
 * its history labels, the lens's findings, and whether the revision is on disk. Every answer from
 * main, every pushed save report and every findings read passes through `reduceEdit`.
 */
export interface EditState {
  status: 'loading' | 'ready' | 'failed';
  /** The revision shown; -1 until the first read answers. */
  revision: number;
  /** The document and what goes with it: the undo and redo labels, the store's notices. */
  profile: HeldProfile | null;
  findings: FindingsState;
  /** Whether the revision shown is on disk (as main last said). */
  saveState: SaveStatus;
  /** Why the profile could not be opened (status failed), or why the last edit was refused. */
  error: IpcError | null;
  /**
   * The newest profile whose findings have arrived: the timeline draws it, so items and their
   * finding marks change in one paint and never disagree (see `shownOf`).
   */
  settled: SettledView | null;
  /** The newest save report: one can overtake the answer of the edit it is about. */
  lastReport: SaveReport | null;
}

export type EditEvent =
  | { type: 'opened'; state: ProfileState }
  | { type: 'open-failed'; error: IpcError }
  /** A whole state: a read, or an answer main gave whole. */
  | { type: 'answered'; state: ProfileState }
  /** An edit's answer as the change from the revision it names; ignored when that is not the one shown. */
  | { type: 'changed'; change: ProfileChange }
  | { type: 'edit-failed'; error: IpcError }
  /** Findings read or brought by an edit; ignored when older than held or not following on from them. */
  | { type: 'findings'; update: FindingsUpdate }
  | { type: 'findings-failed'; error: IpcError }
  | { type: 'save-reported'; report: SaveReport };

export const INITIAL_EDIT_STATE: EditState = {
  status: 'loading',
  revision: -1,
  profile: null,
  findings: { status: 'loading' },
  saveState: { state: 'saved' },
  error: null,
  settled: null,
  lastReport: null,
};

export function reduceEdit(state: EditState, event: EditEvent): EditState {
  return settle(step(state, event));
}

function step(state: EditState, event: EditEvent): EditState {
  switch (event.type) {
    case 'opened':
      return show({ ...state, status: 'ready' }, event.state);
    case 'open-failed':
      return state.status === 'ready' ? state : { ...state, status: 'failed', error: event.error };
    case 'answered':
      return event.state.revision < state.revision ? state : show(state, event.state);
    case 'changed': {
      const held =
        state.profile === null ? null : { ...state.profile, revision: state.revision, save: state.saveState };
      const applied = held === null ? null : applyProfileChange(held, event.change);
      return applied === null ? state : show(state, applied);
    }
    case 'edit-failed':
      return { ...state, error: event.error };
    case 'findings':
      return takeFindings(state, event.update);
    case 'findings-failed':
      return { ...state, findings: { status: 'failed', error: event.error } };
    case 'save-reported': {
      const { report } = event;
      const reported = { ...state, lastReport: report };
      return report.revision === state.revision ? { ...reported, saveState: report.save } : reported;
    }
  }
}

/** A new revision on screen; a save report that overtook it says whether it is on disk already. */
function show(state: EditState, next: ProfileState): EditState {
  const { revision, save, ...profile } = next;
  const reported = state.lastReport?.revision === revision ? state.lastReport.save : null;
  return {
    ...state,
    revision,
    profile,
    saveState: reported ?? save,
    error: state.status === 'failed' ? state.error : null,
  };
}

function takeFindings(state: EditState, update: FindingsUpdate): EditState {
  const held = state.findings.status === 'ready' ? state.findings : null;
  if (held !== null && update.revision <= held.version) return state;
  const findings = applyFindingsUpdate(
    held === null ? null : { revision: held.version, findings: held.findings },
    update,
  );
  if (findings === null) return state;
  // The next steps come whole with every update: there are at most five.
  return { ...state, findings: { status: 'ready', findings, nextSteps: update.nextSteps, version: update.revision } };
}

/** Keeps the newest profile-and-findings pair that agree (a failed lens read agrees with any). */
function settle(state: EditState): EditState {
  if (state.profile === null) return state;
  const { findings, revision } = state;
  const fresh =
    findings.status === 'ready' && findings.version === revision
      ? findings.findings
      : findings.status === 'failed'
        ? null
        : undefined;
  if (fresh === undefined) return state;
  const document = state.profile.profile;
  const held = state.settled;
  if (held?.revision === revision && held.findings === fresh && held.profile === document) return state;
  return { ...state, settled: { profile: document, findings: fresh, revision } };
}

/** What the timeline draws: the settled pair, or before the first analysis the profile alone. */
export function shownOf(state: EditState): SettledView | null {
  if (state.settled !== null) return state.settled;
  return state.profile === null ? null : { profile: state.profile.profile, findings: null, revision: state.revision };
}

/** The findings revision held, for an edit to name (its answer then carries the change). */
export function heldFindingsRevision(state: EditState): number | undefined {
  return state.findings.status === 'ready' ? state.findings.version : undefined;
}
