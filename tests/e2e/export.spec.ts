import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { startTestMainProcess } from '../support/main-process';
import { profileOnDisk } from '../support/profile-on-disk';
import { E2E_ORIGIN, expect, installApp, test, type AppFixture } from './harness';

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export for a recruiter' });

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

test('the report as PDF and Markdown and the JSON Resume, written for the chosen target', async ({ app, browser }) => {
  const dialog = await openSampleExport(app);
  const { main } = app;
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-export-'));
  const target = dialog.getByLabel('For the target role');
  await target.selectOption({ label: 'Data analyst' });

  const pdfFile = path.join(folder, 'report.pdf');
  main.desktop.documentAnswers.push(pdfFile);
  await dialog.getByRole('button', { name: 'PDF report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${pdfFile}`);
  expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const markdownFile = path.join(folder, 'report.md');
  main.desktop.documentAnswers.push(markdownFile);
  await dialog.getByRole('button', { name: 'Markdown report' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${markdownFile}`);
  const markdown = readFileSync(markdownFile, 'utf8');
  expect(markdown).toMatch(/^# .*Data analyst/m);
  expect(markdown).toContain('## Certificates to show first');
  // A finding the side panel shows, with its reason and its next step.
  expect(markdown).toMatch(
    /- \*\*“Python for Everybody” is not linked to any role or project\.\*\*\n {2}- Why it matters: .+\n {2}- Next step: \S.+/,
  );
  const firstCurated = /^1\. \*\*(.+?)\*\*/m.exec(markdown)?.[1];
  expect(firstCurated).toBeTruthy();

  const resumeFile = path.join(folder, 'resume.json');
  main.desktop.documentAnswers.push(resumeFile);
  await dialog.getByRole('button', { name: 'JSON Resume' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${resumeFile}`);
  const resume = JSON.parse(readFileSync(resumeFile, 'utf8')) as { certificates?: Array<{ name: string }> };
  // The report's first certificate to show is the resume's first certificate.
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
  for (const kind of ['PDF report', 'Markdown report', 'JSON Resume']) {
    await dialog.getByRole('button', { name: kind }).click();
    await expect(dialog.getByRole('button', { name: kind })).toBeEnabled();
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
    await dialog.getByRole('button', { name: 'Markdown report' }).click();
    await expect(dialog.getByRole('status')).toContainText('Saved to');
    expect(await axeViolations(app.page, 'dialog[open]')).toEqual([]);
  });
}
