import type { Page } from '@playwright/test';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { courseOf, roleOf } from '../support/certificates';
import { expect, openWithProfile, test } from './harness';

const SQL = { label: 'SQL', conceptId: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742' };
const STATISTICS = {
  label: 'statistics',
  conceptId: 'http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833',
};
const TABLEAU = { label: 'Tableau', conceptId: 'sup:tableau' };

/** An analyst aiming at a data analyst role: SQL backed by work, statistics by a course only, Tableau by nothing yet. */
const profile: Profile = {
  ...emptyProfile(),
  roles: [
    roleOf({ id: 'role-analyst', title: 'Junior data analyst', organization: 'Acme', start: '2023-01', skills: [SQL] }),
  ],
  certificates: [
    courseOf({ id: 'cert-stats', title: 'Statistics for Analysts', issued: '2025-03', skills: [STATISTICS] }),
  ],
  targets: [
    {
      id: 'target-analyst',
      title: 'Data analyst',
      occupationId: null,
      skills: [SQL, STATISTICS, TABLEAU].map((skill) => ({ skill, importance: 'essential' as const })),
      paceOverride: null,
      targetDate: null,
      posting: null,
    },
  ],
  activeTargetId: 'target-analyst',
  // Skills as a LinkedIn export lists them: one the job shows, one only listed.
  skills: [
    { kind: 'skill', skill: SQL, level: 'Advanced', keywords: [] },
    { kind: 'skill', skill: { label: 'Looker', conceptId: null }, level: '', keywords: [] },
  ],
};

async function openTargetView(page: Page) {
  const main = await openWithProfile(page, profile);
  await page.getByRole('tab', { name: 'Target role' }).click();
  const evidence = page.getByRole('main').getByRole('region', { name: 'Evidence for each skill' });
  await expect(evidence).toBeVisible();
  const row = (skill: string) => evidence.getByRole('listitem').filter({ hasText: new RegExp(`^${skill}`) });
  return { main, row };
}

test.use({ viewport: { width: 1024, height: 700 } });

test('a skill nothing backs says what would: where it was used, a certificate, a project', async ({ page }) => {
  const { row } = await openTargetView(page);
  const tableau = row('Tableau');
  await expect(tableau).toContainText('No evidence');
  for (const name of ['I used it in…', 'Find a certificate…', 'Add a project…'])
    await expect(tableau.getByRole('button', { name: `${name} : Tableau` })).toBeVisible();
  // Certified only: the course is linked to where it was used; no catalogue for what is already learnt.
  const statistics = row('statistics');
  await expect(statistics.getByRole('button', { name: 'Link it to your work… : statistics' })).toBeVisible();
  await expect(statistics.getByRole('button', { name: /Find a certificate/ })).toHaveCount(0);
  // Backed by work: nothing to do.
  await expect(
    row('SQL').getByRole('button', { name: /I used it|Find a certificate|Add a project|Link it/ }),
  ).toHaveCount(0);
  expect(await axeViolations(page, 'main')).toEqual([]);
});

test('saying where a skill was used backs it by that role, in three interactions', async ({ page }) => {
  const { main, row } = await openTargetView(page);
  let interactions = 0;
  const act = async (action: () => Promise<void>) => {
    interactions += 1;
    await action();
  };
  await act(() => row('Tableau').getByRole('button', { name: 'I used it in… : Tableau' }).click());
  const dialog = page.getByRole('dialog', { name: 'Where did you use Tableau?' });
  // The course already names statistics, not Tableau: every entry is offered.
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  const add = dialog.getByRole('button', { name: 'Add the skill' });
  await expect(add).toBeDisabled();
  await expect(add).toBeInViewport({ ratio: 1 });
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  await act(() => dialog.getByRole('radio', { name: /Junior data analyst/ }).check());
  await act(() => add.click());
  await expect(dialog).toBeHidden();
  await expect(row('Tableau')).toContainText('Applied');
  await expect(row('Tableau')).toContainText('Junior data analyst');
  const role = (await main.store).state().profile.roles[0];
  expect(role?.skills).toEqual([SQL, TABLEAU]);
  expect(interactions).toBeLessThanOrEqual(3);
});

test('a certificate from the catalogue is planned from a skill, filled in', async ({ page }) => {
  const { main, row } = await openTargetView(page);
  await row('Tableau').getByRole('button', { name: 'Find a certificate… : Tableau' }).click();
  const catalogue = page.getByRole('dialog', { name: 'Certificates that teach Tableau' });
  const first = catalogue.getByRole('listitem').first();
  await expect(first).toContainText('Tableau Desktop Specialist');
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  await first.getByRole('button', { name: 'Plan it… : Tableau Desktop Specialist' }).click();

  const form = page.getByRole('dialog', { name: 'Add a certificate' });
  await expect(catalogue).toBeHidden();
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Tableau Desktop Specialist');
  await expect(form.getByLabel('Status')).toHaveValue('planned');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(row('Tableau')).toContainText('Planned only');
  const planned = (await main.store)
    .state()
    .profile.certificates.find((entry) => entry.title === 'Tableau Desktop Specialist');
  expect(planned?.status).toEqual({ state: 'planned' });
  expect(planned?.skills.map((skill) => skill.conceptId)).toContain('sup:tableau');
});

test('a project for a skill opens with the skill named', async ({ page }) => {
  const { row } = await openTargetView(page);
  await row('Tableau').getByRole('button', { name: 'Add a project… : Tableau' }).click();
  const form = page.getByRole('dialog', { name: 'Add a project' });
  await expect(form.getByRole('list', { name: /skills/i })).toContainText('Tableau');
});

test('every skill the person lists is shown, and one only listed asks where it was used', async ({ page }) => {
  const { main } = await openTargetView(page);
  const listed = page.getByRole('main').getByRole('region', { name: /^Skills you list \(2\)/ });
  await expect(listed).toContainText('No role or project shows this one yet');
  await expect(listed).toContainText('SQL · Advanced');
  // The details panel shows them too while nothing is selected.
  await expect(page.getByRole('complementary').getByRole('region', { name: /^Skills you list/ })).toBeVisible();
  await listed.getByRole('button', { name: 'Looker: say where you used it' }).click();
  const dialog = page.getByRole('dialog', { name: 'Where did you use Looker?' });
  await dialog.getByRole('radio', { name: /Junior data analyst/ }).check();
  await dialog.getByRole('button', { name: 'Add the skill' }).click();
  await expect(listed).not.toContainText('No role or project shows');
  expect((await main.store).state().profile.roles[0]?.skills.map((skill) => skill.label)).toContain('Looker');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the skills' actions, the listed skills and their dialogs have no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { row } = await openTargetView(page);
    await expect(page.getByRole('main').getByRole('region', { name: /^Skills you list/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await row('Tableau').getByRole('button', { name: 'Find a certificate… : Tableau' }).click();
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await row('Tableau').getByRole('button', { name: 'I used it in… : Tableau' }).click();
    await expect(page.getByRole('dialog').getByRole('radio').first()).toBeVisible();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
  });
}
