import path from 'node:path';
import { test } from '../e2e/harness';

const outDir = path.resolve(import.meta.dirname, '../../docs/screenshots');

test('first screen, light theme', async ({ app }) => {
  await app.open();
  await app.page.screenshot({ path: path.join(outDir, 'first-screen.png') });
});

test('first screen, dark theme', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await app.page.screenshot({ path: path.join(outDir, 'first-screen-dark.png') });
});

test('about dialog', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: 'About' }).click();
  await app.page.getByText('This product uses the ESCO classification').waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'about.png') });
});
