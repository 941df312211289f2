/**
 * `npm run test:electron`: the Playwright _electron suite against the real app. Machines that
 * installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have no binary; they say so plainly and pass.
 */
import { spawnSync } from 'node:child_process';
import { electronBinary } from './support/electron-binary';

if (electronBinary() === null) {
  console.log(
    'skipped: Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set); the _electron suite did not run.',
  );
  process.exit(0);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
