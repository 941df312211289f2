import type { SaveStatus } from '../../../shared/profile/state';

/**
 * How long an acknowledged edit may wait before it is written: a burst of edits inside this
 * window becomes one write. This is also the durability window: a crash loses at most the
 * edits acknowledged in the last COALESCE_MS (plus the one write then under way).
 */
export const COALESCE_MS = 250;
/** After a failed write (full disk, read-only folder) the store tries again this often. */
export const RETRY_MS = 5_000;

export interface WriteScheduler {
  /** Something changed: write it soon. */
  markDirty(): void;
  /** Writes whatever is pending now; rejects with the write's error if it fails. */
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
  const pending = { dirty: false, failure: null as Error | null };
  let writes = 0;
  const isDirty = () => pending.dirty;

  const status = (): SaveStatus =>
    pending.failure !== null
      ? { state: 'failed', message: options.describeError(pending.failure) }
      : pending.dirty || running !== null
        ? { state: 'pending' }
        : { state: 'saved' };

  function arm(delay: number) {
    if (timer === undefined && running === null) timer = setTimeout(() => void run().catch(() => undefined), delay);
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (running !== null) await running;
    if (pending.dirty) {
      pending.dirty = false;
      running = write().then(
        () => {
          writes += 1;
          pending.failure = null;
        },
        (error: unknown) => {
          pending.failure = error instanceof Error ? error : new Error(String(error));
          pending.dirty = true;
        },
      );
      await running;
      running = null;
      options.onStatus?.(status());
      // Edits may have arrived while the write ran.
      if (isDirty()) arm(pending.failure === null ? delayMs : retryMs);
    }
    if (pending.failure !== null) throw pending.failure;
  }

  return {
    markDirty() {
      pending.dirty = true;
      arm(delayMs);
      options.onStatus?.(status());
    },
    flush: run,
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
