import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseRegistry } from '../../lib/links/registry';

const headerBottom = (page: import('@playwright/test').Page) =>
  page
    .locator('header')
    .first()
    .evaluate((node) => node.getBoundingClientRect().bottom);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a shared answer, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    // Questions far from the screen are not laid out (content-visibility in globals.css): a link to one near the
    // end must still open it and land on it, highlighted, below the sticky header.
    test('every answer has its own link, and a shared link opens that answer with its question in view', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/learn/faq');
      const links = page.locator('details.faq-item a', { hasText: 'Link to this answer' });
      const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
      expect(hrefs.length).toBe(await page.locator('details.faq-item').count());
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const href of hrefs) expect(href).toMatch(/^#[a-z0-9-]+$/);
      for (const href of [hrefs[2]!, hrefs[hrefs.length - 1]!]) {
        await page.goto(`/learn/faq${href}`);
        const item = page.locator('details.faq-item').filter({ has: page.locator(`[id="${href.slice(1)}"]`) });
        await expect(item).toHaveAttribute('open', '');
        const question = item.locator('summary');
        await expect(question).toBeInViewport();
        expect((await question.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
        await expect(item.locator('.faq-answer')).toBeVisible();
        // the highlight is painted inside the item (an item clips what it paints)
        const highlight = await item.evaluate((node) => getComputedStyle(node).backgroundColor);
        expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
      }
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Show all answers" opens every answer; "Hide all answers" goes back', async ({ page }) => {
    await page.goto('/learn/faq');
    await expect(page.locator('details.faq-item[open]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all answers' }).click();
    await expect(page).toHaveURL(/\/learn\/faq\/all-answers$/);
    const items = page.locator('details.faq-item');
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('details.faq-item:not([open])')).toHaveCount(0);
    await expect(items.last().locator('.faq-answer')).toBeVisible();
    // shared from here, an answer's link still names the FAQ itself
    await expect(items.first().getByRole('link', { name: /^Link to this answer/ })).toHaveAttribute(
      'href',
      /^\/learn\/faq#[a-z0-9-]+$/,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/learn\/faq$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('link', { name: 'Hide all answers' }).click();
    await expect(page).toHaveURL(/\/learn\/faq$/);
  });
});

test("every answer's link is in the registry of published links, so it can never break unnoticed", async ({ page }) => {
  await page.goto('/learn/faq');
  const ids = await page.locator('details.faq-item .faq-anchor').evaluateAll((nodes) => nodes.map((node) => node.id));
  const registry = new Set(
    parseRegistry(readFileSync(path.join(process.cwd(), 'content/published-links.txt'), 'utf8')).map(
      (entry) => entry.link,
    ),
  );
  expect(ids.length).toBeGreaterThanOrEqual(10);
  for (const id of ids) expect(registry.has(`faq#${id}`), id).toBe(true);
});

test('on a wide screen the first questions are in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/learn/faq');
  for (const index of [0, 1]) {
    const question = page.locator('details.faq-item summary').nth(index);
    const box = (await question.boundingBox())!;
    expect(box.y + box.height, `question ${index + 1}`).toBeLessThanOrEqual(800);
  }
});

test('the FAQ answers the cost question, and links to the page about paying', async ({ page }) => {
  await page.goto('/learn/faq');
  const item = page
    .locator('details.faq-item')
    .filter({ has: page.locator('summary', { hasText: 'How much does an IOP cost?' }) });
  await expect(item).toHaveCount(1);
  await item.locator('summary').click();
  await expect(item.locator('.faq-answer')).toBeVisible();
  await expect(item.locator('.faq-answer a[href^="/learn/paying-for-an-iop"]').first()).toBeVisible();
});

test("an answer's paragraphs are spaced apart, not run together", async ({ page }) => {
  await page.goto('/learn/faq/all-answers');
  const gaps = await page
    .locator('.faq-answer > p + p')
    .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).marginTop)));
  expect(gaps.length).toBeGreaterThan(10);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
});
