import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/import/plan';
import type { ImportProgress } from '../../../shared/import/progress';
import { MAX_IMPORT_BYTES, tooLargeToImport } from '../../../shared/import/size-limit';
import type { IpcResult } from '../../../shared/ipc/result';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import type { ProfileUpdate } from '../profile/useProfile';
import { completionsOf, isIncluded, type ChoiceSet, type PreviewChoices } from './preview-choices';

export type ImportSource = { kind: 'choose' } | { kind: 'dropped'; file: File };

export type ImportFlow =
  | { step: 'start' }
  | { step: 'reading'; progress: ImportProgress }
  | ({ step: 'preview'; preview: ImportPreview } & PreviewChoices)
  /** The choices stay shown (disabled) while main imports, rather than flicking back to their defaults. */
  | ({ step: 'applying'; preview: ImportPreview } & PreviewChoices)
  | { step: 'done'; fileName: string; imported: number }
  | { step: 'failed'; message: string };

/** Often enough that a progress bar moves; each poll is a tiny answer from main. */
const PROGRESS_POLL_MS = 150;

/** A dropped file's bytes, read here (the page may read what the user gave it) and sent to main. */
async function previewDropped(file: File): Promise<IpcResult<ImportPreview | null>> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: `${file.name}: ${tooLargeToImport(file.size)} Nothing was changed.` },
    };
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The browser reads a dropped file lazily: one moved or rewritten since the drop cannot be read.
    return { ok: false, error: { code: 'IMPORT_REFUSED', message: text.importer.droppedUnreadable(file.name) } };
  }
  return ask((api) => api.previewDroppedFile({ fileName: file.name, bytes }));
}

async function previewChosen(): Promise<IpcResult<ImportPreview | null>> {
  const result = await ask((api) => api.chooseImportSource());
  if (!result.ok) return result;
  return { ok: true, value: result.value.status === 'preview' ? result.value.preview : null };
}

/** File → preview → the user's choices → one undoable import; main does the reading and the merging. */
export function useImportFlow(update: ProfileUpdate) {
  const [flow, setFlow] = useState<ImportFlow>({ step: 'start' });
  const openToken = useRef<string | null>(null);
  // Each read gets a number; the answer of a read the user has since cancelled or replaced is ignored.
  const currentRead = useRef(0);

  const discard = useCallback(() => {
    const token = openToken.current;
    openToken.current = null;
    if (token !== null) void ask((api) => api.discardImport({ token }));
  }, []);
  useEffect(() => discard, [discard]);

  const start = useCallback(
    async (source: ImportSource) => {
      discard();
      const read = (currentRead.current += 1);
      const isCurrent = () => currentRead.current === read;
      setFlow({ step: 'reading', progress: { phase: 'idle' } });
      const poll = window.setInterval(() => {
        void ask((api) => api.getImportProgress()).then((answer) => {
          if (isCurrent() && answer.ok && answer.value.phase !== 'idle')
            setFlow((now) => (now.step === 'reading' ? { step: 'reading', progress: answer.value } : now));
        });
      }, PROGRESS_POLL_MS);
      try {
        const answer = source.kind === 'dropped' ? await previewDropped(source.file) : await previewChosen();
        if (!isCurrent()) {
          if (answer.ok && answer.value !== null) {
            const { token } = answer.value;
            void ask((api) => api.discardImport({ token }));
          }
          return;
        }
        if (!answer.ok) {
          setFlow(
            answer.error.code === 'IMPORT_CANCELLED'
              ? { step: 'start' }
              : { step: 'failed', message: answer.error.message },
          );
        } else if (answer.value === null) setFlow({ step: 'start' });
        else {
          openToken.current = answer.value.token;
          setFlow({
            step: 'preview',
            preview: answer.value,
            excluded: new Set(),
            confirmed: new Set(),
            titles: new Map(),
          });
        }
      } finally {
        window.clearInterval(poll);
      }
    },
    [discard],
  );

  /** Stops the file being read: main ends its worker, and the dialog goes back to its start. */
  const cancelReading = useCallback(() => {
    currentRead.current += 1;
    void ask((api) => api.cancelImport());
    setFlow({ step: 'start' });
  }, []);

  const toggle = useCallback((set: ChoiceSet, ref: string) => {
    setFlow((now) => {
      if (now.step !== 'preview') return now;
      const next = new Set(now[set]);
      if (!next.delete(ref)) next.add(ref);
      return { ...now, [set]: next };
    });
  }, []);

  const setTitle = useCallback((ref: string, title: string) => {
    setFlow((now) => {
      if (now.step !== 'preview') return now;
      const titles = new Map(now.titles);
      titles.set(ref, title);
      return { ...now, titles };
    });
  }, []);

  const apply = useCallback(async () => {
    if (flow.step !== 'preview') return;
    const { preview, excluded, confirmed, titles } = flow;
    const imported = preview.items.filter((item) => isIncluded(item, flow)).length;
    setFlow({ step: 'applying', preview, excluded, confirmed, titles });
    const failure: { message: string | null } = { message: null };
    const applied = await update(async (api) => {
      const answer = await api.applyImport({
        token: preview.token,
        choice: { excluded: [...excluded], confirmed: [...confirmed], completions: completionsOf(preview, titles) },
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
    if (flow.step === 'reading') cancelReading();
    discard();
    setFlow({ step: 'start' });
  }, [flow.step, cancelReading, discard]);

  return { flow, start, cancelReading, toggle, setTitle, apply, reset };
}
