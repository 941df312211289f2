import { useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/ipc/result';
import type { PostingFit } from '../../../shared/posting/posting';
import { ask } from '../ipc/client';

export type PostingFitReading =
  { status: 'loading' } | { status: 'ready'; postings: readonly PostingFit[] } | { status: 'failed'; error: IpcError };

/** Every saved posting's fit, read again whenever the profile's revision moves; the last answer stays meanwhile. */
export function usePostingFit(revision: number): PostingFitReading {
  const [reading, setReading] = useState<PostingFitReading>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void ask((api) => api.readPostingFit({})).then((result) => {
      if (!current) return;
      setReading(
        result.ok ? { status: 'ready', postings: result.value.postings } : { status: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [revision]);
  return reading;
}
