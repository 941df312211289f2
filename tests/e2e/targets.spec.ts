import { axeViolations } from '../support/axe';
import { expect, test } from './harness';

test('a target role is created from an ESCO occupation, edited, and made active', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: /Target role: none chosen yet/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Target roles' });
  await expect(dialog).toContainText('No target role yet');

  const occupation = dialog.getByRole('combobox', { name: 'From an occupation' });
  await occupation.fill('product manag');
  await expect(dialog.getByRole('option').first()).toContainText('product manager');
  await occupation.press('ArrowDown');
  await occupation.press('Enter');

  const editor = dialog.getByRole('form', { name: 'Target role' });
  await expect(editor.getByLabel('Title')).toHaveValue('product manager');
  await expect(editor.getByRole('group', { name: /Essential skills/ })).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);

  // Add a skill the occupation lacks, by acronym, and drop one it has.
  const addSkill = editor.getByRole('combobox', { name: 'Add a skill' });
  await addSkill.fill('okrs');
  await expect(
    editor.getByRole('listbox', { name: 'Add a skill suggestions' }).getByRole('option').first(),
  ).toContainText('OKRs');
  await addSkill.press('Enter');
  await expect(editor.getByRole('group', { name: /Essential skills/ })).toContainText('OKRs');
  const essentialBefore = await editor
    .getByRole('group', { name: /Essential skills/ })
    .getByRole('listitem')
    .count();
  await editor
    .getByRole('group', { name: /Essential skills/ })
    .getByRole('button', { name: /^Remove/ })
    .first()
    .click();
  await expect(editor.getByRole('group', { name: /Essential skills/ }).getByRole('listitem')).toHaveCount(
    essentialBefore - 1,
  );
  await editor.getByLabel('How fast learning ages in this field').selectOption('fast');
  await editor.getByRole('button', { name: 'Add target' }).click();

  await expect(dialog.getByRole('status')).toContainText('Saved “product manager”');
  await expect(dialog.getByRole('radio', { name: /product manager/ })).toBeChecked();
  await expect(page.getByRole('button', { name: /Target role: product manager/ })).toBeVisible();

  const store = await app.main.store;
  const [target] = store.state().profile.targets;
  expect(target).toMatchObject({ title: 'product manager', paceOverride: 'fast' });
  expect(target?.skills.some((entry) => entry.skill.conceptId === 'sup:okrs')).toBe(true);
  expect(store.state().profile.activeTargetId).toBe(target?.id);
});

test('a target from scratch needs a title, said at the field', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: /Target role/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Target roles' });
  await dialog.getByRole('button', { name: 'Start from scratch' }).click();
  await dialog.getByRole('button', { name: 'Add target' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the target role a title.');
  await dialog.getByLabel('Title').fill('Junior data analyst');
  const addSkill = dialog.getByRole('combobox', { name: 'Add a skill' });
  await addSkill.fill('Knitting circles for analysts');
  await addSkill.press('Enter');
  await dialog.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByRole('button', { name: /Target role: Junior data analyst/ })).toBeVisible();
  const [target] = (await app.main.store).state().profile.targets;
  expect(target?.skills).toEqual([
    { skill: { label: 'Knitting circles for analysts', conceptId: null }, importance: 'essential' },
  ]);
});
