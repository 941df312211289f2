import { bundleImportWorkerForTests } from '../../scripts/support/import-worker';

/** Once per test run (vitest and Playwright alike), before any test process starts. */
export default async function globalSetup(): Promise<void> {
  await bundleImportWorkerForTests();
}
