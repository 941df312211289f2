import { axeViolations } from '../support/axe';
import type { Locator } from '@playwright/test';
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
  await expect(editor.getByLabel('Title')).toHaveValue(/^product manager$/i);
  await expect(editor.getByRole('group', { name: /Core skills/ })).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);

  // Add a skill the occupation lacks, by acronym: it joins the core.
  const core = editor.getByRole('group', { name: /Core skills/ });
  const addSkill = editor.getByRole('combobox', { name: 'Add a skill' });
  await addSkill.fill('bpmn');
  await expect(
    editor.getByRole('listbox', { name: 'Add a skill suggestions' }).getByRole('option').first(),
  ).toContainText('business process modelling');
  await addSkill.press('Enter');
  await expect(core).toContainText('business process modelling');
  const coreBefore = await core.getByRole('listitem').count();
  await core
    .getByRole('button', { name: /^Move .* to secondary$/ })
    .first()
    .click();
  await expect(core.getByRole('listitem')).toHaveCount(coreBefore - 1);
  await editor.getByLabel('How fast learning ages in this field').selectOption('fast');
  await editor.getByRole('button', { name: 'Add target' }).click();

  // Saving closes the dialog; the header names the new, active target.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /Target role: product manager/i })).toBeVisible();
  await page.getByRole('button', { name: /Target role: product manager/i }).click();
  await expect(dialog.getByRole('radio', { name: /product manager/i })).toBeChecked();

  const store = await app.main.store;
  const [target] = store.state().profile.targets;
  expect(target).toMatchObject({ title: expect.stringMatching(/^product manager$/i), paceOverride: 'fast' });
  expect(
    target?.skills.some(
      (entry) => entry.skill.label === 'business process modelling' && entry.importance === 'essential',
    ),
  ).toBe(true);
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

/** A chip's skill: the words before its buttons. */
const chipLabels = (list: Locator) => list.getByRole('listitem').locator('> span:first-child').allTextContents();

test('a target’s skills move between core, secondary and also named, and its evidence follows', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: /Target role: none chosen yet/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Target roles' });
  const occupation = dialog.getByRole('combobox', { name: 'From an occupation' });
  await occupation.fill('data analyst');
  await expect(dialog.getByRole('option').first()).toContainText('data analyst');
  await occupation.press('ArrowDown');
  await occupation.press('Enter');

  const editor = dialog.getByRole('form', { name: 'Target role' });
  const core = editor.getByRole('group', { name: /^Core skills/ });
  const secondary = editor.getByRole('group', { name: /^Secondary skills/ });
  const alsoSummary = editor.getByText(/^Also named by ESCO \(\d+\)$/);
  const also = editor.getByRole('list', { name: /^Also named by ESCO/ });
  // A curated role says what recruiters look for and which certificates they know.
  await expect(editor).toContainText('Recruiters look for:');
  await expect(editor).toContainText('Recognised certificates:');
  // The occupation's other skills wait, collapsed, apart from the target.
  await expect(alsoSummary).toBeVisible();
  await expect(also).toBeHidden();
  await alsoSummary.click();
  await expect(also).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);

  const [demoted] = await chipLabels(core);
  const [dropped] = await chipLabels(secondary);
  const [promoted] = await chipLabels(also);
  if (demoted === undefined || dropped === undefined || promoted === undefined) throw new Error('a tier is empty');

  // Core → secondary.
  await core.getByRole('button', { name: `Move ${demoted} to secondary` }).click();
  expect(await chipLabels(core)).not.toContain(demoted);
  expect(await chipLabels(secondary)).toContain(demoted);
  // Secondary → also named: out of the target, back with ESCO's other skills.
  await secondary.getByRole('button', { name: `Move ${dropped} to also named` }).click();
  expect(await chipLabels(secondary)).not.toContain(dropped);
  expect(await chipLabels(also)).toContain(dropped);
  // Also named → secondary → core.
  await also.getByRole('button', { name: `Move ${promoted} to secondary` }).click();
  expect(await chipLabels(also)).not.toContain(promoted);
  await secondary.getByRole('button', { name: `Move ${promoted} to core` }).click();
  expect(await chipLabels(core)).toContain(promoted);
  await editor.getByRole('button', { name: 'Add target' }).click();
  await expect(dialog).toBeHidden();

  const [target] = (await app.main.store).state().profile.targets;
  const importanceOf = (label: string) => target?.skills.find((entry) => entry.skill.label === label)?.importance;
  expect(importanceOf(demoted)).toBe('optional');
  expect(importanceOf(dropped)).toBeUndefined();
  expect(importanceOf(promoted)).toBe('essential');

  // The target view reads the saved tiers: the evidence list follows.
  await page.getByRole('tab', { name: 'Target role' }).click();
  const evidence = page.getByRole('main').getByRole('region', { name: 'Evidence for each skill' });
  const coreEvidence = evidence.getByRole('group', { name: /^Core skills/ });
  const secondaryEvidence = evidence.getByRole('group', { name: /^Secondary skills/ });
  await expect(coreEvidence).toContainText(promoted);
  await expect(secondaryEvidence).toContainText(demoted);
  await expect(evidence).not.toContainText(dropped);

  // Editing it again moves the skill back, and the evidence follows at once.
  await page.getByRole('button', { name: 'Manage targets' }).click();
  await dialog.getByRole('button', { name: /^Edit data analyst$/i }).click();
  await editor
    .getByRole('group', { name: /^Secondary skills/ })
    .getByRole('button', { name: `Move ${demoted} to core` })
    .click();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(coreEvidence).toContainText(demoted);
  await expect(secondaryEvidence).not.toContainText(demoted);
});
