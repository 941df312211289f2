import type { Page } from '@playwright/test';
import { newCertificate, newRole } from '../../shared/domain/entries';
import type { PlanStep } from '../../shared/domain/plan';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { addDays, localDay } from '../../shared/plan/days';
import { axeViolations } from '../support/axe';
import { expect, openWithProfile, test } from './harness';

// The plan is dated from the day the test runs: overdue and ahead mean the same thing on any day.
const today = localDay(new Date());
const TARGET_DATE = addDays(today, 300).slice(0, 7);
const TARGET_LABEL = `Target: Data analyst, ${new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${TARGET_DATE}-01T00:00:00Z`))}`;

const step = (fields: Pick<PlanStep, 'id' | 'title' | 'due'> & Partial<PlanStep>): PlanStep => ({
  targetId: 'target-da',
  kind: 'learn',
  skills: [],
  serves: [],
  findingKeys: [],
  status: 'todo',
  doneOn: null,
  note: '',
  ...fields,
});

/** An operations analyst moving to data analysis, with a dated target and a plan: one step late, one ahead, one done. */
function seeded(): Profile {
  return {
    ...emptyProfile(),
    roles: [newRole({ id: 'role-ops', title: 'Operations analyst', organization: 'Acme', start: '2019-02' })],
    certificates: [
      newCertificate({ id: 'cert-sql', title: 'SQL Basics', provider: 'Coursera', issued: '2024-05' }),
      newCertificate({
        id: 'cert-bi',
        title: 'Power BI Data Analyst',
        provider: 'Microsoft',
        issued: addDays(today, 150).slice(0, 7),
        status: { state: 'in-progress', percentDone: 20 },
      }),
    ],
    targets: [
      {
        id: 'target-da',
        title: 'Data analyst',
        occupationId: null,
        skills: [],
        paceOverride: null,
        targetDate: TARGET_DATE,
        posting: null,
      },
    ],
    activeTargetId: 'target-da',
    plan: [
      step({ id: 'step-late', title: 'Finish the SQL exercises', due: addDays(today, -20) }),
      step({ id: 'step-ahead', title: 'Build a sales dashboard', due: addDays(today, 90), status: 'doing' }),
      step({ id: 'step-done', title: 'Read ten job ads', due: addDays(today, -40), status: 'done', doneOn: today }),
    ],
  };
}

async function openSeeded(page: Page) {
  const main = await openWithProfile(page, seeded());
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  await expect(steps(page)).toHaveCount(2);
  return main;
}

const timeline = (page: Page) => page.getByRole('group', { name: 'Career path timeline' });
const steps = (page: Page) => timeline(page).getByRole('button', { name: /^Plan step: / });

test('the plan ahead: open steps in their lane, the late one flagged, the target date, and the next twelve months', async ({
  page,
}) => {
  const main = await openSeeded(page);
  const late = timeline(page).getByRole('button', { name: /^Plan step: Finish the SQL exercises, due .+, overdue$/ });
  const ahead = timeline(page).getByRole('button', { name: /^Plan step: Build a sales dashboard, due .+, under way$/ });
  await expect(late).toBeVisible();
  await expect(ahead).toBeVisible();
  await expect(late).toHaveClass(/tl-step--overdue/);
  await expect(ahead).not.toHaveClass(/tl-step--overdue/);
  // Done work shows elsewhere, not as a step still to take.
  await expect(timeline(page).getByRole('button', { name: /Read ten job ads/ })).toHaveCount(0);
  await expect(page.locator('.tl-lane-label').filter({ hasText: 'Plan' })).toBeVisible();

  // The late step stands left of Today, the one ahead right of it, both left of the target line.
  const target = page.locator('.tl-target');
  const targetLabel = page.locator('.tl-target__label');
  await expect(targetLabel).toHaveText(TARGET_LABEL);
  const xOf = async (locator: ReturnType<Page['locator']>) => {
    const box = await locator.boundingBox();
    return (box?.x ?? NaN) + (box?.width ?? NaN) / 2;
  };
  const todayX = await xOf(page.locator('.tl-today line').first());
  const targetX = await xOf(target.locator('line').first());
  expect(await xOf(late)).toBeLessThan(todayX);
  expect(await xOf(ahead)).toBeGreaterThan(todayX);
  expect(await xOf(ahead)).toBeLessThan(targetX);

  // Next 12 months: the career's start leaves the view, the plan and the target stay in it.
  const role = timeline(page).getByRole('button', { name: /^Role: Operations analyst/ });
  const roleWidth = (await role.boundingBox())?.width ?? 0;
  await page.getByRole('button', { name: 'Next 12 months' }).click();
  await expect(page.getByRole('button', { name: 'Next 12 months' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ahead).toBeVisible();
  await expect(late).toBeVisible();
  await expect(targetLabel).toHaveText(TARGET_LABEL);
  await expect.poll(async () => (await role.boundingBox())?.width ?? 0).toBeGreaterThan(roleWidth * 2);
  expect(main.internalErrors).toEqual([]);
});

test('a step is reached with the keyboard and opens the plan in the Target role view', async ({ page }) => {
  await openSeeded(page);
  await timeline(page)
    .getByRole('button', { name: /^Certificate: SQL Basics/ })
    .focus();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(/^Plan step: Finish the SQL exercises/);
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(/^Plan step: Build a sales dashboard/);
  await expect(page.locator('.tl-layer :focus-visible .tl-item__ring')).toBeVisible();
  await expect(page.locator('.tl-tooltip')).toContainText('Build a sales dashboard');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Target role' })).toHaveAttribute('aria-selected', 'true');

  // A click does the same.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await steps(page).first().click();
  await expect(page.getByRole('tab', { name: 'Target role' })).toHaveAttribute('aria-selected', 'true');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the timeline with a plan has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSeeded(page);
    expect(await axeViolations(page, '.timeline')).toEqual([]);
    await page.getByRole('button', { name: 'Next 12 months' }).click();
    await steps(page).last().focus();
    expect(await axeViolations(page, '.timeline')).toEqual([]);
  });
}
