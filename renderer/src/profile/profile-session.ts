import type { ThroughlineApi } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import { isProfileChange, type ProfileAnswer } from '../../../shared/profile/change';
import { SaveReportSchema } from '../../../shared/profile/state';
import { ask, bridge, unreachable } from '../ipc/client';
import { heldFindingsRevision, INITIAL_EDIT_STATE, reduceEdit, type EditEvent, type EditState } from './edit-state';
import { takeFirstRead } from './first-read';

/**
 * How components change the profile: a call to main whose answer becomes the profile shown.
 * `onAnswer` sees a successful answer in the same turn as it is dispatched, so whatever the
 * caller shows about it (the undo notice) lands in the same render as the profile, not one before.
 */
export type ProfileUpdate = (
  call: (api: ThroughlineApi) => Promise<IpcResult<ProfileAnswer>>,
  onAnswer?: (answer: ProfileAnswer) => void,
) => Promise<boolean>;

/**
 * A save report that leaves the save state shown as it was: one about a revision not on screen yet
 * (kept for when it lands), or the same state again. Main reports every write it starts and ends,
 * and during a run of edits nearly all of them say "saving" to a window that already says so.
 */
function unseenReport(before: EditState, after: EditState, event: EditEvent): boolean {
  if (event.type !== 'save-reported') return false;
  const [was, is] = [before.saveState, after.saveState];
  return was.state === is.state && (was.state !== 'failed' || (is.state === 'failed' && was.message === is.message));
}

/**
 * Edits name the revisions the screen holds (profile and findings), so main can answer with what
 * changed since: the entities, and the findings of the new revision with them.
 */
function sayingWhatWeHold(api: ThroughlineApi, state: EditState): ThroughlineApi {
  if (state.profile === null) return api;
  const findingsSince = heldFindingsRevision(state);
  const held = findingsSince === undefined ? { since: state.revision } : { since: state.revision, findingsSince };
  return {
    ...api,
    executeCommand: (request) => api.executeCommand({ ...request, ...held }),
    undo: (request = {}) => api.undo({ ...request, ...held }),
    redo: (request = {}) => api.redo({ ...request, ...held }),
    applyImport: (request) => api.applyImport({ ...request, ...held }),
  };
}

/**
 * The window's one edit path: the state `reduceEdit` holds, and the calls to main that feed it.
 * An edit's answer brings its findings with it; any revision that arrives without them (the first
 * read, a restore, an edit that raced another) has its findings read here, one read at a time so
 * each names the revision held when it was asked.
 */
export function createProfileSession() {
  let state = INITIAL_EDIT_STATE;
  const listeners = new Set<() => void>();
  let findingsAskedFor = -1;
  let findingsQueue: Promise<void> = Promise.resolve();
  let opening: Promise<void> | null = null;

  const dispatch = (event: EditEvent): void => {
    const next = reduceEdit(state, event);
    if (next === state) return;
    const seen = !unseenReport(state, next, event);
    // What the screen holds keeps its identity, so only a change it shows redraws the window.
    state = seen ? next : { ...next, saveState: state.saveState };
    if (seen) for (const listener of listeners) listener();
    readFindingsIfBehind();
  };

  const readFindingsIfBehind = (): void => {
    if (state.profile === null) return;
    const revision = state.revision;
    if (holdsFindingsFor(revision) || revision <= findingsAskedFor) return;
    findingsAskedFor = revision;
    findingsQueue = findingsQueue.then(async () => {
      // Skipped when a newer revision has been asked for meanwhile, or an edit brought these findings.
      if (revision !== findingsAskedFor || holdsFindingsFor(revision)) return;
      await readFindings();
    });
  };

  /** An edit's findings land a moment before its profile change, so they can be ahead of the screen. */
  const holdsFindingsFor = (revision: number): boolean => (heldFindingsRevision(state) ?? -1) >= revision;

  const readFindings = async (): Promise<void> => {
    const since = heldFindingsRevision(state);
    const answer = await ask((api) => api.readFindings(since === undefined ? {} : { since }));
    if (!answer.ok || follows(answer.value)) {
      dispatch(
        answer.ok ? { type: 'findings', update: answer.value } : { type: 'findings-failed', error: answer.error },
      );
      return;
    }
    // What is held drifted from what main diffed against: read the list whole.
    const whole = await ask((api) => api.readFindings({}));
    dispatch(whole.ok ? { type: 'findings', update: whole.value } : { type: 'findings-failed', error: whole.error });
  };

  const follows = (update: FindingsUpdate): boolean =>
    update.kind === 'full' || update.since === heldFindingsRevision(state);

  const update: ProfileUpdate = async (call, onAnswer) => {
    const answer = await ask((api) => call(sayingWhatWeHold(api, state)));
    if (!answer.ok) {
      dispatch({ type: 'edit-failed', error: answer.error });
      return false;
    }
    onAnswer?.(answer.value);
    if (!isProfileChange(answer.value)) {
      dispatch({ type: 'answered', state: answer.value });
      return true;
    }
    const change = answer.value;
    // Findings first: the profile change then settles with its marks in one paint.
    if (change.findings !== undefined) dispatch({ type: 'findings', update: change.findings });
    dispatch({ type: 'changed', change });
    if (state.revision >= change.revision) return true;
    // A change applies to the revision it names; if the screen moved on meanwhile, read it whole.
    const whole = await ask((api) => api.getProfile());
    dispatch(whole.ok ? { type: 'answered', state: whole.value } : { type: 'edit-failed', error: whole.error });
    return whole.ok;
  };

  return {
    getState: (): EditState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update,
    /** Takes the read started at launch; the findings are asked for as soon as it answers. */
    open: (): Promise<void> =>
      (opening ??= takeFirstRead().then(
        (result) =>
          dispatch(result.ok ? { type: 'opened', state: result.value } : { type: 'open-failed', error: result.error }),
        (error: unknown) => dispatch({ type: 'open-failed', error: unreachable(error) }),
      )),
    /** Main writes a moment after it acknowledges an edit and says so when the write lands (or fails). */
    listenForSaveReports: (): (() => void) =>
      bridge().onSaveReport((sent) => {
        const report = SaveReportSchema.safeParse(sent);
        if (report.success) dispatch({ type: 'save-reported', report: report.data });
      }),
  };
}
