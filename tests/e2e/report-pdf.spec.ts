import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { renderReportHtml } from '../../shared/export/report-html';
import { sampleProfile } from '../../shared/sample/sample-profile';
import { axeViolations } from '../support/axe';
import { hostileProfile, personaProfile, reportCase } from '../unit/export/report-fixtures';

/**
 * The exported report printed by Chromium the way the app's print window prints it (A4, with
 * backgrounds, from the same self-contained HTML), plus a picture of it for a human to look at.
 */
const OUTPUT = path.resolve('test-results/report-pdf');

// Sharp enough to judge the small print of the timeline.
test.use({ deviceScaleFactor: 2 });

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function printed(page: Page, html: string, name: string) {
  await page.setContent(html, { waitUntil: 'load' });
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage: true });
  await page.locator('figure').screenshot({ path: path.join(OUTPUT, `${name}-timeline.png`) });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(path.join(OUTPUT, `${name}.pdf`), pdf);
  return pdf;
}

test('the sample report prints to a multi-section A4 PDF', async ({ page }) => {
  const html = renderReportHtml(reportCase(sampleProfile()).model);
  const pdf = await printed(page, html, 'sample-report');

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.byteLength).toBeGreaterThan(20_000);
  // The sample fills several pages: the break rules are exercised, not just the first page.
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  // A4 in PDF points (210 × 297 mm).
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.8\d*\]/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data analyst');
  await expect(page.getByRole('img', { name: /Timeline of roles, projects and learning/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Certificates to show first' })).toBeVisible();
  // Opened in a browser, the HTML export is read by everyone, screen readers included.
  expect(await axeViolations(page)).toEqual([]);
});

test('a persona report prints, and hostile titles stay text', async ({ page }) => {
  const scripts: string[] = [];
  page.on('dialog', (dialog) => {
    scripts.push(dialog.message());
    void dialog.dismiss();
  });
  const personaPdf = await printed(
    page,
    renderReportHtml(reportCase(personaProfile('changer-support-to-product-bridged')).model),
    'persona-report',
  );
  expect(pageCount(personaPdf)).toBeGreaterThanOrEqual(1);

  await printed(page, renderReportHtml(reportCase(hostileProfile()).model), 'hostile-report');
  expect(scripts).toEqual([]);
  await expect(page.locator('.curated h3').filter({ hasText: '<script>alert("pwned")</script>' })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
});
