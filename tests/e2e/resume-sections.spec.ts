import path from 'node:path';
import type { Page } from '@playwright/test';
import { newProject } from '../../shared/domain/entries';
import { axeViolations } from '../support/axe';
import { profileOnDisk } from '../support/profile-on-disk';
import { sampleProfile } from '../../scripts/support/profiles';
import { expect, openWithProfile, test } from './harness';

/** Set to a folder to keep pictures of the timeline with an award, the person form and languages, for a look by eye. */
const SHOTS = process.env['THROUGHLINE_SHOT_DIR'];

const timeline = (page: Page) => page.getByRole('group', { name: 'Career path timeline' });

async function openSample(page: Page) {
  const profile = sampleProfile();
  const project = newProject({
    id: 'project-help',
    title: 'Help-centre redesign',
    kind: 'work',
    start: '2024-06',
    end: '2024-12',
    roleId: 'role-support',
  });
  const main = await openWithProfile(page, { ...profile, projects: [project] });
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  return main;
}

test('an award is added for a role, drawn as its own kind on the timeline, and outlives the role', async ({ page }) => {
  const main = await openSample(page);
  const details = page.getByRole('complementary');

  await page.getByRole('button', { name: 'Add award' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an award' });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('Give it a title.');
  await dialog.getByLabel('Title', { exact: true }).fill('Support team of the year');
  await dialog.getByLabel('Given by').fill('Northwind Software');
  await dialog.getByLabel('Date').fill('2023-12');
  await dialog.getByLabel('Given for').selectOption({ label: 'Customer Support Lead — Northwind Software' });
  await dialog.getByLabel('What it was for').fill('Cut first-response time from 9 to 3 hours.');
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Selected once added: its facts, and the role it was given for.
  const award = details.getByRole('article', { name: 'Support team of the year' });
  await expect(award.locator('.details__kind')).toHaveText('Award');
  await expect(award).toContainText('Northwind Software');
  await expect(award).toContainText('Cut first-response time from 9 to 3 hours.');
  await expect(award.getByRole('list', { name: 'Given for' })).toContainText('Customer Support Lead');
  await expect
    .poll(() => profileOnDisk(main.profilePath)?.awards)
    .toEqual([
      expect.objectContaining({
        title: 'Support team of the year',
        awarder: 'Northwind Software',
        date: '2023-12',
        appliedIn: [{ kind: 'role', id: 'role-support', note: '' }],
      }),
    ]);

  // Also given for the project, with a line on what for, from the award's details.
  const attach = award.getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Help-centre redesign' });
  await attach.getByLabel('What it was given for').fill('The redesign behind the faster answers');
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(award.getByRole('list', { name: 'Given for' }).getByRole('listitem')).toHaveCount(2);
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  // On the timeline: a star in a lane of its own, linked to both, with the counts saying so.
  await expect(page.locator('.timeline__counts')).toHaveText('1 role · 1 project · 1 certificate · 1 award');
  await expect(page.locator('.tl-lane-label', { hasText: 'Awards' })).toBeVisible();
  const star = timeline(page).getByRole('button', { name: /^Award: Support team of the year/ });
  await expect(star).toHaveAccessibleName(
    /^Award: Support team of the year, Northwind Software, Dec 2023, Given for 2 roles or projects$/,
  );
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.tl-connector--highlighted')).toHaveCount(1);
  await expect(page.locator('.tl-layer')).toHaveAttribute('data-connectors', '3');
  await star.hover();
  const tooltip = page.locator('.tl-tooltip');
  await expect(tooltip.locator('.tl-tooltip__kind')).toHaveText('Award');
  await expect(tooltip).toContainText('The redesign behind the faster answers');
  if (SHOTS !== undefined) await page.screenshot({ path: path.join(SHOTS, 'award-timeline.png') });

  // From the role's side, and when the role goes: the award stays, no longer linked to it.
  await timeline(page)
    .getByRole('button', { name: /^Role: Customer Support Lead/ })
    .click();
  const role = details.getByRole('article', { name: 'Customer Support Lead' });
  await expect(role.getByRole('list', { name: 'Awards for this work' })).toContainText('Support team of the year');
  if (SHOTS !== undefined) await page.screenshot({ path: path.join(SHOTS, 'award-role.png') });
  await role.getByRole('button', { name: 'Delete Customer Support Lead' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this role?' });
  await expect(confirm).toContainText('The award given for it stays in your profile, no longer linked to it.');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(star).toHaveAccessibleName(/Given for 1 role or project$/);
  await expect
    .poll(() => profileOnDisk(main.profilePath)?.awards[0]?.appliedIn)
    .toEqual([{ kind: 'project', id: 'project-help', note: 'The redesign behind the faster answers' }]);
  expect(main.internalErrors).toEqual([]);
});

test('the person’s details are edited from the header and kept for the export', async ({ page }) => {
  const main = await openSample(page);
  const button = page.getByRole('button', { name: 'Your details' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Your details' });
  await expect(dialog).toContainText('The recruiter lens never reads it.');
  await dialog.getByLabel(/^Name/).fill('Sam Okafor');
  await dialog.getByLabel('Headline').fill('Support lead moving into UX research');
  await dialog.getByLabel('Email').fill('sam at example');
  await dialog.getByLabel('City').fill('Leeds');
  await dialog.getByLabel('Country code').fill('GB');
  await dialog.getByRole('button', { name: 'Add a profile' }).click();
  await dialog.getByLabel(/^Network/).fill('LinkedIn');
  await dialog.getByLabel(/^URL/).fill('https://www.linkedin.com/in/samokafor');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(/email address like name@example.org/);
  await dialog.getByLabel('Email').fill('sam@example.org');
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  if (SHOTS !== undefined) await dialog.screenshot({ path: path.join(SHOTS, 'person-form.png') });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  // Where the header has room the name is written out; where it has not, its initial stands for it.
  const named = page.getByRole('button', { name: 'Your details: Sam Okafor' });
  await expect(named.getByText('Sam Okafor')).toBeHidden();
  await expect(named).toContainText('S');
  await page.setViewportSize({ width: 1680, height: 800 });
  await expect(named.getByText('Sam Okafor')).toBeVisible();
  if (SHOTS !== undefined)
    await page.locator('.app-header').screenshot({ path: path.join(SHOTS, 'person-header.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect
    .poll(() => profileOnDisk(main.profilePath)?.person)
    .toEqual(
      expect.objectContaining({
        name: 'Sam Okafor',
        label: 'Support lead moving into UX research',
        email: 'sam@example.org',
        location: expect.objectContaining({ city: 'Leeds', countryCode: 'GB' }),
        profiles: [{ network: 'LinkedIn', username: '', url: 'https://www.linkedin.com/in/samokafor' }],
      }),
    );
  // Opened again, it shows what was saved.
  await page.getByRole('button', { name: 'Your details: Sam Okafor' }).click();
  await expect(dialog.getByLabel(/^Name/)).toHaveValue('Sam Okafor');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // One step to undo, named for what it changed.
  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: /^Undone:/ })).toHaveText(/Undone: edited your details/);
  await expect(page.getByRole('button', { name: 'Your details', exact: true })).toBeVisible();
  await expect.poll(() => profileOnDisk(main.profilePath)?.person.name).toBe('');
  expect(main.internalErrors).toEqual([]);
});

test('a declared language reads as spoken for a target that asks for it, and is listed with its fluency', async ({
  page,
}) => {
  const sample = sampleProfile();
  const main = await openWithProfile(page, {
    ...sample,
    targets: [
      {
        id: 'target-support',
        title: 'Bilingual support lead',
        occupationId: null,
        skills: ['Spanish', 'customer service'].map((label) => ({
          skill: { label, conceptId: null },
          importance: 'essential' as const,
        })),
        paceOverride: null,
        targetDate: null,
        posting: null,
      },
    ],
    activeTargetId: 'target-support',
    skills: [
      { kind: 'skill', skill: { label: 'Zendesk', conceptId: null }, level: '', keywords: [] },
      { kind: 'language', skill: { label: 'Spanish', conceptId: null }, level: 'Native speaker', keywords: [] },
    ],
  });
  await page.getByRole('tab', { name: 'Target role' }).click();
  const evidence = page.getByRole('main').getByRole('region', { name: 'Evidence for each skill' });
  const spanish = evidence.getByRole('listitem').filter({ hasText: /^Spanish/ });
  await expect(spanish).toContainText('Declared language');
  await expect(spanish).toContainText('a recruiter will check it in conversation');
  await expect(spanish).toContainText('Listed on your CV (Native speaker).');

  // Listed apart from the skills, with the fluency, and never asked "where did you use it".
  const listed = page.getByRole('main').getByRole('region', { name: /^Skills and languages you list \(2\)/ });
  await expect(listed).toContainText('Language you speak:');
  await expect(listed).toContainText('Spanish · Native speaker');
  await expect(listed.getByRole('button', { name: /Spanish/ })).toHaveCount(0);
  await expect(listed.getByRole('button', { name: 'Zendesk: say where you used it' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  if (SHOTS !== undefined) await page.getByRole('main').screenshot({ path: path.join(SHOTS, 'languages.png') });
  expect(main.internalErrors).toEqual([]);
});
