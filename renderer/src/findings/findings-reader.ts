import { applyFindingsUpdate, type FindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding, NextStep } from '../../../shared/lens/result';
import type { IpcError } from '../../../shared/ipc/result';
import { ask } from '../ipc/client';

export type FindingsState =
  | { status: 'loading' }
  | { status: 'ready'; findings: Finding[]; nextSteps: NextStep[]; version: number }
  | { status: 'failed'; error: IpcError };

/**
 * The lens's findings for the newest revision the window knows of. Asked for the moment an edit's
 * answer arrives — before React draws the edit — so main reads the profile while the window redraws.
 * Main answers with the change since the revision held here; if the two have drifted apart the
 * list is read whole. Reads queue one after another; a read for a revision already passed is skipped.
 */
export function createFindingsReader() {
  let state: FindingsState = { status: 'loading' };
  let held: { revision: number; findings: Finding[]; nextSteps: NextStep[] } | null = null;
  let newest = -1;
  const listeners = new Set<() => void>();
  const publish = (next: FindingsState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const read = async (): Promise<FindingsState> => {
    const since = held?.revision;
    const answer = await ask((api) => api.readFindings(since === undefined ? {} : { since }));
    if (!answer.ok) return { status: 'failed', error: answer.error };
    let findings = applyFindingsUpdate(held, answer.value);
    let { revision: version, nextSteps } = answer.value;
    if (findings === null) {
      const whole = await ask((api) => api.readFindings({}));
      if (!whole.ok) return { status: 'failed', error: whole.error };
      findings = applyFindingsUpdate(null, whole.value) ?? [];
      ({ revision: version, nextSteps } = whole.value);
    }
    // An edit's own answer may have brought newer findings while this read was on its way.
    if (held !== null && held.revision > version) return state;
    held = { revision: version, findings, nextSteps };
    return { status: 'ready', findings, nextSteps, version };
  };

  // One read at a time, so each answer's `since` is the revision held when it was asked.
  let queue: Promise<void> = Promise.resolve();
  return {
    refresh: (revision: number): void => {
      if (revision <= newest) return;
      newest = revision;
      queue = queue.then(async () => {
        if (revision !== newest || held?.revision === revision) return;
        // `read` asks through `ask`, so it answers failures rather than throwing them.
        publish(await read());
      });
    },
    /** The findings revision held here, for an edit to name (its answer then carries the change). */
    heldRevision: (): number | undefined => held?.revision,
    /**
     * Findings that came with an edit's answer. Applied when they follow on from what is held;
     * otherwise left for `refresh`, which reads them the usual way.
     */
    accept: (update: FindingsUpdate): void => {
      if (held !== null && update.revision <= held.revision) return;
      const findings = applyFindingsUpdate(held, update);
      if (findings === null) return;
      // The next steps come whole with every update: there are at most five.
      const { nextSteps } = update;
      held = { revision: update.revision, findings, nextSteps };
      newest = Math.max(newest, update.revision);
      publish({ status: 'ready', findings, nextSteps, version: update.revision });
    },
    get: () => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type FindingsReader = ReturnType<typeof createFindingsReader>;
