import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** True while a process with this pid exists (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * When the process with this pid started, as an opaque string that only needs to compare equal
 * for the same process: a pid is reused once its process is gone, its start time is not. Null
 * when it cannot be told (no such process, or a system without a cheap way to ask).
 */
export function processStartTime(pid: number): string | null {
  try {
    if (process.platform === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Field 2 (the command name) may hold spaces and parentheses: count from the last ')'.
      // What follows starts at field 3; the start time is field 22.
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    }
    if (process.platform === 'darwin' || process.platform.endsWith('bsd')) {
      const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2_000 });
      return started.trim() === '' ? null : started.trim();
    }
  } catch {
    // No such process, or /proc or ps unavailable: unknown.
  }
  return null;
}
