import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDisk } from '../../../electron/main/store/disk';
import { acquireProfileLock, LOCK_FILE, processStartTime } from '../../../electron/main/store/lock';
import { bundleForNode } from '../../../scripts/support/bundle-child';
import { openStore, tempFolder } from '../../support/store-harness';

/** The pid the data folder's lock names: who holds the profile now. */
const lockHolder = (folder: string): unknown =>
  (JSON.parse(readFileSync(path.join(folder, LOCK_FILE), 'utf8')) as { pid?: unknown }).pid;

const DEAD_PID = 2 ** 22 + 12345;

function staleLock(folder: string) {
  writeFileSync(
    path.join(folder, LOCK_FILE),
    JSON.stringify({ pid: DEAD_PID, startTime: '1', nonce: 'gone', since: '2026-01-01T00:00:00.000Z' }),
  );
}

/** An unrelated live process, to play the part of whatever reused a dead holder's pid. */
async function liveStranger(): Promise<ChildProcess & { pid: number }> {
  const child = spawn('node', ['-e', 'process.stdout.write("up"); setInterval(() => {}, 60000)'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  if (child.pid === undefined) throw new Error('the child did not start');
  return child as ChildProcess & { pid: number };
}

describe('the profile lock', () => {
  it('goes to exactly one of several openers racing for a stale lock', async () => {
    for (let trial = 0; trial < 30; trial += 1) {
      const folder = tempFolder('throughline-lock-');
      staleLock(folder);
      const openers = Array.from({ length: 6 }, (_, index) =>
        acquireProfileLock(nodeDisk, folder, {
          pid: 1000 + index,
          isAlive: (pid) => pid !== DEAD_PID,
          startTimeOf: (pid) => `started-${pid}`,
        }),
      );
      const outcomes = await Promise.allSettled(openers);
      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ code: 'STORE_LOCKED' });
      }
    }
  });

  it('is released only while it is still this opener’s', async () => {
    const folder = tempFolder('throughline-lock-');
    const file = path.join(folder, LOCK_FILE);
    const lock = await acquireProfileLock(nodeDisk, folder, {
      pid: 1000,
      isAlive: () => true,
      startTimeOf: () => 'a',
    });
    // Another process judged it stale and took it over.
    const theirs = JSON.stringify({ pid: 2000, startTime: 'b', nonce: 'theirs', since: new Date().toISOString() });
    writeFileSync(file, theirs);
    await lock.release();
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('names a pid now used by an unrelated live process: that lock is stale and taken over', async () => {
    const stranger = await liveStranger();
    try {
      const folder = tempFolder('throughline-lock-');
      writeFileSync(
        path.join(folder, LOCK_FILE),
        JSON.stringify({
          pid: stranger.pid,
          startTime: 'long before',
          nonce: 'gone',
          since: '2026-01-01T00:00:00.000Z',
        }),
      );
      const store = await openStore(folder);
      expect(lockHolder(folder)).toBe(process.pid);
      await store.close();
      expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);
    } finally {
      stranger.kill('SIGKILL');
    }
  });

  it('held by a live process that started when the lock says, is respected', async () => {
    const stranger = await liveStranger();
    try {
      const folder = tempFolder('throughline-lock-');
      writeFileSync(
        path.join(folder, LOCK_FILE),
        JSON.stringify({ pid: stranger.pid, startTime: processStartTime(stranger.pid), nonce: 'held', since: '' }),
      );
      await expect(openStore(folder)).rejects.toMatchObject({
        code: 'STORE_LOCKED',
        message: expect.stringContaining(`process ${stranger.pid}`),
      });
    } finally {
      stranger.kill('SIGKILL');
    }
  });

  it('is not stuck behind a claim left by an opener that crashed while taking over', async () => {
    const folder = tempFolder('throughline-lock-');
    staleLock(folder);
    writeFileSync(
      path.join(folder, `${LOCK_FILE}.claim-gone`),
      JSON.stringify({ pid: DEAD_PID + 1, startTime: '1', nonce: 'crashed', since: '' }),
    );
    const store = await openStore(folder);
    expect(lockHolder(folder)).toBe(process.pid);
    await store.close();
    expect(existsSync(path.join(folder, LOCK_FILE))).toBe(false);
  });
});

describe('separate processes racing for a stale lock', () => {
  let child = '';
  beforeAll(async () => {
    child = await bundleForNode(path.resolve(import.meta.dirname, '../../support/store-child.ts'));
  });

  /** Starts `count` store processes on the folder at once; answers what each said first. */
  async function race(folder: string, count: number): Promise<string[]> {
    const children = Array.from({ length: count }, () => {
      const process = spawn('node', [child, folder, 'try'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const closed = new Promise((resolve) => process.once('close', resolve));
      const firstWord = new Promise<string>((resolve) => {
        process.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8').split(' ')[0]!.trim()));
        process.once('exit', () => resolve('exited'));
      });
      return { process, closed, firstWord };
    });
    const said = await Promise.all(children.map((entry) => entry.firstWord));
    for (const { process } of children) process.kill('SIGKILL');
    await Promise.all(children.map((entry) => entry.closed));
    return said;
  }

  it('exactly one of them opens the profile; the others are told it is open elsewhere', async () => {
    for (let trial = 0; trial < 3; trial += 1) {
      const folder = tempFolder('throughline-lock-');
      staleLock(folder);
      const said = await race(folder, 4);
      expect(said.filter((word) => word === 'ready')).toHaveLength(1);
      expect(said.filter((word) => word === 'locked')).toHaveLength(3);
    }
  }, 60_000);
});
