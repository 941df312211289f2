import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { bakedPng, tEXtChunk } from '../../scripts/support/baked-png';
import type { TestMainProcess } from '../../scripts/support/main-process';
import { profileOnDisk } from '../support/profile-on-disk';
import { expect, test } from './harness';

/** Set to a folder to keep a picture of the preview, for a look by eye. */
const SHOTS = process.env['THROUGHLINE_SHOT_DIR'];

const CLASS_URL = 'https://badges.example.com/v2/badge_classes/7d1c6f0e';
const ASSERTION_URL = 'https://badges.example.com/v2/assertions/3a9b1e55';
/** As large issuers bake them: the badge class (its name, its description) is only a URL. */
const HOSTED_ASSERTION = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: ASSERTION_URL,
  recipient: { type: 'email', hashed: true, salt: 'pepper', identity: 'sha256$0f2d' },
  badge: CLASS_URL,
  issuedOn: '2023-04-18T09:30:00Z',
  verification: { type: 'HostedBadge' },
};

/** A resume with a role and a certificate that says everything but its name. */
const RESUME = {
  work: [{ name: 'Harbour Freight Co.', position: 'Logistics coordinator', startDate: '2019-02' }],
  certificates: [{ issuer: 'Coursera', date: '2022-06-01', url: 'https://coursera.org/verify/XYZ123' }],
};

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import your history' });
const group = (dialog: Locator, name: string) => dialog.getByRole('region', { name });
const entries = (within: Locator) => within.locator('.import-group__list > li');
const timelineItem = (page: Page, name: RegExp) =>
  page.getByRole('group', { name: 'Career path timeline' }).getByRole('button', { name });
const onDisk = (main: TestMainProcess) => profileOnDisk(main.profilePath);

function writeFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-needs-')), name);
  writeFileSync(file, bytes);
  return file;
}

async function choose(page: Page, main: TestMainProcess, file: string): Promise<Locator> {
  const dialog = importDialog(page);
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  main.desktop.sourceAnswers.push(file);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  return dialog;
}

test('a baked badge whose class is hosted online asks for its title, and imports with it', async ({ app }) => {
  await app.open();
  const { page, main } = app;
  const png = writeFile('bike-share.png', bakedPng([tEXtChunk('openbadges', JSON.stringify(HOSTED_ASSERTION))]));
  const dialog = await choose(page, main, png);

  // The first badge starts the import worker and its crypto: seconds on a busy machine.
  await expect(dialog).toContainText(
    'bike-share.png · Open Badges — 0 new entries, 0 merges, 0 skipped entries, 1 entry waiting for a title',
    { timeout: 20_000 },
  );
  const waiting = group(dialog, 'Needs a title from you');
  await expect(waiting.getByRole('heading')).toHaveText('Needs a title from you 1');
  const badge = entries(waiting);
  // What the file does say, so the person knows which badge they are naming.
  await expect(badge).toContainText(`badges.example.com · 18 Apr 2023 · ${ASSERTION_URL}`);
  await expect(badge).toContainText('Signature not checkable offline');
  await expect(badge).toContainText(`The badge's name and description are published at ${CLASS_URL}`);
  // Labelled, and described by what to do and why the file has no title.
  const title = badge.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveAccessibleDescription(/The file does not say what this is called\..*published at/);
  await expect(badge.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Nothing selected' })).toBeDisabled();

  if (SHOTS !== undefined) await dialog.screenshot({ path: path.join(SHOTS, 'import-needs-title-empty.png') });

  await title.fill('Open Data Wrangler');
  await expect(dialog.getByRole('button', { name: 'Import 1 entry' })).toBeEnabled();
  if (SHOTS !== undefined) await dialog.screenshot({ path: path.join(SHOTS, 'import-needs-title.png') });
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  // Cleared again, it is out again.
  await title.fill('  ');
  await expect(dialog.getByRole('button', { name: 'Nothing selected' })).toBeDisabled();
  await title.fill('Open Data Wrangler');
  await dialog.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 entry from bike-share.png.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect
    .poll(() => onDisk(main)?.certificates.map(({ title, issued, credentialUrl }) => [title, issued, credentialUrl]))
    .toEqual([['Open Data Wrangler', '2023-04-18', ASSERTION_URL]]);
  expect(onDisk(main)?.certificates[0]).toMatchObject({
    provider: 'badges.example.com',
    credential: { format: 'open-badges-2', status: 'unverifiable' },
  });
  await timelineItem(page, /^Certificate: Open Data Wrangler/).click();
  const details = page.getByRole('complementary').getByRole('article', { name: 'Open Data Wrangler' });
  await expect(details).toContainText(/issued .*2023/);
  await details.getByRole('button', { name: 'Edit Open Data Wrangler' }).click();
  const form = page.getByRole('dialog', { name: 'Edit certificate' });
  await expect(form.getByLabel('Credential URL')).toHaveValue(ASSERTION_URL);
});

test('left blank, the entry that needs a title stays out and everything else is imported', async ({ app }) => {
  const { page, main } = app;
  // The other test looks at the light theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  const dialog = await choose(page, main, writeFile('resume.json', JSON.stringify(RESUME)));
  const waiting = entries(group(dialog, 'Needs a title from you'));
  await expect(waiting).toHaveCount(1);
  if (SHOTS !== undefined) await dialog.screenshot({ path: path.join(SHOTS, 'import-needs-title-resume.png') });
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  await expect(waiting.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  await expect(entries(group(dialog, 'Will be added'))).toContainText('Logistics coordinator, Harbour Freight Co.');

  await dialog.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 entry from resume.json.');
  await expect.poll(() => onDisk(main)?.roles.map((role) => role.title)).toEqual(['Logistics coordinator']);
  expect(onDisk(main)?.certificates).toEqual([]);
});
