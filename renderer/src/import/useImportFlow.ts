import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/import/plan';
import type { ImportProgress } from '../../../shared/import/progress';
import type { IpcResult } from '../../../shared/ipc/result';
import { text } from '../i18n/text';
import { bridge } from '../ipc/client';
import type { ProfileUpdate } from '../profile/useProfile';

export type ImportSource = { kind: 'choose' } | { kind: 'path'; path: string };

export type ImportFlow =
  | { step: 'start' }
  | { step: 'reading'; progress: ImportProgress }
  | { step: 'preview'; preview: ImportPreview; excluded: ReadonlySet<string>; confirmed: ReadonlySet<string> }
  | { step: 'applying'; preview: ImportPreview }
  | { step: 'done'; fileName: string; imported: number }
  | { step: 'failed'; message: string };

/** Often enough that a progress bar moves; each poll is a tiny answer from main. */
const PROGRESS_POLL_MS = 150;

/** Whether an item will be imported, given the user's ticks so far. */
export function isIncluded(
  item: ImportPreview['items'][number],
  excluded: ReadonlySet<string>,
  confirmed: ReadonlySet<string>,
): boolean {
  if (item.action === 'skip' || excluded.has(item.ref)) return false;
  return !item.needsConfirm || confirmed.has(item.ref);
}

/** File → preview → the user's choices → one undoable import; main does the reading and the merging. */
export function useImportFlow(update: ProfileUpdate) {
  const [flow, setFlow] = useState<ImportFlow>({ step: 'start' });
  const openToken = useRef<string | null>(null);

  const discard = useCallback(() => {
    const token = openToken.current;
    openToken.current = null;
    if (token !== null) void bridge().discardImport({ token });
  }, []);
  useEffect(() => discard, [discard]);

  const start = useCallback(
    async (source: ImportSource) => {
      discard();
      setFlow({ step: 'reading', progress: { phase: 'idle' } });
      const poll = window.setInterval(() => {
        void bridge()
          .getImportProgress()
          .then((answer) => {
            if (answer.ok && answer.value.phase !== 'idle')
              setFlow((now) => (now.step === 'reading' ? { step: 'reading', progress: answer.value } : now));
          });
      }, PROGRESS_POLL_MS);
      try {
        const answer: IpcResult<ImportPreview | null> =
          source.kind === 'path'
            ? await bridge().previewImport({ path: source.path })
            : await bridge()
                .chooseImportSource()
                .then((result) =>
                  result.ok
                    ? { ok: true, value: result.value.status === 'preview' ? result.value.preview : null }
                    : result,
                );
        if (!answer.ok) setFlow({ step: 'failed', message: answer.error.message });
        else if (answer.value === null) setFlow({ step: 'start' });
        else {
          openToken.current = answer.value.token;
          setFlow({ step: 'preview', preview: answer.value, excluded: new Set(), confirmed: new Set() });
        }
      } finally {
        window.clearInterval(poll);
      }
    },
    [discard],
  );

  const toggle = useCallback((set: 'excluded' | 'confirmed', ref: string) => {
    setFlow((now) => {
      if (now.step !== 'preview') return now;
      const next = new Set(now[set]);
      if (!next.delete(ref)) next.add(ref);
      return { ...now, [set]: next };
    });
  }, []);

  const apply = useCallback(async () => {
    if (flow.step !== 'preview') return;
    const { preview, excluded, confirmed } = flow;
    const imported = preview.items.filter((item) => isIncluded(item, excluded, confirmed)).length;
    setFlow({ step: 'applying', preview });
    const failure: { message: string | null } = { message: null };
    const applied = await update(async (api) => {
      const answer = await api.applyImport({
        token: preview.token,
        choice: { excluded: [...excluded], confirmed: [...confirmed] },
      });
      if (!answer.ok) failure.message = answer.error.message;
      return answer;
    });
    openToken.current = null;
    setFlow(
      applied
        ? { step: 'done', fileName: preview.fileName, imported }
        : { step: 'failed', message: failure.message ?? text.importer.notApplied },
    );
  }, [flow, update]);

  const reset = useCallback(() => {
    discard();
    setFlow({ step: 'start' });
  }, [discard]);

  return { flow, start, toggle, apply, reset };
}
