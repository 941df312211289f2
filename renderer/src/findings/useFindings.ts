import { useEffect, useState, useSyncExternalStore } from 'react';
import { createFindingsReader, type FindingsReader, type FindingsState } from './findings-reader';

export type { FindingsState };

/** One reader for the window's life: edits tell it their revision as soon as main answers. */
export function useFindingsReader(): FindingsReader {
  const [reader] = useState(createFindingsReader);
  return reader;
}

/** The findings for `revision` (and, while they are read, the last ones). */
export function useFindings(reader: FindingsReader, revision: number | null): FindingsState {
  // Revisions that arrive other ways (the first read, a restore) are asked for here.
  useEffect(() => {
    if (revision !== null) reader.refresh(revision);
  }, [reader, revision]);
  return useSyncExternalStore(reader.subscribe, reader.get);
}
