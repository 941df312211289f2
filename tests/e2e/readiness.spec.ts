import type { Page } from '@playwright/test';
import { newCertificate, newRole } from '../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { type TestMainProcess } from '../../scripts/support/main-process';
import { axeViolations } from '../support/axe';
import { profileOnDisk } from '../support/profile-on-disk';
import { expect, openWithProfile, test } from './harness';

const sql = { label: 'SQL', conceptId: null };
const visualisation = { label: 'data visualisation', conceptId: null };
/** Next September: the target date stays ahead of today whenever the test runs. */
const targetYear = new Date().getFullYear() + 1;

/**
 * A data-analyst move: SQL used at work since 2021 (backed by work), a visualisation course
 * earned in 2024 but not yet tied to the role where it is used (certified only): 1 of 2.
 */
function seeded(overrides: Partial<Profile> = {}): Profile {
  return {
    ...emptyProfile(),
    roles: [
      newRole({ id: 'role-ops', title: 'Operations analyst', organization: 'Acme', start: '2021-02', skills: [sql] }),
    ],
    certificates: [
      newCertificate({
        id: 'cert-viz',
        title: 'Data Visualisation with Tableau',
        provider: 'Coursera',
        issued: '2024-05',
        skills: [visualisation],
      }),
    ],
    targets: [
      {
        id: 'target-da',
        title: 'Data analyst',
        occupationId: null,
        skills: [
          { skill: sql, importance: 'essential' },
          { skill: visualisation, importance: 'essential' },
        ],
        paceOverride: null,
        targetDate: `${targetYear}-09`,
        posting: null,
      },
    ],
    activeTargetId: 'target-da',
    ...overrides,
  };
}

async function open(page: Page, profile: Profile = seeded()): Promise<TestMainProcess> {
  const main = await openWithProfile(page, profile);
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  return main;
}

const headerLine = (page: Page) => page.getByRole('banner').locator('.readiness-line');
/** What shows: the line without the target's name, which the button above it says. */
const shownLine = (page: Page) => headerLine(page).locator('[aria-hidden="true"]');
const readinessCard = (page: Page) => page.getByRole('region', { name: 'Readiness over time' });

test('the header says how ready the profile is, and linking the course to the role raises it', async ({ page }) => {
  const main = await open(page);
  const line = headerLine(page);
  await expect(shownLine(page)).toHaveText(/^1 of 2 core skills backed by work/);
  await expect(line).toHaveAttribute('title', 'Readiness: Data analyst: 1 of 2 core skills backed by work');

  await page
    .getByRole('group', { name: 'Career path timeline' })
    .getByRole('button', { name: /^Certificate: Data Visualisation with Tableau/ })
    .click();
  const attach = page.getByRole('complementary').getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Operations analyst' });
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect
    .poll(() => profileOnDisk(main.profilePath)?.certificates[0]?.appliedIn.map((link) => link.id))
    .toEqual(['role-ops']);
  await expect(line).toHaveAttribute('title', 'Readiness: Data analyst: 2 of 2 core skills backed by work');
  await expect(shownLine(page)).toHaveText(/^2 of 2 core skills backed by work/);
});

test('the target view charts readiness since 2021; a dated step adds the projection; axe finds nothing', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('tab', { name: 'Target role' }).click();
  const card = readinessCard(page);
  const plot = card.locator('.readiness-chart__plot');
  await expect(plot).toHaveAttribute('aria-label', /^Core skills for Data analyst by evidence level, from Feb 2021/);
  await expect(plot).toHaveAttribute('aria-label', /In Feb 2021: 1 of 2 backed by work\./);
  await expect(plot).toHaveAttribute('aria-label', /Today, Data analyst: 1 of 2 core skills backed by work/);
  await expect(card).toContainText('Put a date on a step in your plan');
  // Areas for the record, the "Today" line, and no projection until a step has a due date.
  await expect(card.locator('.readiness-chart__band').first()).toBeAttached();
  await expect(card.locator('.readiness-chart__today')).toBeAttached();
  await expect(card.locator('.readiness-chart__band--projected')).toHaveCount(0);
  // The card sits above the plan.
  const cardBox = await card.boundingBox();
  const planBox = await page.getByRole('region', { name: 'Your plan' }).boundingBox();
  expect(cardBox !== null && planBox !== null && cardBox.y < planBox.y).toBe(true);

  // A step written by hand, due next spring: the chart now runs on to the target date.
  await page.getByRole('button', { name: 'Add a step…' }).click();
  await page.getByLabel('What will you do?').fill('Build a dashboard at work');
  await page.getByRole('textbox', { name: 'Due date' }).fill(`${targetYear}-03-15`);
  await page.getByRole('button', { name: 'Save the step' }).click();
  await expect(card.locator('.readiness-chart__band--projected').first()).toBeAttached();
  await expect(plot).toHaveAttribute(
    'aria-label',
    new RegExp(`By Sep ${targetYear}, with the plan: 1 of 2 backed by work`),
  );
  await expect(card).toContainText('With your plan (projected)');

  // The next step's "Add to plan": a dated step that uses visualisation in work, so by the target date both skills are.
  await page
    .locator('.next-step')
    .filter({ hasText: 'data visualisation' })
    .first()
    .getByRole('button', { name: /^Add to plan/ })
    .click();
  await expect(plot).toHaveAttribute(
    'aria-label',
    new RegExp(`By Sep ${targetYear}, with the plan: 2 of 2 backed by work`),
  );
  // The record itself has not moved: the header still says 1 of 2.
  await expect(shownLine(page)).toHaveText(/^1 of 2/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, '#target-view')).toEqual([]);
  }
});

test('a target with no core skills gets a sentence instead of a chart', async ({ page }) => {
  await open(
    page,
    seeded({
      targets: [
        {
          id: 'target-da',
          title: 'Data analyst',
          occupationId: null,
          skills: [{ skill: sql, importance: 'optional' }],
          paceOverride: null,
          targetDate: null,
          posting: null,
        },
      ],
    }),
  );
  await expect(shownLine(page)).toHaveText('no core skills named yet');
  await page.getByRole('tab', { name: 'Target role' }).click();
  await expect(readinessCard(page)).toContainText('Data analyst names no core skills yet.');
  await expect(readinessCard(page).locator('.readiness-chart__plot')).toHaveCount(0);
});

test('a record a month long gets a sentence instead of a chart', async ({ page }) => {
  const now = new Date();
  const thisMonth = `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  await open(
    page,
    seeded({
      roles: [newRole({ id: 'role-ops', title: 'Operations analyst', start: thisMonth, skills: [sql] })],
      certificates: [],
    }),
  );
  await expect(shownLine(page)).toHaveText('1 of 2 core skills backed by work');
  await page.getByRole('tab', { name: 'Target role' }).click();
  await expect(readinessCard(page)).toContainText(
    'Data analyst: 1 of 2 core skills backed by work. The chart begins once your record spans more than a month.',
  );
  await expect(readinessCard(page).locator('.readiness-chart__plot')).toHaveCount(0);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the header keeps the target's name whole and truncates the readiness line at ${size.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page);
    const name = page.locator('.target-value');
    await expect(name).toHaveText('Data analyst');
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const line = headerLine(page);
    await expect(line).toBeInViewport();
    // On one line, inside the header.
    const header = await page.getByRole('banner').boundingBox();
    const box = await line.boundingBox();
    expect(header !== null && box !== null && box.y + box.height <= header.y + header.height).toBe(true);
    expect(await line.evaluate((element) => element.getClientRects().length)).toBe(1);
  });
}
