/** A previewed file: its name and its draft as JSON bytes, kept unparsed in main. */
export interface ImportSession {
  fileName: string;
  draft: Uint8Array;
}

/**
 * Files parsed for a preview, by token, so "Import" applies exactly what the user saw. Only the
 * newest few are kept: a preview left open is cheap, a forgotten one must not hold a 50 MB draft.
 */
export function createImportSessions(newToken: () => string, keep = 3) {
  const drafts = new Map<string, ImportSession>();
  return {
    open(session: ImportSession): string {
      const token = newToken();
      drafts.set(token, session);
      for (const old of [...drafts.keys()].slice(0, Math.max(0, drafts.size - keep))) drafts.delete(old);
      return token;
    },
    get: (token: string): ImportSession | undefined => drafts.get(token),
    close: (token: string): void => void drafts.delete(token),
  };
}
