import { expect, test, type Page } from '@playwright/test';
import { listArticles } from './helpers';

/** How many urgent-help blocks follow the article's last section heading (its own callout counts). */
const urgentBlocksAtTheEnd = (page: Page) =>
  page.evaluate(() => {
    const last = [...document.querySelectorAll('.prose h2')].at(-1);
    if (!last) return -1;
    return [...document.querySelectorAll('main .callout-urgent')].filter(
      (block) => last.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).length;
  });

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every article ends with exactly one urgent-help block, with 988 and the page of every way to get help', async ({
    page,
  }) => {
    for (const { slug } of listArticles()) {
      await page.goto(`/learn/${slug}`);
      expect(await urgentBlocksAtTheEnd(page), slug).toBe(1);
      const block = page.locator('main .callout-urgent').last();
      await expect(block.locator('a[href="tel:988"]').first(), slug).toBeVisible();
      await expect(block.locator('a[href="/get-help-now"]'), slug).toBeVisible();
    }
  });

  test('the breadcrumb is one line back to the section, and the current page is not a link', async ({ page }) => {
    await page.goto('/learn/what-is-an-iop');
    const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
    const back = nav.getByRole('link', { name: 'Back to Understanding IOP' });
    await expect(back).toBeVisible();
    await expect(back).toHaveText('‹ Back to Understanding IOP');
    await expect(back).toHaveAttribute('href', '/learn#section-understanding-iop');
    const lineHeight = await back.evaluate((node) => parseFloat(getComputedStyle(node).lineHeight));
    expect((await back.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    await expect(nav.locator('ol')).toBeHidden();
    await expect(nav.getByRole('link', { name: 'What is an IOP?' })).toHaveCount(0);
  });

  test('review dates are not above the article: the first screen is the title, the summary and the contents', async ({
    page,
  }) => {
    await page.goto('/learn/what-is-an-iop');
    const after = await page.evaluate(() => {
      const dates = document.querySelector('.review-dates')!;
      const related = document.querySelector('section[aria-labelledby="related"]')!;
      return Boolean(related.compareDocumentPosition(dates) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
    await expect(page.getByText(/^\d+ minute read$/)).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeInViewport();
  });
});

test('sources are collapsed under "Sources (N)", and open when printed', async ({ page }) => {
  const article = listArticles().find((item) => item.slug === 'what-is-an-iop')!;
  await page.goto('/learn/what-is-an-iop');
  const details = page.locator('details.source-details');
  await expect(details.locator('summary')).toHaveText(`Sources (${article.sources})`);
  await expect(details).not.toHaveAttribute('open', '');
  await expect(details.locator('li').first()).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('li').first()).toBeVisible();
  await details.locator('summary').click();
  await page.emulateMedia({ media: 'print' });
  await expect(details.locator('li').first()).toBeVisible();
  await expect(details.locator('li').last()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation in the text opens the sources at its source', async ({ page }) => {
    await page.goto('/learn/what-is-an-iop');
    const cite = page.locator('.prose sup.cite a').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator('details.source-details')).toHaveAttribute('open', '');
    await expect(page.locator(target)).toBeInViewport();
  });

  test('a shared link to a source lands on it, open', async ({ page }) => {
    await page.goto('/learn/what-is-an-iop#source-medicare-iop');
    await expect(page.locator('#source-medicare-iop')).toBeInViewport();
  });
});

test('the end of an article: sources, related cards, previous and next, then the review dates and page history', async ({
  page,
}) => {
  await page.goto('/learn/what-is-an-iop');
  const order = await page.evaluate(() =>
    [
      '.urgent-help, .prose .callout-urgent',
      '.source-details',
      '#related',
      'nav[aria-label="Previous and next articles"]',
      '.review-dates',
    ].map((selector) => {
      const nodes = document.querySelectorAll(selector);
      const node = nodes[nodes.length - 1] as HTMLElement | undefined;
      return node ? node.getBoundingClientRect().top + window.scrollY : -1;
    }),
  );
  expect(order.every((top) => top >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(page.getByText(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
  const history = page.locator('details.page-history');
  await expect(history.locator('summary')).toHaveText(/^Page history \(\d+ changes?\)$/);
  // related reading is cards, each one tap anywhere on it
  const card = page.locator('#related ~ ul .link-card, section[aria-labelledby="related"] .link-card').first();
  const href = await card.locator('a.link-card-link').getAttribute('href');
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  await page.mouse.click(box.x + box.width - 12, box.y + box.height - 8);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
