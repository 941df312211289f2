import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeProfile } from '../../scripts/support/large-profile';

const root = path.resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(path.join(tmpdir(), 'throughline-closed-pipe-'));

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  received: number;
}

/**
 * Runs a CLI the way `npm run <cli> -- … | head -1` does: the reader takes the first chunk and
 * closes the pipe while the command still has far more than a pipe buffer left to write.
 */
function runIntoClosedPipe(script: string, args: string[], stdin = ''): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts', script), ...args],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let received = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, received }));
    child.stdin.end(stdin);
  });
}

function expectQuietEnd(ended: Ended) {
  expect(ended.received).toBeGreaterThan(0);
  expect(ended.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|^\s+at /m);
  expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
}

describe('the CLIs on a closed pipe (`| head -1`)', () => {
  it('npm run analyze ends quietly', async () => {
    const file = path.join(folder, 'large-profile.json');
    writeFileSync(file, JSON.stringify({ revision: 1, profile: largeProfile() }));
    expectQuietEnd(await runIntoClosedPipe('analyze.ts', [file, '--now', '2026-11-26']));
  }, 60_000);

  it('npm run import ends quietly', async () => {
    const work = Array.from({ length: 3_000 }, (_, index) => ({
      name: `Organisation ${index}`,
      position: `Analyst ${index}`,
      startDate: '2015-01',
      endDate: '2016-01',
    }));
    const file = path.join(folder, 'many-roles.resume.json');
    writeFileSync(file, JSON.stringify({ work }));
    expectQuietEnd(await runIntoClosedPipe('import.ts', [file, '--dry-run']));
  }, 60_000);

  it('npm run taxonomy ends quietly', async () => {
    const labels = Array.from({ length: 3_000 }, (_, index) => ['sql', 'python', 'excel'][index % 3]).join('\n');
    expectQuietEnd(await runIntoClosedPipe('taxonomy.ts', ['resolve', '--stdin'], labels));
  }, 60_000);
});
