import { expect, test } from '@playwright/test';

const headerBottom = (page: import('@playwright/test').Page) =>
  page.locator('header').first().evaluate((node) => node.getBoundingClientRect().bottom);

test('a section link lands below the header and marks the section', async ({ page }) => {
  await page.goto('/learn/paying-for-an-iop#what-should-i-ask-my-insurer');
  const heading = page.locator('[id="what-should-i-ask-my-insurer"]');
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((node) => node.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await headerBottom(page));
  const marked = await heading.evaluate((node) => getComputedStyle(node.parentElement!).backgroundColor);
  expect(marked).not.toBe('rgba(0, 0, 0, 0)');
});

test('every section has an anchor link with a clear name', async ({ page }) => {
  await page.goto('/learn/paying-for-an-iop');
  const link = page.getByRole('link', { name: 'Link to section: What should I ask my insurer?' });
  await expect(link).toHaveAttribute('href', '#what-should-i-ask-my-insurer');
});

test('an old section id (alias) lands on the section that replaced it', async ({ page }) => {
  await page.goto('/learn/paying-for-an-iop#cost');
  await expect(page.getByRole('heading', { name: 'How much does an IOP cost?' })).toBeInViewport();
  const alias = page.locator('[id="cost"]');
  expect(await alias.evaluate((node) => node.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await headerBottom(page) - 1);
});

test('a renamed article answers 308 to its new home, keeping the section', async ({ page, request }) => {
  const response = await request.get('/learn/what-is-iop', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/learn/what-is-an-iop');
  await page.goto('/learn/what-is-iop#how-long-does-an-iop-last');
  await expect(page).toHaveURL(/\/learn\/what-is-an-iop#how-long-does-an-iop-last$/);
  await expect(page.getByRole('heading', { name: 'How long does an IOP last?' })).toBeInViewport();
});

test.describe('copy link', () => {
  test('copies the full address of the section and says so to screen readers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/learn/paying-for-an-iop');
    const button = page.getByRole('button', { name: 'Copy link to section: What should I ask my insurer?' });
    await button.click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/learn/paying-for-an-iop#what-should-i-ask-my-insurer`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('no dead copy buttons, and the plain anchor still works', async ({ page }) => {
      await page.goto('/learn/paying-for-an-iop');
      await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
      await page.getByRole('link', { name: 'Link to section: What should I ask my insurer?' }).click();
      await expect(page).toHaveURL(/#what-should-i-ask-my-insurer$/);
    });
  });
});
