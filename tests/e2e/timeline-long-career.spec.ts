import type { Page } from '@playwright/test';
import { largeProfile } from '../../scripts/support/large-profile';
import { expect, openWithProfile, test } from './harness';

const layer = (page: Page) => page.locator('.tl-layer');

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

/**
 * The keys of the items in the page, and whether bars and markers (what is left out off screen)
 * are drawn along the top and the bottom edge of the lanes in view.
 */
async function drawn(page: Page) {
  const view = await lanesInView(page);
  return layer(page)
    .locator('.tl-bar, .tl-marker, .tl-cluster')
    .evaluateAll((nodes, view) => {
      const shapes = nodes.map((node) => ({
        rect: node.getBoundingClientRect(),
        culled: !node.classList.contains('tl-cluster'),
      }));
      const EDGE = 120;
      return {
        keys: nodes.map((node) => node.getAttribute('data-key') ?? ''),
        atTop: shapes.some(({ rect, culled }) => culled && rect.bottom > view.top && rect.top < view.top + EDGE),
        atBottom: shapes.some(({ rect }) => rect.top < view.bottom && rect.bottom > view.bottom - EDGE),
      };
    }, view);
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await openWithProfile(page, largeProfile());
  await expect(layer(page)).toHaveAttribute('data-items', '1700', { timeout: 60_000 });
});

const scrollTimelineToBottom = (page: Page) =>
  page.locator('#timeline-view').evaluate((region) => region.scrollTo(0, region.scrollHeight));

test('a long career draws what is on screen, and what scrolls into view as it comes', async ({ page }) => {
  const first = await drawn(page);
  // The rows on screen are all drawn, from the first lane to the window's bottom edge.
  expect(first).toMatchObject({ atTop: true, atBottom: true });

  await scrollTimelineToBottom(page);
  // The learning lane, at the chart's foot, was off screen at first and is drawn once the scroll
  // reaches it. Its clusters are always drawn, so the edges alone could pass before its markers are in.
  const afterScroll = async () => {
    const now = await drawn(page);
    const newlyDrawn = now.keys.filter((key) => !first.keys.includes(key));
    return { ...now, certificatesDrawn: newlyDrawn.some((key) => key.startsWith('certificate:')) };
  };
  await expect.poll(afterScroll).toMatchObject({ atTop: true, atBottom: true, certificatesDrawn: true });
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

test('back from the target view, the rows in view are drawn where the timeline was left', async ({ page }) => {
  // A short window, so the chart is several screens tall.
  await page.setViewportSize({ width: 1280, height: 560 });
  await scrollTimelineToBottom(page);
  await expect.poll(async () => drawn(page)).toMatchObject({ atTop: true, atBottom: true });
  await page.getByRole('tab', { name: 'Target role' }).click();
  // Scrolling there is heard by the timeline too, while it is hidden and has no box.
  await page.locator('#target-view').evaluate((region) => region.scrollTo(0, 200));
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect.poll(async () => drawn(page)).toMatchObject({ atTop: true, atBottom: true });
});
