import type { SaveStatus } from '../../../shared/profile/state';

/**
 * How long an acknowledged edit may wait before it is written: a burst of edits inside this
 * window becomes one write. This is also the durability window: a crash loses at most the
 * edits acknowledged in the last COALESCE_MS (plus the one write then under way).
 */
export const COALESCE_MS = 250;
/** After a failed write (full disk, read-only folder) the store tries again this often. */
export const RETRY_MS = 5_000;

interface WriteScheduler {
  /** Something changed: write it soon. */
  markDirty(): void;
  /**
   * Resolves once everything dirty at its call is on disk, however many writes that takes and
   * whoever started them; rejects with the error of the write that should have covered it.
   */
  flush(): Promise<void>;
  status(): SaveStatus;
  /** Disk writes completed so far (for the bench and tests). */
  readonly writes: number;
  dispose(): void;
}

export function createWriteScheduler(
  write: () => Promise<void>,
  options: {
    delayMs?: number;
    retryMs?: number;
    describeError: (error: unknown) => string;
    onStatus?: (status: SaveStatus) => void;
  },
): WriteScheduler {
  const delayMs = options.delayMs ?? COALESCE_MS;
  const retryMs = options.retryMs ?? RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  // Every change bumps `changed`; a write records the count it started from once it is durable.
  // Comparing the two says exactly what is on disk, whatever order writes and flushes come in.
  let changed = 0;
  let saved = 0;
  let failure: Error | null = null;
  let writes = 0;

  const status = (): SaveStatus =>
    failure !== null
      ? { state: 'failed', message: options.describeError(failure) }
      : saved < changed || running !== null
        ? { state: 'pending' }
        : { state: 'saved' };

  function arm(delay: number) {
    if (timer !== undefined || running !== null) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (saved < changed) void startWrite();
    }, delay);
  }

  /** One write at a time; when it ends, whatever changed meanwhile is scheduled. */
  function startWrite(): Promise<void> {
    const covers = changed;
    running = write()
      .then(
        () => {
          writes += 1;
          saved = Math.max(saved, covers);
          failure = null;
        },
        (error: unknown) => {
          failure = error instanceof Error ? error : new Error(String(error));
        },
      )
      .finally(() => {
        running = null;
        options.onStatus?.(status());
        if (saved < changed) arm(failure === null ? delayMs : retryMs);
      });
    return running;
  }

  async function flush(): Promise<void> {
    const target = changed;
    clearTimeout(timer);
    timer = undefined;
    while (saved < target) {
      if (running !== null) {
        // A write already under way may have started before the last change: wait, then look again.
        await running;
        continue;
      }
      await startWrite();
      if (saved < target) throw failure ?? new Error('The profile could not be saved.');
    }
  }

  return {
    markDirty() {
      changed += 1;
      arm(delayMs);
      options.onStatus?.(status());
    },
    flush,
    status,
    get writes() {
      return writes;
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
