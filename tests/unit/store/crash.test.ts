import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { openProfileStore, PROFILE_FILE } from '../../../electron/main/store/profile-store';
import { COALESCE_MS } from '../../../electron/main/store/write-scheduler';
import { bundleForNode } from '../../../scripts/support/bundle-child';
import { profileAtRevision } from '../../support/store-edits';

const KILLS = 200;
/**
 * The documented window is the coalescing delay plus one write in flight. How long a write takes
 * depends on the disk and the load on it, so the exact check is against what the store reported
 * written; the window check is a backstop against a store that stops writing, with slack for a
 * loaded two-core box.
 */
const DURABILITY_WINDOW_MS = COALESCE_MS + 2_000;

let child = '';
beforeAll(async () => {
  child = await bundleForNode(path.resolve(import.meta.dirname, '../../support/store-child.ts'));
});

/** A small seeded generator, so a failing run can be repeated with the same kill moments. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface KillOutcome {
  folder: string;
  killedAt: number;
  acks: Array<{ revision: number; at: number }>;
  /** The last revision the store reported on disk before the kill. */
  durable: number;
}

function runAndKill(delayMs: number): Promise<KillOutcome> {
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-crash-'));
  const process = spawn('node', [child, folder, 'edit'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acks: KillOutcome['acks'] = [];
  let buffered = '';
  let killedAt = 0;
  let durable = 0;
  return new Promise((resolve, reject) => {
    process.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, revision, at] = line.split(' ');
        if (word === 'ready' && killedAt === 0) {
          setTimeout(() => {
            killedAt = Date.now();
            process.kill('SIGKILL');
          }, delayMs);
        } else if (word === 'ack' && killedAt === 0) {
          acks.push({ revision: Number(revision), at: Number(at) });
        } else if (word === 'durable' && killedAt === 0) {
          durable = Math.max(durable, Number(revision));
        }
      }
    });
    process.on('error', reject);
    process.on('exit', () => resolve({ folder, killedAt, acks, durable }));
  });
}

describe('a store process killed with SIGKILL', () => {
  it(`never leaves a broken file, never loses a write reported done, and nothing acknowledged ${DURABILITY_WINDOW_MS} ms before, over ${KILLS} kills`, async () => {
    const random = seeded(20261126);
    const delays = Array.from({ length: KILLS }, () => 20 + Math.floor(random() * 700));
    const outcomes: KillOutcome[] = [];
    // Four at a time: the children mostly wait on timers and the disk.
    for (let index = 0; index < delays.length; index += 4) {
      outcomes.push(...(await Promise.all(delays.slice(index, index + 4).map((delay) => runAndKill(delay)))));
    }

    let lostBeyondWindow = 0;
    let withData = 0;
    for (const { folder, killedAt, acks, durable } of outcomes) {
      const mustHave = Math.max(
        durable,
        ...acks.filter((ack) => ack.at <= killedAt - DURABILITY_WINDOW_MS).map((ack) => ack.revision),
      );
      const file = path.join(folder, PROFILE_FILE);
      const onDisk = existsSync(file) ? decodeProfileFile(readFileSync(file)) : null;
      if (onDisk !== null && !onDisk.ok) throw new Error(`${file} does not parse: ${onDisk.message}`);
      const revision = onDisk?.revision ?? 0;
      if (onDisk !== null) {
        withData += 1;
        expect(onDisk.profile).toEqual(profileAtRevision(revision));
      }
      if (revision < mustHave) lostBeyondWindow += 1;

      // The next start takes over the dead process's lock and opens what is on disk.
      const reopened = await openProfileStore({ dataFolder: folder });
      expect(reopened.state().revision).toBe(revision);
      await reopened.close();
    }
    expect(lostBeyondWindow).toBe(0);
    expect(withData).toBeGreaterThan(KILLS / 2);
    // The exact check only means something if the store reported its writes.
    expect(outcomes.filter((outcome) => outcome.durable > 0).length).toBeGreaterThan(KILLS / 2);
  }, 240_000);
});
