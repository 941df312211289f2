import type { Locator, Page } from '@playwright/test';
import { emptyProfile, type SkilledKind } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { courseOf } from '../support/certificates';
import { profileOnDisk } from '../support/profile-on-disk';
import { E2E_ORIGIN, expect, openWithProfile, test, type AppFixture } from './harness';

const timeline = (page: Page) => page.getByRole('group', { name: 'Career path timeline' });
const item = (page: Page, name: RegExp) => timeline(page).getByRole('button', { name });
const ticks = (page: Page) => page.locator('.tl-chart .recharts-cartesian-axis-tick-value').allTextContents();
const finding = (page: Page, message: string | RegExp) =>
  page.locator('.findings').getByRole('button', { name: message, exact: true });

async function addEntry(page: Page, kind: SkilledKind, fill: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: `Add ${kind}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add a ${kind}` });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function addCertificate(page: Page, title: string) {
  await addEntry(page, 'certificate', async (dialog) => {
    await dialog.getByRole('combobox', { name: 'Title' }).fill(title);
    await dialog.getByRole('combobox', { name: 'Provider' }).fill('Coursera');
    await dialog.getByLabel('Status').selectOption('earned');
    await dialog.getByLabel('Issued').fill('2024-03');
  });
}

/** Writes from the store are coalesced; the disk catches up within a moment. */
function onDisk(app: AppFixture) {
  return profileOnDisk(app.main.profilePath);
}

test('from an empty app to a linked certificate: its finding closes and the connector appears', async ({ app }) => {
  await app.open();
  const { page } = app;
  await addEntry(page, 'role', async (dialog) => {
    await dialog.getByLabel('Title', { exact: true }).fill('Data analyst');
    await dialog.getByLabel('Start', { exact: true }).fill('2023-01');
    await dialog.getByLabel('I work here now').check();
  });
  await expect(item(page, /^Role: Data analyst/)).toBeVisible();
  await expect.poll(() => onDisk(app)?.roles.map((role) => role.title)).toEqual(['Data analyst']);

  await addEntry(page, 'project', async (dialog) => {
    await dialog.getByLabel('Title', { exact: true }).fill('Churn dashboard');
    await dialog.getByLabel('Start', { exact: true }).fill('2024-02');
    await dialog.getByLabel('End', { exact: true }).fill('2024-08');
  });
  await expect(item(page, /^Project: Churn dashboard/)).toBeVisible();
  await expect.poll(() => onDisk(app)?.projects.map((project) => project.title)).toEqual(['Churn dashboard']);

  await addCertificate(page, 'SQL for Data Analysis');
  const marker = item(page, /^Certificate: SQL for Data Analysis/);
  await expect(marker).toHaveAccessibleName(/Not linked to any work yet/);
  await expect(marker).toHaveAccessibleName(/not applied yet/);
  const findings = page.getByRole('complementary');
  const unapplied = finding(page, '“SQL for Data Analysis” is not linked to any role or project.');
  await expect(unapplied).toBeVisible();
  await expect(page.locator('.tl-connector')).toHaveCount(0);
  await expect.poll(() => onDisk(app)?.certificates.length).toBe(1);

  // The hint for a first link shows while nothing is linked.
  await expect(page.getByRole('note')).toContainText('Link your learning to your work');

  // Attach it from the certificate's details, with a line on how it was used.
  await marker.click();
  const details = findings.getByRole('article', { name: 'SQL for Data Analysis' });
  const attach = details.getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Churn dashboard' });
  await attach.getByLabel('How I used it').fill('Wrote the churn queries');
  await attach.getByRole('button', { name: 'Attach' }).click();

  await expect(unapplied).toBeHidden();
  await expect(page.locator('.tl-connector')).toHaveCount(1);
  await expect(marker).toHaveAccessibleName(/Applied in 1 place/);
  await expect(page.getByRole('note')).toBeHidden();
  await expect
    .poll(() => onDisk(app)?.certificates[0]?.appliedIn)
    .toEqual([expect.objectContaining({ kind: 'project', note: 'Wrote the churn queries' })]);

  // Undo takes the link back, on screen and on disk.
  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(unapplied).toBeVisible();
  await expect(page.locator('.tl-connector')).toHaveCount(0);
  await expect.poll(() => onDisk(app)?.certificates[0]?.appliedIn).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.tl-connector')).toHaveCount(1);
  await expect.poll(() => onDisk(app)?.certificates[0]?.appliedIn.length).toBe(1);
});

test('a title that promises mastery raises its finding, marked on the timeline', async ({ app }) => {
  await app.open();
  const { page } = app;
  await addCertificate(page, 'Become an Expert in SQL');
  await expect(finding(page, /^“Become an Expert in SQL” promises/)).toBeVisible();
  await expect(item(page, /^Certificate: Become an Expert in SQL/)).toHaveAccessibleName(
    /things? a recruiter would notice/,
  );
  await expect(page.locator('.tl-marker .tl-badge--warning, .tl-marker .tl-badge--suggestion')).toHaveCount(1);
  await expect
    .poll(() => onDisk(app)?.certificates.map((certificate) => certificate.title))
    .toEqual(['Become an Expert in SQL']);
});

test('a keyboard-only walk through the timeline', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).press('Enter');
  await expect(item(page, /^Role: Shift supervisor/)).toBeVisible();
  // The button is gone with the empty state; focus lands on the timeline's heading.
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeFocused();

  // Tab reaches one item of the timeline (one stop for the whole chart), arrows do the rest.
  let inTimeline = false;
  for (let step = 0; step < 30 && !inTimeline; step++) {
    await page.keyboard.press('Tab');
    inTimeline = await page.evaluate(() => document.activeElement?.closest('.tl-layer') !== null);
  }
  expect(inTimeline).toBe(true);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await page.keyboard.press('Home');
  expect(await focused()).toMatch(/^Role: Sales associate/);
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(/^Role: Shift supervisor/);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(/^Project: /);
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(/^Certificate: /);
  await page.keyboard.press('End');
  const last = await focused();
  expect(last).toMatch(/^Certificate: /);
  await expect(page.locator('.tl-layer :focus-visible .tl-item__ring')).toBeVisible();

  await page.keyboard.press('Enter');
  const title = /^Certificate: ([^,]+)/.exec(last)?.[1] ?? '';
  await expect(page.getByRole('complementary').getByRole('article', { name: title })).toBeVisible();
  await expect(page.locator('.tl-layer [aria-pressed="true"]')).toHaveAttribute('aria-label', last);
  await page.keyboard.press('Escape');
  await expect(page.locator('.tl-layer [aria-pressed="true"]')).toHaveCount(0);
});

test('clicking a finding selects its subject on the timeline and opens its details', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await finding(page, '“Python for Everybody” is not linked to any role or project.').click();
  await expect(item(page, /^Certificate: Python for Everybody/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary').getByRole('article', { name: 'Python for Everybody' })).toBeVisible();

  // A gap finding brings its months into view: zoomed to the last five years, the gap is off screen.
  await page.getByRole('button', { name: 'Last 5 years' }).click();
  await expect.poll(async () => Number((await ticks(page))[0])).toBeGreaterThan(2020);
  await finding(page, /^Nothing covers/).click();
  await expect.poll(async () => Number((await ticks(page))[0])).toBeLessThanOrEqual(2019);
  await expect(page.getByText('Chosen range')).toBeVisible();
});

test('zoom presets, panning and the brush change the time shown', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(item(page, /^Role: Sales associate/)).toBeVisible();
  const whole = await ticks(page);
  expect(whole[0]).toBe('2017');
  await page.getByRole('button', { name: 'Last 5 years' }).click();
  await expect(page.getByRole('button', { name: 'Last 5 years' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await ticks(page))[0]).not.toBe('2017');
  await expect(item(page, /^Role: Sales associate/)).toHaveCount(0);
  await page.getByRole('button', { name: /Earlier/ }).click();
  await expect(page.getByText('Chosen range')).toBeVisible();
  await page.getByRole('button', { name: 'Whole career' }).click();
  await expect.poll(() => ticks(page)).toEqual(whole);

  // The brush's left handle, moved from the keyboard, narrows the range from the start.
  await page.locator('.tl-brush .recharts-brush-traveller').first().focus();
  for (let step = 0; step < 30; step++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Chosen range')).toBeVisible();
  await expect.poll(async () => Number((await ticks(page))[0])).toBeGreaterThan(2018);
});

test('dense certificates cluster and expand into a list', async ({ page }) => {
  const base = courseOf({ id: 'c', title: 'Course', issued: '2023-04' });
  const certificates = Array.from({ length: 12 }, (_, index) => ({
    ...base,
    id: `cert-${index}`,
    title: `Course ${index + 1}`,
  }));
  await openWithProfile(page, { ...emptyProfile(), certificates });

  const cluster = timeline(page).getByRole('button', { name: /^12 certificates between/ });
  await expect(cluster).toBeVisible();
  await cluster.click();
  const list = page.getByRole('dialog', { name: '12 certificates close together' });
  await expect(list.getByRole('listitem')).toHaveCount(12);
  await list.getByRole('button', { name: /^Course 7/ }).click();
  await expect(list).toBeHidden();
  await expect(page.getByRole('complementary').getByRole('article', { name: 'Course 7' })).toBeVisible();
  await expect(cluster).toHaveAttribute('aria-pressed', 'true');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the timeline, a form, the target view and the dialogs have no axe violations (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Explore a sample profile' }).click();
    await expect(item(page, /^Role: Shift supervisor/)).toBeVisible();
    await item(page, /^Certificate: Python for Everybody/).click();
    await item(page, /^Certificate: Python for Everybody/).hover();
    await expect(page.locator('.tl-tooltip')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add certificate' }).click();
    await page
      .getByRole('dialog', { name: 'Add a certificate' })
      .getByRole('button', { name: 'Add', exact: true })
      .click();
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Target role' }).click();
    await expect(page.getByRole('heading', { name: /Data analyst/ }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // The dialogs around the screens: target roles, backups, about.
    for (const [button, dialog] of [
      [/^Target role: Data analyst/, 'Target roles'],
      [/^Backups$/, 'Backups and export'],
      [/^About$/, 'About Throughline'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      expect(await axeViolations(page, 'dialog[open]'), dialog).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
    }
  });
}

test('a provider the bundled list does not know can be marked as known in the user’s field', async ({ app }) => {
  // A recent course, not yet used anywhere, from a provider the bundled list does not know: nothing
  // else vouches for it, so who taught it is worth a line (old learning is background and is not asked).
  const quick = courseOf({
    id: 'cert-quick-sql',
    title: 'SQL Basics',
    provider: 'QuickSkills Online',
    issued: '2026-06',
    skills: [{ label: 'SQL', conceptId: null }],
  });
  const frame = { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true };
  for (const [channel, payload] of [
    ['profile.loadSample', {}],
    ['profile.execute', { command: { type: 'certificate.add', certificate: quick } }],
  ] as const) {
    const result = await app.main.dispatch(channel, frame, payload);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
  await app.open();
  const { page } = app;
  const card = finding(page, '“SQL Basics” is not linked to any role or project.');
  const providerLine = page
    .locator('.findings')
    .getByText('QuickSkills Online is not a provider Throughline recognises.');
  await expect(card).toBeVisible();
  await expect(providerLine).toBeVisible();
  await card.click();
  const details = page.getByRole('complementary').getByRole('article', { name: /^SQL Basics/ });
  await details.getByRole('button', { name: 'QuickSkills Online is known in my field' }).click();
  await expect(providerLine).toBeHidden();
  await expect
    .poll(() => onDisk(app)?.providers.custom.map(({ name, recognised }) => ({ name, recognised })))
    .toEqual([{ name: 'QuickSkills Online', recognised: true }]);
});
