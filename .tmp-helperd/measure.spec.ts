import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestMainProcess } from '../scripts/support/main-process';
import { sampleProfile, seedProfileFile } from '../scripts/support/profiles';
import { E2E_ORIGIN, expect, installApp, test } from '../tests/e2e/harness';

test('measure', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
  const target = { id: 't', title: 'Data analyst', occupationId: null, skills: [], paceOverride: null, targetDate: null, posting: null };
  seedProfileFile(dataFolder, { ...sampleProfile(), targets: [target], activeTargetId: 't' });
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  await page.waitForTimeout(1500);
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.app-header > *, .header-actions > *')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.className} ${Math.round(box.left)}-${Math.round(box.right)} (${Math.round(box.width)})`;
    }),
  );
  console.log(boxes.join('\n'));
  await page.screenshot({ path: '/tmp/measure.png' });
});
