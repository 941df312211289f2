import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESCO_ATTRIBUTION } from '../../shared/app-info';
import { startTestMainProcess } from '../../scripts/support/main-process';
import { axeViolations } from '../support/axe';
import { E2E_ORIGIN, expect, installApp, test } from './harness';

test.describe('the first screen', () => {
  test('is a real application layout with a helpful empty state', async ({ app }) => {
    await app.open();
    const { page } = app;
    await expect(page.getByRole('banner')).toContainText('Throughline');
    await expect(page.getByRole('button', { name: /Target role: none chosen yet/ })).toContainText('None chosen yet');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved on this computer');
    await expect(page.getByRole('heading', { name: 'Your career path starts here' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Your certificates, linked to where you used them');
    await expect(page.getByRole('complementary')).toContainText('What a recruiter would notice');
  });

  test('has no accessibility violations', async ({ app }) => {
    await app.open();
    expect(await axeViolations(app.page)).toEqual([]);
  });

  test('has no accessibility violations in the dark theme either', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    expect(await axeViolations(app.page)).toEqual([]);
  });

  test('shows the version, the data folder and the ESCO attribution in About', async ({ app }) => {
    await app.open();
    const { page } = app;
    await page.getByRole('button', { name: 'About' }).click();
    const dialog = page.getByRole('dialog', { name: 'About Throughline' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('0.0.0-test');
    await expect(dialog).toContainText(app.main.dataFolder);
    await expect(dialog).toContainText(ESCO_ATTRIBUTION);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('tells the user when a damaged profile was recovered, and where the original went', async ({ page }) => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
    writeFileSync(path.join(dataFolder, 'profile.json'), '{"revision": 3, "profile": {"schemaVersion": 1, "roles": ');
    await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
    await page.goto(`${E2E_ORIGIN}/index.html`);
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('Your profile was recovered.');
    await expect(notice).toContainText(path.join(dataFolder, 'profile.corrupt-'));
    await expect(notice).toContainText('no backup to restore');
    expect(await axeViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('says plainly when the profile cannot be opened at all, and leaves the file alone', async ({ page }) => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
    const file = path.join(dataFolder, 'profile.json');
    const newer = JSON.stringify({ revision: 1, profile: { schemaVersion: 99 } });
    writeFileSync(file, newer);
    await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
    await page.goto(`${E2E_ORIGIN}/index.html`);
    await expect(page.getByRole('alert')).toContainText('Your profile could not be opened');
    await expect(page.getByRole('alert')).toContainText('newer version of Throughline');
    await expect(page.getByRole('status').first()).toHaveText('Profile not available');
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});
