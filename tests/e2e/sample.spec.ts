import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeViolations } from '../support/axe';
import { expect, test } from './harness';

test('a first-time user explores the sample, sees what a recruiter would notice, and removes it in one step', async ({
  app,
}) => {
  await app.open();
  const { page, main } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This is a sample profile' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Target role: Data analyst/ })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('“Excel Wizard: Master Every Formula” promises');
  await expect(page.getByRole('complementary')).toContainText('Nothing covers May 2019 to Feb 2020');
  expect(await axeViolations(page)).toEqual([]);

  // Saved to disk, not just shown.
  await (await main.store).flush();
  const saved = JSON.parse(readFileSync(main.profilePath, 'utf8')) as { profile: { certificates: unknown[] } };
  expect(saved.profile.certificates).toHaveLength(4);

  await page.getByRole('button', { name: 'Remove the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Your career path starts here' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Target role: none chosen yet/ })).toBeVisible();
  expect((await main.store).state()).toMatchObject({
    undoLabel: 'Remove the sample profile',
    profile: { roles: [], certificates: [], targets: [] },
  });
});

test('importing from the empty state says plainly when the file is not a profile', async ({ app }) => {
  await app.open();
  const { page, main } = app;
  const notAProfile = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-e2e-')), 'shopping-list.json');
  writeFileSync(notAProfile, '{"milk": 2}');
  main.desktop.importAnswers.push(notAProfile);
  await page.getByRole('button', { name: 'Restore a Throughline backup…' }).click();
  await expect(page.getByRole('alert')).toContainText('was not imported');
  await expect(page.getByRole('alert')).toContainText('Your profile was not changed.');
});

test('Ctrl+Z undoes the last profile edit and Shift+Ctrl+Z redoes it, but not while typing in a field', async ({
  app,
}) => {
  await app.open();
  const { page, main } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(page.getByRole('button', { name: 'Remove the sample' })).toBeVisible();

  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Your career path starts here' })).toBeVisible();
  expect((await main.store).state().profile.certificates).toEqual([]);

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('button', { name: 'Remove the sample' })).toBeVisible();
  expect((await main.store).state().profile.certificates).toHaveLength(4);

  // In a text field the keys belong to the field.
  await page.getByRole('button', { name: /Target role/ }).click();
  await page.getByRole('button', { name: 'Start from scratch' }).click();
  const title = page.getByLabel('Title');
  await title.fill('Analyst');
  await title.press('Control+z');
  expect((await main.store).state().profile.certificates).toHaveLength(4);
});
