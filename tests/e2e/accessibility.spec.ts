import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const pages = [
  '/',
  '/learn',
  '/learn/what-is-an-iop',
  '/learn/levels-of-care',
  '/learn/faq',
  '/learn/faq/all-answers',
  '/learn/medications-for-addiction',
  '/learn/iop-for-teens',
  '/learn/mental-health-iop',
  '/learn/eating-disorder-iop',
  '/learn/checking-a-program',
  '/get-help-now',
  '/glossary',
  '/about',
  '/learn/no-such-article',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}

// On a phone the section links hang in the page's side margin (tests/e2e/section-links.spec.ts): axe checks
// them there too, with JavaScript on (axe cannot run on a page without it).
for (const path of ['/learn/paying-for-an-iop', '/about', '/get-help-now']) {
  test(`axe finds no WCAG 2.2 AA violations on ${path} at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

// The phone layout (breadcrumb back link, cards, the home's first screen) in both colour schemes, with
// every part of an article's end open.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/', '/learn/what-is-an-iop']) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} at 360 px, sources open (${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.locator('details').evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
      await expectNoAxeViolations(page);
    });
  }
}

test('dark mode follows the system setting from the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 24, 32)');
});
