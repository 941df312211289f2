import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { startTestMainProcess } from '../../scripts/support/main-process';
import { profileOnDisk } from '../support/profile-on-disk';
import { fail } from '../../shared/ipc/result';
import { E2E_ORIGIN, expect, installApp, test, type AppFixture } from './harness';

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function openSampleExport(app: AppFixture) {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(
    page.getByRole('group', { name: 'Career path timeline' }).getByRole('button', { name: /^Role: Shift supervisor/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = exportDialog(page);
  await expect(dialog.getByLabel('For the target role')).toHaveValue(/.+/);
  return dialog;
}

const forRecruiter = (dialog: Locator) => dialog.getByRole('group', { name: 'For a recruiter' });
const myReview = (dialog: Locator) => dialog.getByRole('group', { name: 'My review — for you, not for sending' });
/** A finding the side panel shows for the sample: in the review, never in the report a recruiter reads. */
const SAMPLE_FINDING = '“Python for Everybody” is not linked to any role or project.';

test('the report for a recruiter and my review, as PDF and Markdown, and the JSON Resume, for the chosen target', async ({
  app,
  browser,
}) => {
  const dialog = await openSampleExport(app);
  const { main } = app;
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-export-'));
  const target = dialog.getByLabel('For the target role');
  await target.selectOption({ label: 'Data analyst' });
  await expect(forRecruiter(dialog)).toContainText('never your review');

  const pdfFile = path.join(folder, 'for-a-recruiter.pdf');
  main.desktop.documentAnswers.push(pdfFile);
  await forRecruiter(dialog).getByRole('button', { name: 'PDF report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${pdfFile}`);
  expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const markdownFile = path.join(folder, 'for-a-recruiter.md');
  main.desktop.documentAnswers.push(markdownFile);
  await forRecruiter(dialog).getByRole('button', { name: 'Markdown report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${markdownFile}`);
  const markdown = readFileSync(markdownFile, 'utf8');
  expect(markdown).toMatch(/^# .*Data analyst/m);
  expect(markdown).toContain('## Certificates');
  expect(markdown).toContain('## Skills for Data analyst');
  expect(markdown).not.toContain(SAMPLE_FINDING);
  expect(markdown).not.toMatch(/What a recruiter would notice|Next step|Set aside|not for sending/);
  const firstCurated = /^1\. \*\*(.+?)\*\*/m.exec(markdown)?.[1];
  expect(firstCurated).toBeTruthy();

  const reviewFile = path.join(folder, 'my-review.md');
  main.desktop.documentAnswers.push(reviewFile);
  await myReview(dialog).getByRole('button', { name: 'Markdown report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${reviewFile}`);
  const review = readFileSync(reviewFile, 'utf8');
  expect(review).toContain('not for sending');
  expect(review).toContain('## Next steps');
  // The finding the side panel shows, with its reason and its next step.
  expect(review).toMatch(
    /- \*\*“Python for Everybody” is not linked to any role or project\.\*\*\n {2}- Why it matters: .+\n {2}- Next step: \S.+/,
  );

  const reviewPdf = path.join(folder, 'my-review.pdf');
  main.desktop.documentAnswers.push(reviewPdf);
  await myReview(dialog).getByRole('button', { name: 'PDF report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${reviewPdf}`);
  expect(readFileSync(reviewPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const resumeFile = path.join(folder, 'resume.json');
  main.desktop.documentAnswers.push(resumeFile);
  await forRecruiter(dialog).getByRole('button', { name: 'JSON Resume' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${resumeFile}`);
  const resume = JSON.parse(readFileSync(resumeFile, 'utf8')) as { certificates?: Array<{ name: string }> };
  // The report's first certificate is the resume's first certificate.
  expect(resume.certificates?.[0]?.name).toBe(firstCurated);

  // The resume imports into a fresh app, where every entry is new.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fresh = startTestMainProcess({ appOrigins: [E2E_ORIGIN] });
    await installApp(page, fresh);
    await page.goto(`${E2E_ORIGIN}/index.html`);
    await page.getByRole('button', { name: 'Import CV, LinkedIn or badges…' }).click();
    fresh.desktop.sourceAnswers.push(resumeFile);
    const importing = page.getByRole('dialog', { name: 'Import your history' });
    await importing.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(importing).toContainText('resume.json · JSON Resume');
    const added = importing.getByRole('region', { name: 'Will be added' });
    await expect(added.getByText('Shift supervisor', { exact: false }).first()).toBeVisible();
    await expect(added.getByText(firstCurated ?? '', { exact: true })).toBeVisible();
    await expect(importing.getByRole('button', { name: /^Import \d+ entries$/ })).toBeEnabled();
    expect(fresh.internalErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('cancelling the save dialog writes nothing and changes nothing', async ({ app }) => {
  const dialog = await openSampleExport(app);
  const { main } = app;
  await expect.poll(() => profileOnDisk(main.profilePath)?.roles.length ?? 0).toBeGreaterThan(0);
  const before = readFileSync(main.profilePath);
  const filesBefore = readdirSync(main.dataFolder);
  for (const button of [
    forRecruiter(dialog).getByRole('button', { name: 'PDF report' }),
    forRecruiter(dialog).getByRole('button', { name: 'Markdown report' }),
    forRecruiter(dialog).getByRole('button', { name: 'JSON Resume' }),
    myReview(dialog).getByRole('button', { name: 'PDF report' }),
    myReview(dialog).getByRole('button', { name: 'Markdown report' }),
  ]) {
    await button.click();
    await expect(button).toBeEnabled();
  }
  await expect(dialog.getByRole('status')).toHaveCount(0);
  expect(main.desktop.documentAnswers).toEqual([]);
  expect(readFileSync(main.profilePath)).toEqual(before);
  expect(readdirSync(main.dataFolder)).toEqual(filesBefore);
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the export dialog has no axe violations (${scheme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    const dialog = await openSampleExport(app);
    expect(await axeViolations(app.page, 'dialog[open]')).toEqual([]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-export-')), 'report.md');
    app.main.desktop.documentAnswers.push(file);
    await myReview(dialog).getByRole('button', { name: 'Markdown report' }).click();
    await expect(dialog.getByRole('status')).toContainText('Saved to');
    expect(await axeViolations(app.page, 'dialog[open]')).toEqual([]);
  });
}

test('the dialog fits a 1024×700 window with every button in view', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  const dialog = await openSampleExport(app);
  const buttons = [
    ...(await forRecruiter(dialog).getByRole('button').all()),
    ...(await myReview(dialog).getByRole('button').all()),
    dialog.getByRole('button', { name: 'Close' }),
  ];
  expect(buttons).toHaveLength(7);
  for (const button of buttons) await expect(button).toBeInViewport({ ratio: 1 });
});

test('a failed export says so, and a bridge that rejects does not leave the dialog writing', async ({ app }) => {
  const dialog = await openSampleExport(app);
  const { main } = app;
  // The first export fails in main with a message; the second never gets an answer at all.
  const dispatch = main.dispatch;
  const answers = [
    () => Promise.resolve(fail('STORE_WRITE_FAILED', 'The disk is full.')),
    () => Promise.reject(new Error('The main process went away.')),
  ];
  main.dispatch = (channel, ...rest) =>
    (channel === 'export.document' ? answers.shift()?.() : undefined) ?? dispatch(channel, ...rest);

  await forRecruiter(dialog).getByRole('button', { name: 'PDF report' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The disk is full.');
  await myReview(dialog).getByRole('button', { name: 'Markdown report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/could not be written/);
  await expect(myReview(dialog).getByRole('button', { name: 'Markdown report' })).toBeEnabled();
  main.dispatch = dispatch;
});
