import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeProfileFile } from '../../electron/main/store/profile-file';
import { startTestMainProcess } from '../support/main-process';
import { sampleProfile, seedProfileFile } from '../support/profiles';
import { E2E_ORIGIN, installApp, test } from '../e2e/harness';

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

test('backups dialog', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, sampleProfile(), 4);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore' }).first().waitFor();
  await page.screenshot({ path: path.join(outDir, 'backups.png') });
});

test('recovery notice', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  writeFileSync(path.join(dataFolder, 'profile.json'), Buffer.alloc(2048));
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('alert').waitFor();
  await page.screenshot({ path: path.join(outDir, 'recovery-notice.png') });
});

test('target role from an occupation', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: /Target role/ }).click();
  const occupation = app.page.getByRole('combobox', { name: 'From an occupation' });
  await occupation.fill('data analyst');
  await app.page.getByRole('option', { name: 'data analyst', exact: true }).waitFor();
  await occupation.press('Enter');
  await app.page.getByRole('group', { name: /Essential skills/ }).waitFor();
  await app.page.getByRole('combobox', { name: 'Add a skill' }).fill('power b');
  await app.page.getByRole('option', { name: 'Power BI' }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'target-from-occupation.png') });
});

test('findings for a career changer', async ({ page }) => {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, '../fixtures/personas/changer-teacher-to-ux-unsupported.json')),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, decoded.profile, 3);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('region', { name: /Worth fixing/ }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'findings.png') });
});

test('the sample profile', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await app.page.getByRole('region', { name: /Worth fixing/ }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'sample-profile.png') });
});
