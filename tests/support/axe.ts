import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/**
 * Time each axe check adds to its test's limit. One check takes seconds on an idle machine but
 * has taken over 30 s on a loaded one; a test that runs several checks gets an allowance for each,
 * so the suite does not depend on the machine being idle.
 */
export const AXE_CHECK_ALLOWANCE_MS = 30_000;

/** axe's violations inside `selector` (the whole page by default), each with the offending markup. */
export async function axeViolations(page: Page, selector = 'body'): Promise<string[]> {
  const running = test.info();
  // 0 means no limit (a debugging run): leave it so.
  if (running.timeout > 0) running.setTimeout(running.timeout + AXE_CHECK_ALLOWANCE_MS);
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}
