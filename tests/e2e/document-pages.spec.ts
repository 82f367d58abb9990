// Document pages reach the browser as HTML and CSS only (lib/documents, README > Performance): no framework
// JavaScript, no React payload, the same visible text as the page Next.js rendered, and their few
// behaviours (copy a section link, the quick exit) with and without JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { originalFile } from '../../lib/documents/post-build';
import { listArticles } from './helpers';

/** Every document page, by the address a reader opens, and the page Next.js prerendered for it. */
const documentPages = () => [
  { path: '/', page: '/' },
  { path: '/learn', page: '/learn' },
  ...listArticles().map(({ slug }) => ({ path: `/learn/${slug}`, page: `/learn/${slug}` })),
  // An article with an FAQ, every answer open ("Show all answers").
  { path: '/learn/faq/all-answers', page: '/learn/faq/all-answers' },
  { path: '/glossary', page: '/glossary' },
  { path: '/about', page: '/about' },
  { path: '/get-help-now', page: '/get-help-now' },
  { path: '/no-such-page', page: '/_not-found' },
  { path: '/learn/no-such-article', page: '/_not-found' },
];
const appPages = ['/is-iop-right-for-me', '/search?q=relapse'];
const isFrameworkScript = (url: string) => /\/_next\/static\/.+\.js(\?|$)/.test(new URL(url).pathname);
const neutralSite = 'https://www.bbc.com/weather';

/** The addresses of every script the page asked for while loading. */
async function scriptsLoaded(page: Page, address: string): Promise<string[]> {
  const scripts: string[] = [];
  const listener = (request: import('@playwright/test').Request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js'))
      scripts.push(new URL(request.url()).pathname);
  };
  page.on('request', listener);
  await page.goto(address);
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return scripts;
}

test('document pages request no framework JavaScript and hold no React payload', async ({ page }) => {
  for (const { path: address } of documentPages()) {
    const scripts = await scriptsLoaded(page, address);
    expect(
      scripts.filter((url) => url.startsWith('/_next/')),
      address,
    ).toEqual([]);
    const html = await page.content();
    expect(html, address).not.toContain('self.__next_f');
    expect(await page.evaluate(() => 'next' in window || '__next_f' in window || 'TURBOPACK' in window), address).toBe(
      false,
    );
  }
});

test("the site's own script loads only where a page uses it", async ({ page }) => {
  for (const address of ['/learn/what-is-an-iop', '/about', '/get-help-now', '/is-iop-right-for-me']) {
    expect(await scriptsLoaded(page, address), address).toContain('/enhance.js');
  }
  for (const address of ['/', '/learn', '/glossary', '/no-such-page']) {
    expect(await scriptsLoaded(page, address), address).toEqual([]);
  }
});

test('app pages keep React: the self-check and search load the framework', async ({ page }) => {
  for (const address of appPages) {
    const scripts = await scriptsLoaded(page, address);
    expect(
      scripts.some((url) => isFrameworkScript(`http://x${url}`)),
      address,
    ).toBe(true);
  }
});

test('links from an app page to a document page are plain links: a full page load', async ({ page }) => {
  await page.goto('/is-iop-right-for-me');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => ((window as unknown as { stayedLoaded: boolean }).stayedLoaded = true));
  await page.getByRole('banner').getByRole('link', { name: 'IOP Guide' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => (window as unknown as { stayedLoaded?: boolean }).stayedLoaded)).toBeUndefined();
  expect(await page.content()).not.toContain('self.__next_f');
});

test.describe('the visible text of each document page is the same as the page Next.js rendered', () => {
  for (const { path: address, page: prerendered } of documentPages()) {
    test(address, async ({ page, baseURL }) => {
      await page.goto(address);
      await page.waitForLoadState('networkidle');
      const served = await page.evaluate(() => document.body.innerText);
      // The same address answered with the page as Next.js wrote it, scripts and all: React loads and hydrates it.
      const original = readFileSync(originalFile(path.join(process.cwd(), '.next'), prerendered), 'utf8');
      expect(original).toContain('self.__next_f');
      await page.route(`${baseURL}${address}`, (route) =>
        route.fulfill({
          status: prerendered === '/_not-found' ? 404 : 200,
          contentType: 'text/html; charset=utf-8',
          body: original,
        }),
      );
      const frameworkScripts: string[] = [];
      page.on('request', (request) => {
        if (isFrameworkScript(request.url())) frameworkScripts.push(request.url());
      });
      await page.goto(address);
      await page.waitForLoadState('networkidle');
      expect(frameworkScripts.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.body.innerText)).toBe(served);
    });
  }
});

test.describe('copy a section link', () => {
  test('with JavaScript: copied, and "Link copied" for screen readers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/about');
    const link = page.locator('.prose a.section-link').first();
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/about#${id}`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a plain link to the section', async ({ page }) => {
      await page.goto('/about');
      const link = page.locator('.prose a.section-link').first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/about${href}$`));
    });
  });
});

// tests/e2e/quick-exit.spec.ts covers the quick exit fully; these prove it works on the document page too.
test.describe('quick exit on /get-help-now', () => {
  const note = (page: Page) => page.getByRole('complementary', { name: 'Leaving this page quickly' });
  test.beforeEach(async ({ page }) => {
    await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: 'ok', contentType: 'text/html' }));
    await page.goto('/');
    await page.goto('/get-help-now');
  });

  test('with JavaScript: Shift 3 times leaves, and Back does not return to the page', async ({ page }) => {
    await expect(note(page)).toContainText('press the Shift key 3 times', { useInnerText: true });
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutralSite);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('with JavaScript: Escape twice leaves', async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(neutralSite);
  });

  test('with JavaScript: the link leaves, and Back does not return to the page', async ({ page }) => {
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(neutralSite);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the link still leaves, with no referrer; the note does not offer keys that would do nothing', async ({
      page,
    }) => {
      await expect(note(page)).toContainText('select "Exit this page" at the top');
      await expect(note(page)).not.toContainText('Shift', { useInnerText: true });
      const exit = page.getByRole('link', { name: 'Exit this page' });
      await expect(exit).toHaveAttribute('rel', /noreferrer/);
      await exit.click();
      await expect(page).toHaveURL(neutralSite);
    });
  });
});
