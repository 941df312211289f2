import type { ImportDraft } from '../../../shared/import/draft';

/**
 * Files parsed for a preview, by token, so "Import" applies exactly what the user saw. Only the
 * newest few are kept: a preview left open is cheap, a forgotten one must not hold a 50 MB draft.
 */
export function createImportSessions(newToken: () => string, keep = 3) {
  const drafts = new Map<string, ImportDraft>();
  return {
    open(draft: ImportDraft): string {
      const token = newToken();
      drafts.set(token, draft);
      for (const old of [...drafts.keys()].slice(0, Math.max(0, drafts.size - keep))) drafts.delete(old);
      return token;
    },
    get: (token: string): ImportDraft | undefined => drafts.get(token),
    close: (token: string): void => void drafts.delete(token),
  };
}
export type ImportSessions = ReturnType<typeof createImportSessions>;
