import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderReportHtml } from '../../shared/export/report-html';
import { sampleProfile } from '../../shared/sample/sample-profile';
import { axeViolations } from '../support/axe';
import { hostileProfile, personaProfile, reportCase } from '../unit/export/report-fixtures';

/**
 * The exported reports printed by Chromium the way the app's print window prints them (A4, with
 * backgrounds, from the same self-contained HTML), plus a picture of each for a human to look at.
 */
const OUTPUT = path.resolve('test-results/report-pdf');

// Sharp enough to judge the small print of the timeline.
test.use({ deviceScaleFactor: 2 });

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function printed(page: Page, html: string, name: string) {
  await page.setContent(html, { waitUntil: 'load' });
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
  const figure = page.locator('figure');
  if ((await figure.count()) > 0) await figure.screenshot({ path: path.join(OUTPUT, `${name}-timeline.png`) });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(path.join(OUTPUT, `${name}.pdf`), pdf);
  return pdf;
}

test('the sample’s report for a recruiter prints to a multi-section A4 PDF, without the review', async ({ page }) => {
  const sample = reportCase(sampleProfile());
  const pdf = await printed(page, renderReportHtml(sample.recruiter), 'sample-recruiter');

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.byteLength).toBeGreaterThan(20_000);
  // The sample fills several pages: the break rules are exercised, not just the first page.
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  // A4 in PDF points (210 × 297 mm).
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.8\d*\]/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data analyst');
  await expect(page.getByRole('img', { name: /Timeline of roles, projects and learning/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificates', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'From learning to results' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skills for Data analyst' })).toBeVisible();
  const body = await page.locator('body').innerText();
  for (const finding of sample.analysis.findings) expect(body).not.toContain(finding.message);
  for (const step of sample.analysis.nextSteps) expect(body).not.toContain(step.text);
  expect(body).not.toMatch(/What a recruiter would notice|Set aside|Next step|not for sending/i);
  // Opened in a browser, the HTML export is read by everyone, screen readers included.
  expect(await axeViolations(page)).toEqual([]);
});

test('the sample’s review prints, marked as not for sending, with the findings and next steps', async ({ page }) => {
  const sample = reportCase(sampleProfile());
  const pdf = await printed(page, renderReportHtml(sample.review), 'sample-review');

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
  await expect(page.getByText('For you, not for sending.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What a recruiter would notice' })).toBeVisible();
  const body = await page.locator('body').innerText();
  for (const finding of sample.analysis.findings) expect(body).toContain(finding.message);
  for (const step of sample.analysis.nextSteps) expect(body).toContain(step.text);
  expect(await axeViolations(page)).toEqual([]);
});

test('a persona’s reports print, and hostile titles stay text', async ({ page }) => {
  const scripts: string[] = [];
  page.on('dialog', (dialog) => {
    scripts.push(dialog.message());
    void dialog.dismiss();
  });
  const persona = reportCase(personaProfile('changer-support-to-product-bridged'));
  expect(
    pageCount(await printed(page, renderReportHtml(persona.recruiter), 'persona-recruiter')),
  ).toBeGreaterThanOrEqual(1);
  expect(pageCount(await printed(page, renderReportHtml(persona.review), 'persona-review'))).toBeGreaterThanOrEqual(1);

  const hostile = reportCase(hostileProfile());
  await printed(page, renderReportHtml(hostile.review), 'hostile-review');
  expect(scripts).toEqual([]);
  await expect(page.locator('.curated h3').filter({ hasText: '<script>alert("pwned")</script>' })).toBeVisible();
  await printed(page, renderReportHtml(hostile.recruiter), 'hostile-recruiter');
  expect(scripts).toEqual([]);
  await expect(page.locator('.curated h3').filter({ hasText: '<script>alert("pwned")</script>' })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
});
