import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Command } from '../../shared/profile/commands';
import { axeViolations } from '../support/axe';
import { E2E_ORIGIN, expect, test, type AppFixture } from './harness';

const DEVELOPER = {
  id: 'target-python-dev',
  title: 'Python developer',
  occupationId: null,
  skills: [
    { skill: { label: 'Python (computer programming)', conceptId: null }, importance: 'essential' as const },
    { skill: { label: 'Microsoft Excel', conceptId: null }, importance: 'optional' as const },
  ],
  paceOverride: null,
  targetDate: null,
  posting: null,
};

async function run(app: AppFixture, channel: string, payload: unknown = {}) {
  const result = await app.main.dispatch(
    channel,
    { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true },
    payload,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/**
 * The sample (Maya, retail to data analysis, targeting "Data analyst") plus a second target,
 * with the curated list cut to one certificate so that switching targets changes which one it is.
 */
async function openWithTwoTargets(app: AppFixture) {
  await run(app, 'profile.loadSample');
  const commands: Command[] = [
    { type: 'target.add', target: DEVELOPER },
    { type: 'settings.update', settings: { curatedLimit: 1, weeklyGoalHours: null } },
  ];
  for (const command of commands) await run(app, 'profile.execute', { command });
  await app.open();
  await openTargetView(app.page);
}

async function openTargetView(page: Page) {
  await page.getByRole('tab', { name: 'Target role' }).click();
  await expect(page.getByRole('heading', { name: 'Target role', level: 1 })).toBeVisible();
}

const view = (page: Page) => page.getByRole('main');
const evidence = (page: Page, target: string) =>
  view(page).getByRole('region', { name: target }).getByRole('region', { name: 'Evidence for each skill' });
const curated = (page: Page, target: string) =>
  view(page).getByRole('region', { name: target }).getByRole('region', { name: 'Certificates to show first' });

test('the chart and the skill list show the active target’s skills by evidence level, gaps first', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(page.getByRole('button', { name: 'Remove the sample' })).toBeVisible();
  await openTargetView(page);

  const card = evidence(page, 'Data analyst');
  await expect(card.getByRole('img', { name: /Skills of Data analyst by evidence level/ })).toHaveAccessibleName(
    'Skills of Data analyst by evidence level. Core: 1 planned only, 3 applied, with evidence. Secondary: 1 certified only.',
  );
  // The recharts bars are drawn: one stacked segment per non-empty level and group.
  await expect(card.locator('.evidence-chart__bar--applied-with-evidence .recharts-rectangle')).toHaveCount(1);
  await expect(card.locator('.evidence-chart__bar--planned .recharts-rectangle')).toHaveCount(1);
  await expect(card.locator('.evidence-chart__bar--certified .recharts-rectangle')).toHaveCount(1);
  await expect(card.getByRole('listitem').filter({ hasText: 'Planned or in progress' })).toHaveCount(0);
  await expect(card).toContainText('3 of 4 core skills backed by a role or project.');

  const essential = card.getByRole('list').filter({ hasText: 'SQL' });
  const rows = essential.getByRole('listitem').filter({ has: page.locator('.skill-row__name') });
  await expect(rows.locator('.skill-row__name')).toHaveText(['statistics', 'data analytics', 'SQL', 'Tableau']);
  await expect(rows.first()).toContainText('Planned only');
  await expect(rows.first()).toContainText('Statistics with Python');
  await expect(rows.filter({ hasText: 'SQL' })).toContainText('Applied, with evidence');
  await expect(
    rows.filter({ hasText: 'SQL' }).getByRole('button', { name: 'Stock-out analysis for the store' }),
  ).toBeVisible();
  await expect(card.getByRole('heading', { name: /Secondary skills/ })).toBeVisible();
  await expect(card.getByText('Python (computer programming)', { exact: true })).toBeVisible();
  await expect(card).toContainText('Certified only');
});

test('switching the active target changes the curated list and is saved to disk', async ({ app }) => {
  await openWithTwoTargets(app);
  const { page, main } = app;
  await expect(curated(page, 'Data analyst').getByRole('listitem').first()).toContainText(
    'Google Data Analytics Professional Certificate',
  );
  await expect(curated(page, 'Data analyst')).toContainText('Interview story');
  await expect(curated(page, 'Data analyst')).toContainText('Learned data analytics and SQL');
  const background = curated(page, 'Data analyst').getByText('2 more certificates kept as background');
  await background.click();
  await expect(curated(page, 'Data analyst').getByRole('button', { name: 'Python for Everybody' })).toBeVisible();

  await page.getByLabel('Active target').selectOption({ label: 'Python developer' });
  await expect(page.getByRole('heading', { name: 'Python developer', level: 2 })).toBeVisible();
  const list = curated(page, 'Python developer').getByRole('list').first();
  await expect(list).toContainText('Python for Everybody');
  await expect(list).not.toContainText('Google Data Analytics Professional Certificate');
  await expect(page.getByRole('button', { name: /Target role: Python developer/ })).toBeVisible();

  // Writes are coalesced (250 ms): poll the file itself.
  await expect
    .poll(
      () =>
        (JSON.parse(readFileSync(main.profilePath, 'utf8')) as { profile: { activeTargetId: string } }).profile
          .activeTargetId,
    )
    .toBe(DEVELOPER.id);
});

test('two targets side by side, each with its own evidence and curated list', async ({ app }) => {
  await openWithTwoTargets(app);
  const { page } = app;
  await page.getByLabel('Compare with').selectOption({ label: 'Python developer' });
  const analyst = view(page).getByRole('region', { name: 'Data analyst', exact: true });
  const developer = view(page).getByRole('region', { name: 'Python developer', exact: true });
  await expect(analyst.getByRole('img', { name: /Skills of Data analyst/ })).toBeVisible();
  await expect(developer.getByRole('img', { name: /Skills of Python developer/ })).toHaveAccessibleName(
    /Core: 1 certified only\. Secondary: 1 certified only\./,
  );
  await expect(curated(page, 'Data analyst')).toContainText('Google Data Analytics Professional Certificate');
  await expect(curated(page, 'Python developer').getByRole('list').first()).toContainText('Python for Everybody');

  // Side by side at this width: the two columns share a row.
  const [left, right] = await Promise.all([analyst.boundingBox(), developer.boundingBox()]);
  expect(left).not.toBeNull();
  expect(right).not.toBeNull();
  if (left !== null && right !== null) {
    expect(Math.abs(left.y - right.y)).toBeLessThan(2);
    expect(right.x).toBeGreaterThan(left.x + left.width);
  }
  await page.getByLabel('Compare with').selectOption({ label: 'No comparison' });
  await expect(developer).toHaveCount(0);
});

test('clicking a curated certificate selects it', async ({ app }) => {
  await openWithTwoTargets(app);
  const { page } = app;
  const title = curated(page, 'Data analyst').getByRole('button', {
    name: 'Google Data Analytics Professional Certificate',
  });
  await expect(title).not.toHaveAttribute('aria-current');
  await title.click();
  // App holds the selection; every link to the same certificate in the view shows it as current.
  await expect(title).toHaveAttribute('aria-current', 'true');
  await expect(
    evidence(page, 'Data analyst')
      .getByRole('button', { name: 'Google Data Analytics Professional Certificate' })
      .first(),
  ).toHaveAttribute('aria-current', 'true');
  await evidence(page, 'Data analyst')
    .getByRole('button', { name: 'Stock-out analysis for the store' })
    .first()
    .click();
  await expect(title).not.toHaveAttribute('aria-current');
});

test('with no target, the view offers the targets dialog', async ({ app }) => {
  await app.open();
  const { page } = app;
  await openTargetView(page);
  await expect(page.getByRole('heading', { name: 'No target role yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a target role' }).click();
  await expect(page.getByRole('dialog', { name: 'Target roles' })).toBeVisible();
});

test('the view switch works from the keyboard', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Target role' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Target role' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Target role', level: 1 })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the target view has no axe violations in ${colorScheme} mode, alone and comparing`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme });
    await openWithTwoTargets(app);
    const { page } = app;
    await expect(curated(page, 'Data analyst')).toContainText('Google Data Analytics');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Compare with').selectOption({ label: 'Python developer' });
    await expect(curated(page, 'Python developer')).toContainText('Python for Everybody');
    await curated(page, 'Data analyst')
      .getByText(/kept as background/)
      .click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
