import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeProfileFile } from '../../electron/main/store/profile-file';
import { startTestMainProcess } from '../support/main-process';
import { seedProfileFile } from '../support/profiles';
import { axeViolations } from '../support/axe';
import { E2E_ORIGIN, expect, installApp, test } from './harness';

function personaFolder(name: string): string {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, `../fixtures/personas/${name}.json`)),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
  seedProfileFile(folder, decoded.profile, 3);
  return folder;
}

test('the findings panel explains what a recruiter would notice, and findings can be set aside and restored', async ({
  page,
}) => {
  const main = startTestMainProcess({
    appOrigins: [E2E_ORIGIN],
    dataFolder: personaFolder('changer-teacher-to-ux-unsupported'),
  });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  const panel = page.getByRole('complementary');
  const worth = panel.getByRole('region', { name: /Worth fixing/ });
  await expect(worth).toContainText(
    '“Google UX Design Professional Certificate” is not linked to any role or project.',
  );
  await expect(worth).toContainText('Next step: Link it to the role or project where you used it');
  await expect(panel.getByRole('region', { name: /Good to know/ })).toContainText('Read as a career change');
  expect(await axeViolations(page)).toEqual([]);

  const finding = worth.getByRole('listitem').filter({ hasText: 'is not linked to any role or project' });
  await finding.getByRole('button', { name: /^Dismiss…/ }).click();
  await finding.getByLabel('Why set it aside? (optional)').fill('Portfolio project starts next month');
  await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(worth).not.toContainText('is not linked to any role or project');
  const dismissed = panel.getByText('Dismissed (1)');
  await dismissed.click();
  await expect(panel).toContainText('Your reason: Portfolio project starts next month');
  expect((await main.store).state().profile.dismissedFindings.map((entry) => entry.key)).toEqual(['CERT_UNAPPLIED:c1']);

  await panel.getByRole('button', { name: /^Restore/ }).click();
  await expect(worth).toContainText('is not linked to any role or project');
  expect((await main.store).state().profile.dismissedFindings).toEqual([]);
});
