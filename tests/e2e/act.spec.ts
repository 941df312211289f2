import type { Page } from '@playwright/test';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { courseOf, roleOf, skillsNamed } from '../support/certificates';
import { expect, openWithProfile, test } from './harness';

const skills = skillsNamed;
const role = roleOf;

/** A teacher turned analyst: a year's silence between the two jobs, and a SQL course not linked to the job using SQL. */
const profile: Profile = {
  ...emptyProfile(),
  roles: [
    role({ id: 'role-teacher', title: 'Teacher', organization: 'Hillside School', start: '2012-09', end: '2021-12' }),
    role({
      id: 'role-analyst',
      title: 'Junior data analyst',
      organization: 'Acme',
      start: '2023-01',
      skills: skills('SQL', 'data analysis'),
    }),
    role({ id: 'role-shop', title: 'Shop assistant', organization: 'Corner Shop', start: '2010-01', end: '2012-08' }),
  ],
  certificates: [
    courseOf({ id: 'cert-sql', title: 'SQL for Data Analysis', issued: '2025-06', skills: skills('SQL') }),
    courseOf({
      id: 'cert-claim',
      title: 'Become an expert in Excel',
      issued: '2025-02',
      expires: '2026-02',
      skills: skills('use spreadsheets software'),
      appliedIn: [{ kind: 'role', id: 'role-analyst', note: '' }],
    }),
  ],
};

async function open(page: Page, seeded: Profile = profile) {
  const main = await openWithProfile(page, seeded);
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  return main;
}

/** Counts what the user does: every click or key press goes through it. */
function counter() {
  let count = 0;
  return {
    act: async (action: () => Promise<void>) => {
      count += 1;
      await action();
    },
    get count() {
      return count;
    },
  };
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a next step links unapplied learning to the role that used it, in at most three interactions', async ({
      page,
    }) => {
      const main = await open(page);
      const user = counter();
      const steps = page.getByRole('region', { name: 'Next steps' });
      await user.act(() =>
        steps
          .getByRole('button', { name: /Link it to your work….*SQL for Data Analysis/ })
          .first()
          .click(),
      );
      const form = page.getByRole('form', { name: 'Attach to a role or project' });
      const choice = form.getByRole('combobox');
      // The form is in view, focused, with the role that uses SQL already chosen.
      await expect(choice).toBeFocused();
      await expect(choice).toBeInViewport();
      await expect(choice.locator('option:checked')).toHaveText('Junior data analyst');
      await user.act(() => form.getByRole('button', { name: 'Attach' }).click());
      await expect
        .poll(
          async () =>
            (await main.store).state().profile.certificates.find((entry) => entry.id === 'cert-sql')?.appliedIn,
        )
        .toEqual([{ kind: 'role', id: 'role-analyst', note: '' }]);
      expect(user.count).toBeLessThanOrEqual(3);
    });

    test('a gap is a period to explain: selected, asked about, answered in at most four interactions', async ({
      page,
    }) => {
      const main = await open(page);
      const user = counter();
      await user.act(() =>
        page
          .getByRole('complementary')
          .getByRole('button', { name: /What were you doing then\?/ })
          .first()
          .click(),
      );
      const period = page.getByRole('article', { name: 'Jan 2022 – Dec 2022' });
      await expect(period).toBeVisible();
      await expect(period.getByText('12 months with nothing on your timeline.')).toBeVisible();
      await expect(page.locator('.tl-gap--selected')).toHaveCount(1);
      await user.act(() => period.getByRole('button', { name: 'Caring' }).click());
      const dialog = page.getByRole('dialog', { name: 'Add a role' });
      await expect(dialog.getByLabel('Title')).toHaveValue('Caring');
      const add = dialog.getByRole('button', { name: 'Add', exact: true });
      await expect(add).toBeInViewport();
      await user.act(() => add.click());
      await expect
        .poll(async () => (await main.store).state().profile.roles.find((entry) => entry.kind === 'caring'))
        .toMatchObject({ start: '2022-01', end: '2022-12', title: 'Caring' });
      await expect(page.getByRole('button', { name: /What were you doing then\?/ })).toHaveCount(0);
      expect(user.count).toBeLessThanOrEqual(4);
    });

    test('a target is chosen from an occupation in at most five interactions, every button in view', async ({
      page,
    }) => {
      const main = await open(page);
      const user = counter();
      await user.act(() => page.getByRole('button', { name: /Target role: none chosen yet/ }).click());
      const dialog = page.getByRole('dialog', { name: 'Target roles' });
      await user.act(() => dialog.getByRole('combobox', { name: 'From an occupation' }).fill('data analyst'));
      // The suggestions show whole: not cut off by the dialog's edge, not below the window.
      const suggestion = dialog.getByRole('option', { name: /^data analyst/ }).first();
      await expect(suggestion).toBeInViewport({ ratio: 1 });
      await user.act(() => suggestion.click());

      const editor = dialog.getByRole('form', { name: 'Target role' });
      const add = editor.getByRole('button', { name: 'Add target' });
      await expect(add).toBeInViewport({ ratio: 1 });
      await expect(editor.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
      // Core skills first; ESCO's long tail waits, collapsed.
      await expect(editor.getByRole('group', { name: /^Core skills/ })).toBeVisible();
      await expect(editor.getByRole('list', { name: /^Also named by ESCO/ })).toBeHidden();
      await user.act(() => add.click());

      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: /^Target role: data analyst/i })).toBeVisible();
      const store = await main.store;
      const [target] = store.state().profile.targets;
      expect(store.state().profile.activeTargetId).toBe(target?.id);
      expect(user.count).toBeLessThanOrEqual(5);
    });

    test('every dialog keeps its buttons in the window', async ({ page }) => {
      await open(page);
      const openers = [/^Target role/, /^Import/, /^Export/, /^Backups$/, /^About$/];
      for (const opener of openers) {
        await page.getByRole('banner').getByRole('button', { name: opener }).first().click();
        // One dialog is open at a time; the others are out of the accessibility tree.
        const dialog = page.getByRole('dialog');
        const name = String(opener);
        await expect(dialog).toBeVisible();
        for (const button of await dialog.locator('.dialog__actions button').all())
          await expect(button, `${name}: ${await button.innerText()}`).toBeInViewport({ ratio: 1 });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });
  });
}

test('a renewal opens the certificate on its expiry date, a claim on its description', async ({ page }) => {
  await open(page);
  const panel = page.getByRole('complementary');
  await panel
    .getByRole('button', { name: /Update the dates…/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit certificate' });
  await expect(dialog.getByLabel(/Expires/)).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await panel
    .getByRole('button', { name: /Reword it…/ })
    .first()
    .click();
  await expect(dialog.getByLabel(/Description/)).toBeFocused();
});

test('the first-link hint shows the control it names', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const nothingLinked = {
    ...profile,
    certificates: profile.certificates.map((certificate) => ({ ...certificate, appliedIn: [] })),
  };
  await open(page, nothingLinked);
  await page.getByRole('note').getByRole('button', { name: 'Show me' }).click();
  const choice = page.getByRole('form', { name: 'Attach to a role or project' }).getByRole('combobox');
  await expect(choice).toBeFocused();
  await expect(choice).toBeInViewport();
  await expect(page.getByRole('article', { name: 'SQL for Data Analysis' })).toBeVisible();
});

test('closing the first-link hint folds it away: the chart slides up, focus stays in the timeline', async ({
  page,
}) => {
  const nothingLinked = {
    ...profile,
    certificates: profile.certificates.map((certificate) => ({ ...certificate, appliedIn: [] })),
  };
  // Motion is what is tested here; the other tests run with reduced motion, where the fold is instant.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, nothingLinked);
  const chart = page.getByTestId('timeline-chart');
  const before = (await chart.boundingBox())?.y ?? 0;
  await page
    .getByRole('note')
    .getByRole('button', { name: /Got it|Dismiss|Hide/ })
    .click();
  // Right after the press the chart is still moving, not already moved: a fold, not a jump.
  const folding = await page.evaluate(() =>
    document.getAnimations().some((animation) => {
      const property = (animation as CSSTransition).transitionProperty;
      return property === 'grid-template-rows' || property === 'margin-top';
    }),
  );
  expect(folding).toBe(true);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Career path' })).toBeFocused();
  await expect.poll(async () => (await chart.boundingBox())?.y ?? 0).toBeLessThan(before - 30);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the next steps' buttons and a selected period have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('complementary')
      .getByRole('button', { name: /What were you doing then\?/ })
      .first()
      .click();
    await expect(page.getByRole('article', { name: 'Jan 2022 – Dec 2022' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the header keeps the active target’s name at 1024 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const target = {
    id: 'target-da',
    title: 'Data analyst',
    occupationId: null,
    skills: [],
    paceOverride: null,
    targetDate: null,
    posting: null,
  };
  await open(page, { ...profile, targets: [target], activeTargetId: target.id });
  const name = page.locator('.target-value');
  await expect(name).toHaveText('Data analyst');
  await expect(name).toBeInViewport();
  // Not cut to "Dat…": the whole name fits in the space the header gives it.
  expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  if (process.env['ACT_SHOT']) await page.screenshot({ path: '/tmp/act-header-1024.png' });
});
