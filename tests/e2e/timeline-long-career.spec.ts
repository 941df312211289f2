import type { Page } from '@playwright/test';
import { largeProfile } from '../../scripts/support/large-profile';
import { expect, openWithProfile, test } from './harness';

const layer = (page: Page) => page.locator('.tl-layer');

/** The keys of the items in the page, and how far down the window the drawn ones reach. */
async function drawn(page: Page) {
  return layer(page)
    .locator('[role="button"][data-key]')
    .evaluateAll((nodes) => ({
      keys: nodes.map((node) => node.getAttribute('data-key') ?? ''),
      top: Math.min(...nodes.map((node) => node.getBoundingClientRect().top)),
      bottom: Math.max(...nodes.map((node) => node.getBoundingClientRect().bottom)),
    }));
}

/** The part of the chart's lanes the user can see, in window pixels. */
async function lanesInView(page: Page) {
  return page.locator('.tl-chart').evaluate((chart) => {
    const lanes = [...chart.querySelectorAll('.tl-lane')].map((lane) => lane.getBoundingClientRect());
    const region = chart.closest('.timeline-region')?.getBoundingClientRect() ?? chart.getBoundingClientRect();
    return {
      top: Math.max(Math.min(...lanes.map((lane) => lane.top)), region.top),
      bottom: Math.min(Math.max(...lanes.map((lane) => lane.bottom)), region.bottom),
    };
  });
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await openWithProfile(page, largeProfile());
  await expect(layer(page)).toHaveAttribute('data-items', '1700', { timeout: 60_000 });
});

test('a long career draws what is on screen, and what scrolls into view as it comes', async ({ page }) => {
  const first = await drawn(page);
  const inView = await lanesInView(page);
  // The rows on screen are all drawn: items reach from the first row to the window's bottom edge.
  expect(first.top).toBeLessThan(inView.top + 60);
  expect(first.bottom).toBeGreaterThan(inView.bottom - 60);

  await page
    .locator('.timeline-region')
    .first()
    .evaluate((region) => region.scrollTo(0, region.scrollHeight));
  const scrolledInView = await lanesInView(page);
  await expect
    .poll(async () => (await drawn(page)).bottom, { message: 'the items reach the bottom of the scrolled window' })
    .toBeGreaterThan(scrolledInView.bottom - 60);
  const scrolled = await drawn(page);
  // The learning lane, at the chart's foot, was off screen at first and is drawn now.
  const newlyDrawn = scrolled.keys.filter((key) => !first.keys.includes(key));
  expect(newlyDrawn.some((key) => key.startsWith('certificate:'))).toBe(true);
  expect(scrolled.top).toBeLessThan(scrolledInView.top + 60);
});

test('the keyboard reaches items below the fold: they are drawn, focused and scrolled into view', async ({ page }) => {
  const first = await drawn(page);
  await layer(page).locator('[tabindex="0"]').focus();
  // Down from the roles, through the projects, to the learning lane at the chart's foot.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('.tl-layer :focus');
  await expect(focused).toHaveAttribute('aria-label', /^(Certificate|Education|\d+ certificates)/);
  // Along the lane, every item the keys land on is in view, up to a certificate that was not drawn at first.
  let reachedUndrawn = false;
  for (let step = 0; step < 40 && !reachedUndrawn; step++) {
    await expect(focused).toBeInViewport();
    const key = (await focused.getAttribute('data-key')) ?? '';
    reachedUndrawn = key.startsWith('certificate:') && !first.keys.includes(key);
    if (!reachedUndrawn) await page.keyboard.press('ArrowRight');
  }
  expect(reachedUndrawn).toBe(true);
});
