import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../app-error';
import type { Disk } from './disk';

export { isProcessAlive, processStartTime } from './process-identity';

export const LOCK_FILE = 'profile.lock';
/** How often, and how many times, an opener waits for another one that is taking over a stale lock. */
const RETRY = { times: 40, delayMs: 25 } as const;

/** What a lock file says about its holder. `startTime` and `nonce` are absent in locks of older versions. */
interface LockRecord {
  pid: number;
  startTime?: string | null;
  nonce?: string;
  since?: string;
}

export interface ProfileLock {
  /** Removes the lock file only while it is still this lock (never one another opener took over). */
  release(): Promise<void>;
}

export interface LockOptions {
  pid: number;
  isAlive: (pid: number) => boolean;
  startTimeOf: (pid: number) => string | null;
}

type Attempt = { outcome: 'taken' } | { outcome: 'held'; by: LockRecord } | { outcome: 'retry' };

/**
 * One writer per profile file, even across programs the single-instance lock does not cover
 * (a second copy of the app, a script). The lock file is created exclusively and names its holder
 * by pid, process start time and a nonce. A lock whose holder is gone — no such pid, or a pid now
 * used by a process that started at another time — is stale, and exactly one opener takes it
 * over: the one that exclusively creates the claim file named after that stale lock.
 */
export async function acquireProfileLock(disk: Disk, folder: string, options: LockOptions): Promise<ProfileLock> {
  const file = path.join(folder, LOCK_FILE);
  const me: LockRecord = {
    pid: options.pid,
    startTime: options.startTimeOf(options.pid),
    nonce: randomBytes(12).toString('hex'),
    since: new Date().toISOString(),
  };
  const content = JSON.stringify(me);

  const isMine = (bytes: Buffer | null) => bytes !== null && parseLock(bytes)?.nonce === me.nonce;
  const holds = (holder: LockRecord): boolean => {
    if (!options.isAlive(holder.pid)) return false;
    // A lock of an older version names a pid only: that pid alive is all that can be told,
    // unless it is this very process, which has no other store open on this folder.
    if (holder.startTime === undefined) return holder.pid !== options.pid;
    if (holder.startTime === null) return true;
    const startTime = options.startTimeOf(holder.pid);
    return startTime === null || startTime === holder.startTime;
  };

  async function take(target: string, depth: number): Promise<Attempt> {
    if (await disk.createExclusive(target, content, 0o600)) return { outcome: 'taken' };
    const bytes = await disk.read(target);
    if (bytes === null) return { outcome: 'retry' }; // released meanwhile
    const holder = parseLock(bytes);
    if (holder !== null && holds(holder)) return { outcome: 'held', by: holder };
    // Stale or unreadable. A claim abandoned by a crash is itself stale and taken over the same
    // way. A claim on a claim abandoned too (two crashes at just the wrong moments) is simply
    // removed, so nothing locks forever.
    if (depth >= 2) {
      await disk.remove(target);
      return { outcome: 'retry' };
    }
    const claim = `${target}.claim-${holder?.nonce ?? createHash('sha256').update(bytes).digest('hex').slice(0, 24)}`;
    const claimed = await take(claim, depth + 1);
    if (claimed.outcome !== 'taken') return { outcome: 'retry' };
    try {
      // Still the stale lock this opener judged: nobody else can change it now (creating fails,
      // the claim is ours, its holder is gone), so it is replaced in one rename.
      const now = await disk.read(target);
      if (now === null || !now.equals(bytes)) return { outcome: 'retry' };
      await disk.writeAtomic(target, content, { mode: 0o600, durable: false });
      return { outcome: 'taken' };
    } finally {
      if (isMine(await disk.read(claim))) await disk.remove(claim);
    }
  }

  for (let attempt = 0; attempt < RETRY.times; attempt += 1) {
    const result = await take(file, 0);
    if (result.outcome === 'taken') {
      let released: Promise<void> | null = null;
      return {
        release() {
          released ??= disk.read(file).then((bytes) => (isMine(bytes) ? disk.remove(file) : undefined));
          return released;
        },
      };
    }
    if (result.outcome === 'held') {
      throw new AppError(
        'STORE_LOCKED',
        `The profile in ${folder} is already open in another program (process ${result.by.pid}). Close it there, then open Throughline again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY.delayMs));
  }
  throw new AppError(
    'STORE_LOCKED',
    `The profile lock in ${folder} could not be taken. Close other copies of Throughline and try again.`,
  );
}

function parseLock(bytes: Buffer): LockRecord | null {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || !Number.isInteger(parsed.pid)) {
      return null;
    }
    const record: LockRecord = { pid: Number(parsed.pid) };
    if ('startTime' in parsed) record.startTime = typeof parsed.startTime === 'string' ? parsed.startTime : null;
    if ('nonce' in parsed && typeof parsed.nonce === 'string') record.nonce = parsed.nonce;
    return record;
  } catch {
    // An unreadable lock file holds nobody: it is taken over.
    return null;
  }
}
