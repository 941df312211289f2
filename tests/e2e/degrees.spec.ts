import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { emptyProfile, type Certificate, type Role } from '../../shared/domain/profile';
import { courseOf, roleOf } from '../support/certificates';
import { type TestMainProcess } from '../../scripts/support/main-process';
import { expect, openWithProfile, test } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
/** Set to a folder to keep pictures of the details panel and the tooltip, for a look by eye. */
const SHOTS = process.env['THROUGHLINE_SHOT_DIR'];

const role: Role = roleOf({
  id: 'role-museum',
  title: 'Museum educator',
  organization: 'Kunsthalle Hamburg',
  location: 'Hamburg',
  start: '2016-09',
  field: 'Education',
});

const degree: Certificate = courseOf({
  id: 'cert-ba',
  title: 'Bachelor of Arts',
  learning: 'education',
  provider: 'Universität Hamburg',
  started: '2010-10',
  issued: '2016-07',
});

const timelineItem = (page: Page, name: RegExp) =>
  page.getByRole('group', { name: 'Career path timeline' }).getByRole('button', { name });
const details = (page: Page, title: string) => page.getByRole('complementary').getByRole('article', { name: title });

async function openWith(page: Page, certificate: Certificate) {
  const main = await openWithProfile(page, { ...emptyProfile(), roles: [role], certificates: [certificate] });
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  return main;
}

test('a degree reads as education on the timeline, in its tooltip and in the details', async ({ page }) => {
  const main = await openWith(page, degree);
  // The heading counts it as what it is.
  await expect(page.locator('.timeline__counts')).toHaveText('1 role · 0 projects · 1 degree');

  const marker = timelineItem(page, /Bachelor of Arts/);
  await expect(marker).toHaveAccessibleName(/^Education: Bachelor of Arts, Universität Hamburg, Oct 2010 – Jul 2016/);
  await expect(marker).not.toHaveAccessibleName(/certificate/i);

  await marker.hover();
  const tooltip = page.locator('.tl-tooltip');
  await expect(tooltip.locator('.tl-tooltip__kind')).toHaveText('Education');
  await expect(tooltip).toContainText('Bachelor of Arts');
  await expect(tooltip).not.toContainText(/certificate/i);
  if (SHOTS !== undefined) await page.screenshot({ path: path.join(SHOTS, 'degree-tooltip.png') });

  await marker.click();
  const panel = details(page, 'Bachelor of Arts');
  await expect(panel.locator('.details__kind')).toHaveText('Education');
  await expect(panel).toContainText('started Oct 2010 · issued Jul 2016');
  if (SHOTS !== undefined)
    await page.getByRole('complementary').screenshot({ path: path.join(SHOTS, 'degree-details.png') });
  expect(main.internalErrors).toEqual([]);
});

test('a degree with a kind of skill set keeps it after “Education”', async ({ page }) => {
  await openWith(page, { ...degree, kindOverride: 'technical' });
  await timelineItem(page, /^Education: Bachelor of Arts/).click();
  await expect(details(page, 'Bachelor of Arts').locator('.details__kind')).toHaveText('Education · Technical');
});

test('a course still reads as a certificate', async ({ page }) => {
  await openWith(page, courseOf({ id: 'cert-sql', title: 'SQL Basics', issued: '2020-11' }));
  const marker = timelineItem(page, /^Certificate: SQL Basics/);
  await marker.hover();
  await expect(page.locator('.tl-tooltip__kind')).toHaveText('Certificate');
  await marker.click();
  await expect(details(page, 'SQL Basics').locator('.details__kind')).toHaveText('Certificate');
});

/** Opens the import dialog from the header and picks `file` in the (scripted) file chooser. */
async function choose(page: Page, main: TestMainProcess, file: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Import your history' });
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  main.desktop.sourceAnswers.push(file);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  return dialog;
}

test('the import preview labels degrees as education, from JSON Resume and from LinkedIn', async ({ page }) => {
  const main = await openWith(page, courseOf({ id: 'cert-old', title: 'First aid', issued: '2015-01' }));
  const kindOf = (dialog: Locator, title: string) =>
    dialog
      .locator('.import-group__list > li')
      .filter({ has: page.getByText(title, { exact: true }) })
      .locator('.import-item__kind');

  const resume = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-degree-')), 'degree.resume.json');
  writeFileSync(
    resume,
    JSON.stringify({
      education: [
        { institution: 'Universität Hamburg', studyType: 'Bachelor of Arts', startDate: '2010-10', endDate: '2016-07' },
      ],
      certificates: [{ name: 'SQL Basics', issuer: 'DataCamp', date: '2020-11' }],
    }),
  );
  const dialog = await choose(page, main, resume);
  await expect(kindOf(dialog, 'Bachelor of Arts')).toHaveText('Education');
  await expect(kindOf(dialog, 'SQL Basics')).toHaveText('Certificate');
  if (SHOTS !== undefined) await dialog.screenshot({ path: path.join(SHOTS, 'degree-import-preview.png') });
  await dialog.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 2 entries from degree.resume.json.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(timelineItem(page, /^Education: Bachelor of Arts/)).toBeVisible();

  // LinkedIn's Education.csv: a degree, a course still under way, and schools with no degree name.
  const linkedIn = await choose(page, main, path.join(FIXTURES, 'linkedin/Education.csv'));
  await expect(kindOf(linkedIn, 'Bachelor of Science - BS')).toHaveText('Education');
  await expect(kindOf(linkedIn, 'MSc Data Science')).toHaveText('Education');
  // A row that names no degree is still education: it waits for the person to name it, showing what the row says.
  await expect(kindOf(linkedIn, 'Coursera · Jan 2024 – Jun 2024')).toHaveText('Education');
  await expect(kindOf(linkedIn, 'Folkhögskola · 2012 – 2013')).toHaveText('Education');
  await expect(linkedIn.locator('.import-item__kind', { hasText: 'Certificate' })).toHaveCount(0);
  expect(main.internalErrors).toEqual([]);
});
