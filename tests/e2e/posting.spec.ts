import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { MAX_POSTING_CHARS } from '../../shared/posting/posting';
import { localDay } from '../../shared/plan/days';
import type { TargetRole } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { profileOnDisk } from '../support/profile-on-disk';
import { E2E_ORIGIN, expect, test, type AppFixture } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/postings');
const DATA_ANALYST = readFileSync(path.join(FIXTURES, 'data-analyst.txt'), 'utf8');

/** A posting saved earlier, so that "Closest to ready" has two postings to rank. */
const SAVED_EARLIER: TargetRole = {
  id: 'target-bi-developer',
  title: 'BI developer',
  occupationId: null,
  skills: [
    { skill: { label: 'Power BI', conceptId: 'sup:power-bi' }, importance: 'essential' },
    { skill: { label: 'DAX', conceptId: 'sup:dax' }, importance: 'essential' },
    { skill: { label: 'Azure', conceptId: 'sup:azure' }, importance: 'essential' },
  ],
  paceOverride: null,
  targetDate: null,
  posting: {
    text: 'BI developer\nNorthwind Foods\nRequirements\n- Power BI\n- DAX\n- Azure',
    company: 'Northwind Foods',
    origin: { kind: 'pasted' },
    savedOn: '2026-11-20',
  },
};

async function dispatch(app: AppFixture, channel: string, payload: unknown = {}) {
  const result = await app.main.dispatch(
    channel,
    { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true },
    payload,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/** The sample (Maya, retail to data analysis) with one posting saved earlier, on the target view. */
async function openSample(app: AppFixture) {
  await dispatch(app, 'profile.loadSample');
  await dispatch(app, 'profile.execute', { command: { type: 'target.add', target: SAVED_EARLIER } });
  await app.open();
  await app.page.getByRole('tab', { name: 'Target role' }).click();
  await expect(app.page.getByRole('heading', { name: 'Target role', level: 1 })).toBeVisible();
}

const postingDialog = (page: Page) => page.getByRole('dialog', { name: 'A target from a job posting' });

async function startFromPosting(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Manage targets' }).click();
  await page.getByRole('dialog', { name: 'Target roles' }).getByRole('button', { name: 'From a job posting…' }).click();
  const dialog = postingDialog(page);
  await expect(dialog.getByLabel('The posting')).toBeFocused();
  return dialog;
}

async function readPosting(dialog: Locator, posting: string) {
  await dialog.getByLabel('The posting').fill(posting);
  await dialog.getByRole('button', { name: 'Read the posting' }).click();
  // The first reading builds the matcher from the whole taxonomy, which takes a while on a busy machine.
  await expect(dialog.getByRole('form', { name: 'How the posting was read' })).toBeVisible({ timeout: 30_000 });
}

const mark = (dialog: Locator, phrase: string) => dialog.locator('mark', { hasText: phrase });
const group = (dialog: Locator, name: RegExp) => dialog.getByRole('region', { name });

test('a pasted posting read, corrected and saved becomes the active target, with its gaps, its rank and its tailored report and letter', async ({
  app,
}) => {
  // The whole walk, from the paste to two exported files: longer than one screen's test.
  test.slow();
  await openSample(app);
  const { page, main } = app;
  const dialog = await startFromPosting(page);
  await readPosting(dialog, DATA_ANALYST);

  // The preview shows its work: the phrases it read, tagged with the skill and its weight, and what it set aside.
  await expect(dialog.getByLabel('Title')).toHaveValue('Data Analyst');
  await expect(dialog.getByLabel('Company')).toHaveValue('Brightwater Energy');
  await expect(mark(dialog, 'SQL').first()).toHaveClass(/posting-mark--essential/);
  await expect(mark(dialog, 'Power BI')).toHaveClass(/posting-mark--optional/);
  await expect(dialog.locator('.posting-ignored', { hasText: 'Python' })).toContainText(
    '(not read as an ask: negated)',
  );
  await expect(dialog.locator('.posting-section', { hasText: 'Requirements → essential' })).toBeVisible();
  const essential = group(dialog, /^Essential/);
  const optional = group(dialog, /^Optional/);
  await expect(essential).toContainText('Snowflake');

  // A match the person disagrees with: removed, and its phrase is no longer marked.
  await essential.getByRole('button', { name: 'Remove: Snowflake' }).click();
  await expect(essential).not.toContainText('Snowflake');
  await expect(mark(dialog, 'Snowflake')).toHaveCount(0);

  // One moved from essential to optional: its mark changes with it.
  await essential.getByRole('button', { name: 'Make optional: statistics' }).click();
  await expect(optional.getByText('statistics', { exact: true })).toBeVisible();
  await expect(mark(dialog, 'statistics')).toHaveClass(/posting-mark--optional/);

  // One the posting did not name, from the taxonomy.
  const add = dialog.getByRole('combobox', { name: 'Add a skill' });
  await add.fill('looker');
  await dialog
    .getByRole('option', { name: /^Looker/ })
    .first()
    .click();
  await expect(essential.getByText('Looker', { exact: true })).toBeVisible();
  await expect(essential).toContainText('added by you');

  await dialog.getByRole('button', { name: 'Save target' }).click();
  await expect(dialog).toBeHidden();

  // The target view, on the new target: the posting named above its evidence, ranked among the postings.
  const view = page.locator('#target-view');
  const block = view.getByRole('region', { name: 'Data Analyst at Brightwater Energy' });
  await expect(block).toContainText(/Saved \w/);
  await expect(block).toContainText('pasted');
  await block.getByText('Show the posting').click();
  await expect(block).toContainText('28 days holiday');
  const closest = view.getByRole('region', { name: 'Closest to ready' });
  const rows = closest.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Data Analyst at Brightwater Energy (active)');
  await expect(rows.first()).toContainText(/\d+ of \d+ essential skills backed by work/);
  await expect(rows.nth(1)).toContainText('BI developer at Northwind Foods');
  await expect(rows.nth(1)).toContainText('0 of 3 essential skills backed by work');
  const panel = view.getByRole('region', { name: 'Data Analyst', exact: true });
  await expect(panel.getByRole('region', { name: /^Evidence for each skill/ })).toContainText(
    'Nothing in your profile covers it yet.',
  );

  await expect.poll(() => profileOnDisk(main.profilePath)?.targets.length).toBe(3);
  const saved = profileOnDisk(main.profilePath)?.targets.find(
    (target) => target.posting?.company === 'Brightwater Energy',
  );
  expect(saved?.posting).toEqual({
    text: DATA_ANALYST,
    company: 'Brightwater Energy',
    origin: { kind: 'pasted' },
    savedOn: localDay(new Date()),
  });
  expect(saved?.skills.map((entry) => entry.skill.label)).not.toContain('Snowflake');
  expect(saved?.skills.find((entry) => entry.skill.label === 'statistics')?.importance).toBe('optional');
  expect(profileOnDisk(main.profilePath)?.activeTargetId).toBe(saved?.id);

  // Choosing the other posting in the ranking makes it the active target.
  await rows.nth(1).getByRole('button').click();
  await expect(view.getByRole('region', { name: 'BI developer at Northwind Foods' })).toBeVisible();
  await rows.filter({ hasText: 'Brightwater' }).getByRole('button').click();
  await expect(block).toBeVisible();

  // The tailored report and the cover letter.
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-posting-'));
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const exporting = page.getByRole('dialog', { name: 'Export' });
  const recruiter = exporting.getByRole('group', { name: 'For a recruiter' });
  await expect(recruiter).toContainText('Tailored to Data Analyst at Brightwater Energy');
  const report = path.join(folder, 'report.md');
  main.desktop.documentAnswers.push(report);
  await recruiter.getByRole('button', { name: 'Markdown report' }).click();
  await expect(exporting.getByRole('status')).toHaveText(`Saved to ${report}`);
  expect(readFileSync(report, 'utf8')).toContain('Brightwater Energy');
  const letter = path.join(folder, 'letter.md');
  main.desktop.documentAnswers.push(letter);
  await recruiter.getByRole('button', { name: 'Cover letter draft (Markdown)' }).click();
  await expect(exporting.getByRole('status')).toHaveText(`Saved to ${letter}`);
  const written = readFileSync(letter, 'utf8');
  expect(written).toContain('Brightwater Energy');
  expect(written).toContain('Data Analyst');
});

test('an over-long paste is refused in words and kept as typed; Cancel gives the targets dialog back', async ({
  app,
}) => {
  await openSample(app);
  const { page } = app;
  const dialog = await startFromPosting(page);
  const tooLong = `${DATA_ANALYST}\n${'x'.repeat(MAX_POSTING_CHARS)}`;
  await dialog.getByLabel('The posting').fill(tooLong);
  await dialog.getByRole('button', { name: 'Read the posting' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `This is ${tooLong.length.toLocaleString('en')} characters; a posting is read up to 100,000. Paste only the posting itself.`,
  );
  await expect(dialog.getByLabel('The posting')).toHaveValue(tooLong);
  await expect(dialog.getByLabel('The posting')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Target roles' })).toBeVisible();
});

test('a posting opened from a file is read like a pasted one, and the target says where it came from', async ({
  app,
}) => {
  await openSample(app);
  const { page, main } = app;
  const dialog = await startFromPosting(page);
  main.desktop.postingAnswers.push(path.join(FIXTURES, 'ux-ui-designer.md'));
  await dialog.getByRole('button', { name: 'Open a file…' }).click();
  await expect(dialog).toContainText('Opened from ux-ui-designer.md.');
  await expect(dialog.getByLabel('The posting')).toHaveValue(/Figma/);
  await dialog.getByRole('button', { name: 'Read the posting' }).click();
  await expect(mark(dialog, 'Figma').first()).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Save target' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#target-view .posting-summary')).toContainText('from ux-ui-designer.md');
});

test('the preview fits a 1024×700 window with its buttons in view, and works from the keyboard', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await openSample(app);
  const { page } = app;
  const dialog = await startFromPosting(page);
  await dialog.getByLabel('The posting').fill(DATA_ANALYST);
  // Keyboard only: from the text to Read the posting.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open a file…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Read the posting' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('form', { name: 'How the posting was read' })).toBeVisible({ timeout: 30_000 });
  for (const name of ['Edit the text', 'Cancel', 'Save target'])
    await expect(dialog.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByLabel('Title')).toBeInViewport();
  await expect(dialog.getByRole('region', { name: 'The posting, as read' })).toBeInViewport();

  // Back to the text keeps it; reading again gives the same preview.
  await dialog.getByRole('button', { name: 'Edit the text' }).click();
  await expect(dialog.getByLabel('The posting')).toHaveValue(DATA_ANALYST);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the export dialog of a posting target fits 1024×700 with the letter button; other targets say why there is none', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await openSample(app);
  const { page } = app;
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const exporting = page.getByRole('dialog', { name: 'Export' });
  const recruiter = exporting.getByRole('group', { name: 'For a recruiter' });
  await exporting.getByLabel('For the target role').selectOption({ label: 'Data analyst' });
  await expect(recruiter.getByRole('button', { name: 'Cover letter draft (Markdown)' })).toHaveCount(0);
  await expect(recruiter).toContainText('A cover letter draft is offered for a target made from a job posting.');
  await exporting.getByLabel('For the target role').selectOption({ label: 'BI developer' });
  await expect(recruiter).toContainText('Tailored to BI developer at Northwind Foods');
  const buttons = [
    ...(await recruiter.getByRole('button').all()),
    ...(await exporting
      .getByRole('group', { name: /My review/ })
      .getByRole('button')
      .all()),
    exporting.getByRole('button', { name: 'Close' }),
  ];
  expect(buttons).toHaveLength(8);
  for (const button of buttons) await expect(button).toBeInViewport({ ratio: 1 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the posting dialog and the posting's target view have no axe violations (${scheme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    await openSample(app);
    const { page } = app;
    const dialog = await startFromPosting(page);
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await readPosting(dialog, DATA_ANALYST);
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await expect(dialog).toBeHidden();
    await page.locator('#target-view .posting-summary').getByText('Show the posting').click();
    await expect(page.locator('#target-view .closest__row')).toHaveCount(2);
    expect(await axeViolations(page, '#target-view')).toEqual([]);
  });
}
