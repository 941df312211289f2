import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestMainProcess } from '../../scripts/support/main-process';
import { sampleProfile, seedProfileFile } from '../../scripts/support/profiles';
import { axeViolations } from '../support/axe';
import { E2E_ORIGIN, expect, installApp, test } from './harness';

test('backups can be listed, restored and undone; the profile exported and imported', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
  seedProfileFile(dataFolder, sampleProfile(), 4);
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await expect(page.getByText('1 role · 0 projects · 1 certificate')).toBeVisible();

  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups and export' });
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await expect(dialog).toContainText('1 role, 0 projects, 1 certificate');
  expect(await axeViolations(page)).toEqual([]);

  const exportFile = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-export-')), 'mine.json');
  main.desktop.exportAnswers.push(exportFile);
  await dialog.getByRole('button', { name: 'Export profile…' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Exported to ${exportFile}.`);
  expect(existsSync(exportFile)).toBe(true);
  expect(JSON.parse(readFileSync(exportFile, 'utf8'))).toMatchObject({
    format: 'throughline-profile-export',
    profile: sampleProfile(),
  });

  // Edit through the store, then bring the backup back from the dialog.
  const store = await main.store;
  store.execute({ type: 'certificate.delete', id: 'cert-ux' });
  await dialog.getByRole('button', { name: 'Restore' }).first().click();
  await expect(dialog.getByRole('status')).toContainText('Restored the backup');
  await expect(dialog.getByRole('row')).toHaveCount(3);
  expect(store.state().profile).toEqual(sampleProfile());
  expect(store.state().undoLabel).toBe('Restore backup');

  main.desktop.importAnswers.push(exportFile);
  await dialog.getByRole('button', { name: 'Import profile…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported.');
  expect(store.state().undoLabel).toBe('Import mine.json');

  await dialog.getByRole('button', { name: 'Show backups folder' }).click();
  await expect.poll(() => main.desktop.revealed).toEqual([path.join(dataFolder, 'backups')]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
