import type { IpcHandlers } from '../../../shared/ipc/contract';
import { postingFits } from '../../../shared/posting/fit';
import type { PostingFit } from '../../../shared/posting/posting';
import type { LensReadings } from './lens-handlers';

/**
 * The "closest to ready" list across saved postings, read from the profile, taxonomy and day the
 * lens reads. It reads each posting's evidence (what readiness reads), not a full analysis per
 * target: the lens keeps one analysis at a time, and reading every posting through it would push
 * out the one the target view is showing. The list is kept per revision and day.
 */
export function createPostingFitHandlers(lens: LensReadings): Pick<IpcHandlers, 'posting.fit'> {
  let last: { key: string; postings: PostingFit[] } | null = null;
  return {
    'posting.fit': async () => {
      const { profile, revision, loaded, now } = await lens.current();
      const key = `${String(revision)}|${now}`;
      if (last?.key !== key) last = { key, postings: postingFits(profile, loaded, now) };
      return { postings: last.postings };
    },
  };
}
