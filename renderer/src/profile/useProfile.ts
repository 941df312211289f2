import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThroughlineApi } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { applyProfileChange, isProfileChange, type ProfileAnswer } from '../../../shared/profile/change';
import { SaveReportSchema, type ProfileState, type SaveReport } from '../../../shared/profile/state';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import { ask, bridge, unreachable } from '../ipc/client';
import { takeFirstRead } from './first-read';

/** How components change the profile: a call to main whose answer becomes the profile shown. */
export type ProfileUpdate = (call: (api: ThroughlineApi) => Promise<IpcResult<ProfileAnswer>>) => Promise<boolean>;

/**
 * Edits name the revisions the screen holds (profile and findings), so main can answer with what
 * changed since: the entities, and the findings of the new revision with them.
 */
function sayingWhatWeHold(
  api: ThroughlineApi,
  since: number | undefined,
  findingsSince: number | undefined,
): ThroughlineApi {
  if (since === undefined) return api;
  const held = findingsSince === undefined ? { since } : { since, findingsSince };
  return {
    ...api,
    executeCommand: (request) => api.executeCommand({ ...request, ...held }),
    undo: (request = {}) => api.undo({ ...request, ...held }),
    redo: (request = {}) => api.redo({ ...request, ...held }),
    applyImport: (request) => api.applyImport({ ...request, ...held }),
  };
}

/** Where the findings that come with an edit's answer go (the window's findings reader). */
export interface FindingsInbox {
  heldRevision(): number | undefined;
  accept(update: FindingsUpdate): void;
}

export type ProfileView =
  | { status: 'loading' }
  | { status: 'ready'; state: ProfileState; lastError: IpcError | null }
  | { status: 'failed'; error: IpcError };

/**
 * The profile as main last reported it. Every change goes through `update`, which takes the
 * state main answers with, so the screen never shows an edit main did not accept.
 */
export function useProfile(onRevision: (revision: number) => void = () => undefined, inbox?: FindingsInbox) {
  const [view, setView] = useState<ProfileView>({ status: 'loading' });
  const onRevisionRef = useRef(onRevision);
  useEffect(() => {
    onRevisionRef.current = onRevision;
  }, [onRevision]);

  useEffect(() => {
    let current = true;
    takeFirstRead().then(
      (result) => {
        if (!current) return;
        // The findings are asked for now, not after React has drawn the profile.
        if (result.ok) onRevisionRef.current(result.value.revision);
        setView(
          result.ok
            ? { status: 'ready', state: result.value, lastError: null }
            : { status: 'failed', error: result.error },
        );
      },
      (error: unknown) => {
        if (current) setView({ status: 'failed', error: unreachable(error) });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  // Main writes a moment after it acknowledges an edit and says so when the write lands (or fails);
  // a report about another revision than the one shown is stale, and one that does not parse is dropped.
  // Kept too: a report can overtake the edit's own answer, and is applied when that answer lands.
  const lastReport = useRef<SaveReport | null>(null);
  useEffect(
    () =>
      bridge().onSaveReport((sent) => {
        const report = SaveReportSchema.safeParse(sent);
        if (!report.success) return;
        lastReport.current = report.data;
        const { save, revision } = report.data;
        setView((previous) =>
          previous.status === 'ready' && previous.state.revision === revision
            ? { ...previous, state: { ...previous.state, save } }
            : previous,
        );
      }),
    [],
  );

  const held = useRef<ProfileState | null>(null);
  useEffect(() => {
    held.current = view.status === 'ready' ? view.state : null;
  }, [view]);

  const update: ProfileUpdate = useCallback(
    async (call) => {
      let result: IpcResult<ProfileState>;
      const answer = await ask((api) => call(sayingWhatWeHold(api, held.current?.revision, inbox?.heldRevision())));
      if (answer.ok && isProfileChange(answer.value)) {
        if (answer.value.findings !== undefined) inbox?.accept(answer.value.findings);
        // A change applies to the revision it names; if the screen moved on meanwhile, read it whole.
        const applied = held.current === null ? null : applyProfileChange(held.current, answer.value);
        result = applied === null ? await ask((api) => api.getProfile()) : { ok: true, value: applied };
      } else {
        result = answer as IpcResult<ProfileState>;
      }
      if (result.ok && lastReport.current?.revision === result.value.revision)
        result = { ok: true, value: { ...result.value, save: lastReport.current.save } };
      if (result.ok) {
        held.current = result.value;
        onRevision(result.value.revision);
      }
      setView((previous) => {
        if (result.ok) return { status: 'ready', state: result.value, lastError: null };
        return previous.status === 'ready' ? { ...previous, lastError: result.error } : previous;
      });
      return result.ok;
    },
    [onRevision, inbox],
  );

  return { view, update };
}
