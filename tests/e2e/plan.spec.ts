import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newCertificate, newRole } from '../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { startTestMainProcess, type TestMainProcess } from '../../scripts/support/main-process';
import { createPreferences, memoryPreferenceStore } from '../../electron/main/preferences/preferences';
import { addDays, localDay } from '../../shared/plan/days';
import { seedProfileFile } from '../../scripts/support/profiles';
import { axeViolations } from '../support/axe';
import { profileOnDisk } from '../support/profile-on-disk';
import { E2E_ORIGIN, expect, installApp, openWithProfile, test } from './harness';

const sql = [{ label: 'SQL', conceptId: null }];

/** A data-analyst move: an SQL course not yet tied to the role that used it, and a BI course under way. */
function seeded(): Profile {
  return {
    ...emptyProfile(),
    roles: [
      newRole({ id: 'role-ops', title: 'Operations analyst', organization: 'Acme', start: '2021-02', skills: sql }),
    ],
    certificates: [
      newCertificate({ id: 'cert-sql', title: 'SQL Basics', provider: 'Coursera', issued: '2024-05', skills: sql }),
      newCertificate({
        id: 'cert-bi',
        title: 'Power BI Data Analyst',
        provider: 'Microsoft',
        issued: '2027-06',
        status: { state: 'in-progress', percentDone: 20 },
        hours: 40,
        skills: [{ label: 'data visualisation', conceptId: null }],
      }),
    ],
    targets: [
      {
        id: 'target-da',
        title: 'Data analyst',
        occupationId: null,
        skills: [
          { skill: sql[0]!, importance: 'essential' },
          { skill: { label: 'data visualisation', conceptId: null }, importance: 'essential' },
        ],
        paceOverride: null,
        targetDate: '2027-09',
        posting: null,
      },
    ],
    activeTargetId: 'target-da',
  };
}

async function openSeeded(page: Page): Promise<TestMainProcess> {
  const main = await openWithProfile(page, seeded());
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  return main;
}

async function logSession(page: Page, minutes: string, percent: string | null) {
  await page.getByRole('button', { name: 'Log learning…' }).click();
  const form = page.getByRole('form', { name: 'Log learning' });
  await form.getByLabel('Minutes').fill(minutes);
  await form.getByLabel('For').selectOption({ label: 'Power BI Data Analyst' });
  if (percent !== null) await form.getByLabel(/How far through/).fill(percent);
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form).toBeHidden();
}

test('a finding becomes a dated step; logged study shows its week and pace; doing the work closes the finding', async ({
  page,
}) => {
  const main = await openSeeded(page);
  const step = page.locator('.next-step').filter({ hasText: 'SQL Basics' }).first();
  await step.getByRole('button', { name: /^Add to plan/ }).click();
  await expect(step.getByText('In your plan')).toBeVisible();
  await expect.poll(() => profileOnDisk(main.profilePath)?.plan.length).toBe(1);

  await page.getByRole('tab', { name: 'Target role' }).click();
  const planStep = page.locator('.plan-step').first();
  await expect(planStep).toContainText('SQL Basics');
  await expect(planStep).toContainText(/Due \w/);
  await expect(planStep).toContainText('still open');

  await logSession(page, '45', '30');
  await logSession(page, '60', null);
  await expect(page.locator('.weekly-hours__caption').first()).toContainText('1.8 h in all');
  await expect(
    page.getByRole('img', { name: /^Studied on 1 of the last \d+ days; the longest day was 1.8 h/ }),
  ).toBeVisible();
  await expect(page.locator('.learning-log__pace')).toContainText(
    /Power BI Data Analyst At this pace you finish around/,
  );
  await expect
    .poll(
      () => profileOnDisk(main.profilePath)?.certificates.find((certificate) => certificate.id === 'cert-bi')?.status,
    )
    .toEqual({ state: 'in-progress', percentDone: 30 });
  // Polled too: the writes are coalesced, so the second session can reach the disk after the status.
  await expect
    .poll(() =>
      profileOnDisk(main.profilePath)
        ?.log.map((session) => session.minutes)
        .sort(),
    )
    .toEqual([45, 60]);

  // The work the step asked for: the course tied to the role where it was used.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page
    .getByRole('group', { name: 'Career path timeline' })
    .getByRole('button', { name: /^Certificate: SQL Basics/ })
    .click();
  const attach = page.getByRole('complementary').getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Operations analyst' });
  await attach.getByRole('button', { name: 'Attach' }).click();

  await page.getByRole('tab', { name: 'Target role' }).click();
  await expect(planStep).toContainText('closed');
  await planStep.getByRole('button', { name: /^Mark done/ }).click();
  await expect(planStep).toContainText(/Done \w/);
  await expect.poll(() => profileOnDisk(main.profilePath)?.plan[0]?.status).toBe('done');
});

test('a step written by hand, with no due date, then dropped; axe finds nothing in either theme', async ({ page }) => {
  await openSeeded(page);
  await page.getByRole('tab', { name: 'Target role' }).click();
  await page.getByRole('button', { name: 'Add a step…' }).click();
  await page.getByLabel('What will you do?').fill('Apply to three analyst roles');
  await page.getByLabel('Kind of step').selectOption({ label: 'Apply for roles' });
  await page.getByRole('button', { name: 'Save the step' }).click();
  const written = page.locator('.plan-step').filter({ hasText: 'Apply to three analyst roles' });
  await expect(written).toContainText('No due date');
  await written.getByRole('button', { name: /^Edit…/ }).click();
  await page.getByLabel('Status').selectOption({ label: 'Dropped' });
  await page.getByRole('button', { name: 'Save the step' }).click();
  await expect(written).toContainText('Dropped');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, '#target-view')).toEqual([]);
  }
  // The two dialogs the plan opens, in both themes.
  for (const [button, dialog] of [
    ['Add a step…', 'Add a step to your plan'],
    ['Log learning…', 'Log learning'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    }
    await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Cancel' }).click();
  }
});

test('on launch, Upcoming names an expiry that fell due while the app was closed, and the plan goes to a calendar', async ({
  page,
}) => {
  const today = localDay(new Date());
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-e2e-'));
  const profile = seeded();
  seedProfileFile(dataFolder, {
    ...profile,
    certificates: [{ ...profile.certificates[0]!, expires: addDays(today, 20) }, ...profile.certificates.slice(1)],
  });
  const preferences = createPreferences(memoryPreferenceStore());
  preferences.set('lastOpenedDay', addDays(today, -30));
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder, preferences });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  const upcoming = page.getByRole('region', { name: 'Upcoming' });
  await expect(upcoming.getByText('While Throughline was closed')).toBeVisible();
  await expect(upcoming).toContainText('SQL Basics');
  await expect(upcoming.getByText('In the next two weeks')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, '.upcoming')).toEqual([]);
  }

  const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-ics-')), 'plan.ics');
  main.desktop.documentAnswers.push(file);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('button', { name: 'Plan to calendar (.ics)' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${file}` })).toBeVisible();
  expect(readFileSync(file, 'utf8')).toContain('BEGIN:VCALENDAR');
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Target role' }).click();
  await page.getByLabel(/On Mondays, remind me/).check();
  await expect.poll(() => preferences.get('weeklyNudge')).toBe(true);
  await upcoming.getByRole('button', { name: 'Hide for now' }).click();
  await expect(upcoming).toBeHidden();
});

test('a sitting is logged from a course’s details in two presses', async ({ page }) => {
  const main = await openSeeded(page);
  await page
    .getByRole('group', { name: 'Career path timeline' })
    .getByRole('button', { name: /^Certificate: Power BI Data Analyst/ })
    .click();
  const details = page.getByRole('complementary').getByRole('article', { name: 'Power BI Data Analyst' });
  await details.getByRole('button', { name: /^Log learning…/ }).click();
  await page.getByRole('form', { name: 'Log learning' }).getByRole('button', { name: 'Log it' }).click();
  await expect
    .poll(() => profileOnDisk(main.profilePath)?.log.map(({ minutes, certificateId }) => ({ minutes, certificateId })))
    .toEqual([{ minutes: 30, certificateId: 'cert-bi' }]);
});
