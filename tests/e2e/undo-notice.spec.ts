import type { Page } from '@playwright/test';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { type TestMainProcess } from '../../scripts/support/main-process';
import { profileOnDisk } from '../support/profile-on-disk';
import { sampleProfile } from '../../scripts/support/profiles';
import { expect, openWithProfile, test } from './harness';

const ATTACHED = 'attached “SQL Basics” to “Data analyst”';

/** A role and a certificate not yet linked to it, so the test's first edit is the attach. */
function seeded(): Profile {
  const sample = sampleProfile();
  return {
    ...emptyProfile(),
    roles: [{ ...sample.roles[0]!, id: 'role-analyst', title: 'Data analyst', organization: 'Acme' }],
    certificates: [{ ...sample.certificates[0]!, id: 'cert-sql', title: 'SQL Basics', appliedIn: [] }],
  };
}

async function openSeeded(page: Page): Promise<TestMainProcess> {
  const main = await openWithProfile(page, seeded());
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  return main;
}

async function attachInDetails(page: Page) {
  await page
    .getByRole('group', { name: 'Career path timeline' })
    .getByRole('button', { name: /^Certificate: SQL Basics/ })
    .click();
  const details = page.getByRole('complementary').getByRole('article', { name: 'SQL Basics' });
  const attach = details.getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Data analyst' });
  await attach.getByRole('button', { name: 'Attach' }).click();
  return details;
}

const linksOnDisk = (main: TestMainProcess) => profileOnDisk(main.profilePath)?.certificates[0]?.appliedIn ?? [];
const undoNotice = (page: Page) => page.getByRole('status').filter({ hasText: /^(Undone|Redone):/ });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('undo says what it undid, and its button redoes it and says so', async ({ page }) => {
      const main = await openSeeded(page);
      const details = await attachInDetails(page);
      const appliedIn = details.getByRole('list', { name: 'Applied in' });
      await expect(appliedIn.getByRole('button', { name: 'Data analyst', exact: true })).toBeVisible();
      await expect.poll(() => linksOnDisk(main)).toHaveLength(1);
      await expect(undoNotice(page)).toHaveCount(0);

      // Ctrl+Z outside a text field undoes the edit; the notice names it and does not take focus.
      const heading = page.getByRole('heading', { name: 'Career path', exact: true });
      await heading.click();
      const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML);
      await page.keyboard.press('Control+z');
      const notice = undoNotice(page);
      await expect(notice).toHaveText(`Undone: ${ATTACHED}Redo`);
      await expect(notice.getByText(`Undone: ${ATTACHED}`, { exact: true })).toBeVisible();
      await expect(notice).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore);
      await expect(appliedIn).toBeHidden();
      await expect.poll(() => linksOnDisk(main)).toEqual([]);
      // The pointer on the notice holds it past its time (an axe check takes longer than that).
      await notice.hover();
      expect(await axeViolations(page)).toEqual([]);

      // Its Redo brings the link back and says so, offering Undo in turn.
      await notice.getByRole('button', { name: 'Redo' }).click();
      await expect(notice).toHaveText(`Redone: ${ATTACHED}Undo`);
      await expect(notice).toBeInViewport({ ratio: 1 });
      await expect(appliedIn.getByRole('button', { name: 'Data analyst', exact: true })).toBeVisible();
      await expect.poll(() => linksOnDisk(main)).toEqual([expect.objectContaining({ id: 'role-analyst' })]);

      // The same button, still focused, now undoes.
      await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(notice).toHaveText(`Undone: ${ATTACHED}Redo`);
      await expect.poll(() => linksOnDisk(main)).toEqual([]);
      expect(main.internalErrors).toEqual([]);
    });
  });
}

test('the next edit puts the notice away, and so does time', async ({ page }) => {
  await page.clock.install();
  const main = await openSeeded(page);
  await attachInDetails(page);
  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  const notice = undoNotice(page);
  await expect(notice).toContainText(`Undone: ${ATTACHED}`);

  // A new edit makes the notice out of date: Redo would no longer bring that step back.
  await attachInDetails(page);
  await expect(notice).toHaveCount(0);
  await expect.poll(() => linksOnDisk(main)).toHaveLength(1);

  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(notice).toContainText(`Undone: ${ATTACHED}`);
  await page.clock.runFor(7_000);
  await expect(notice).toContainText(`Undone: ${ATTACHED}`);
  await page.clock.runFor(1_500);
  await expect(notice).toHaveCount(0);
  expect(main.internalErrors).toEqual([]);
});
