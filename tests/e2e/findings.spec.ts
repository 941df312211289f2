import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { decodeProfileFile } from '../../electron/main/store/profile-file';
import type { Profile } from '../../shared/domain/profile';
import { largeProfile } from '../../scripts/support/large-profile';
import { axeViolations } from '../support/axe';
import { expect, openWithProfile, test } from './harness';

function persona(name: string): Profile {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, `../fixtures/personas/${name}.json`)),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.profile;
}

const openWith = (page: Page, profile: Profile) => openWithProfile(page, profile, 3);

/** A card is a finding with its own Dismiss button; the lines under it have none. */
const cardsIn = (scope: Locator, page: Page) =>
  scope.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Dismiss…/ }) });
const countIn = (name: string) => Number(/\((\d+)\)\s*$/.exec(name)?.[1] ?? NaN);

test('the panel leads with the next steps; each certificate is one card, and a card can be set aside and restored', async ({
  page,
}) => {
  const main = await openWith(page, persona('changer-teacher-to-ux-unsupported'));
  const panel = page.getByRole('complementary');
  const steps = panel.getByRole('region', { name: 'Next steps' });
  await expect(steps).toBeVisible();
  // Next steps come before every card, numbered, at most five.
  const headings = await panel.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings[0]).toBe('Next steps');
  const stepItems = steps.getByRole('list').first().locator('> li');
  expect(await stepItems.count()).toBeGreaterThan(0);
  expect(await stepItems.count()).toBeLessThanOrEqual(5);
  // Each step says why on demand and which target skills it builds.
  const first = stepItems.first();
  await expect(first.getByText('Why this matters')).toBeVisible();
  await first.getByText('Why this matters').click();
  await expect(first.locator('details p')).toBeVisible();
  await expect(steps).toContainText('Builds:');
  expect(await axeViolations(page)).toEqual([]);

  // A step about the target shows the certificate it builds on (its words, not the action button after them).
  await first.getByRole('button').filter({ hasText: 'Google UX Design Professional Certificate' }).first().click();
  await expect(page.getByRole('button', { name: /^Certificate: Google UX Design/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const worth = panel.getByRole('region', { name: /^Worth fixing/ });
  const certificateCards = cardsIn(worth, page).filter({ hasText: 'Google UX Design Professional Certificate' });
  // Its other findings are lines on the one card, not cards of their own.
  await expect(certificateCards.filter({ hasText: 'is not linked to any role or project' })).toHaveCount(1);
  // Found by its message alone: while its dismiss form is open it has no Dismiss… button.
  const card = worth.getByRole('listitem').filter({ hasText: 'is not linked to any role or project' });
  await expect(card.getByRole('list', { name: 'Also about it' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(card).toContainText('What to do:');

  await card.getByRole('button', { name: /^Dismiss…/ }).click();
  await card.getByLabel('Why set it aside? (optional)').fill('Portfolio project starts next month');
  await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(worth).not.toContainText('is not linked to any role or project');
  await panel.getByText('Dismissed (1)').click();
  await expect(panel).toContainText('Your reason: Portfolio project starts next month');
  expect((await main.store).state().profile.dismissedFindings.map((entry) => entry.key)).toEqual(['CERT_UNAPPLIED:c1']);

  await panel.getByRole('button', { name: /^Restore/ }).click();
  await expect(worth).toContainText('is not linked to any role or project');
  expect((await main.store).state().profile.dismissedFindings).toEqual([]);
});

test('“Worth fixing” counts the cards to fix, never the information, which waits in its own collapsed group', async ({
  page,
}) => {
  await openWith(page, persona('communication-course-cs'));
  const panel = page.getByRole('complementary');
  const worthHeading = panel.getByRole('heading', { name: /^Worth fixing \(\d+\)$/ });
  await expect(worthHeading).toBeVisible();
  const worth = panel.getByRole('region', { name: /^Worth fixing/ });
  const groups = worth.getByRole('region');
  let inGroups = 0;
  for (const name of await groups.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))) {
    inGroups += countIn(name);
  }
  expect(countIn((await worthHeading.textContent()) ?? '')).toBe(inGroups);
  await expect(cardsIn(worth, page)).toHaveCount(inGroups);

  const information = panel.locator('summary', { hasText: /^For your information \(\d+\)$/ });
  await expect(information).toBeVisible();
  const informationCount = countIn((await information.textContent()) ?? '');
  expect(informationCount).toBeGreaterThan(0);
  // Collapsed: none of its cards is drawn until it is opened.
  const infoSection = panel.locator('details', { has: page.locator('summary', { hasText: /^For your information/ }) });
  await expect(cardsIn(infoSection, page)).toHaveCount(0);
  await information.click();
  await expect(cardsIn(infoSection, page)).toHaveCount(informationCount);
  await expect(infoSection.getByRole('region', { name: /^Soft skills \(\d+\)$/ })).toBeVisible();
});

test('a long group shows its first three cards and the rest on demand', async ({ page }) => {
  await openWith(page, persona('entry-level-collector'));
  const panel = page.getByRole('complementary');
  const steps = panel.getByRole('region', { name: 'Next steps' });
  await expect(steps).toBeVisible();
  expect(await steps.getByRole('list').first().locator('> li').count()).toBeLessThanOrEqual(5);
  const unlinked = panel.getByRole('region', { name: /^Not linked to any work \(\d+\)$/ });
  const total = countIn((await unlinked.getAttribute('aria-label')) ?? '');
  expect(total).toBeGreaterThan(3);
  await expect(cardsIn(unlinked, page)).toHaveCount(3);
  await unlinked
    .getByRole('button', { name: new RegExp(`^Show ${total - 3} more\\s*: Not linked to any work$`) })
    .click();
  await expect(cardsIn(unlinked, page)).toHaveCount(total);
  await unlinked.getByRole('button', { name: /^Show fewer/ }).click();
  await expect(cardsIn(unlinked, page)).toHaveCount(3);
});

test('on the large profile the panel shows groups with counts, not hundreds of cards', async ({ page }) => {
  test.setTimeout(120_000);
  await openWith(page, largeProfile());
  const panel = page.getByRole('complementary');
  const worthHeading = panel.getByRole('heading', { name: /^Worth fixing \(\d+\)$/ });
  await expect(worthHeading).toBeVisible({ timeout: 60_000 });
  const worthFixing = countIn((await worthHeading.textContent()) ?? '');
  expect(worthFixing).toBeGreaterThan(100);
  const worth = panel.getByRole('region', { name: /^Worth fixing/ });
  const groupNames = await worth
    .getByRole('region')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  expect(groupNames.length).toBeGreaterThan(1);
  for (const name of groupNames) expect(name).toMatch(/ \(\d+\)$/);
  // At most three cards a group are drawn, whatever the thousands behind them.
  await expect(cardsIn(panel, page)).toHaveCount(groupNames.reduce((sum, name) => sum + Math.min(3, countIn(name)), 0));
  expect(await cardsIn(panel, page).count()).toBeLessThanOrEqual(3 * groupNames.length);
});
