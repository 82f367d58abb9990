import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The search page renders per request and the live search waits for a pause in typing: on a busy
// machine that takes a while, so these tests get the longer "slow" time limits.
test.beforeEach(() => test.slow());
/** Long enough for a debounced fetch on a busy machine. */
const live = { timeout: 15_000 };

const results = (page: Page) => page.getByRole('main').locator('ol li h2 a');
const status = (page: Page) => page.getByRole('main').getByRole('status');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search submits to /search?q= and links straight to matching sections', async ({ page }) => {
    await page.goto('/learn/what-is-an-iop');
    const form = page.getByRole('search', { name: 'Site' });
    await form.getByRole('searchbox', { name: 'Search' }).fill('medicare');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=medicare$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(status(page)).toContainText('medicare');
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    // Two articles answer money questions: paying with a health plan, and other ways to pay.
    expect(hrefs[0]).toMatch(/^\/learn\/(paying-for-an-iop|other-ways-to-pay)#[a-z0-9-]+$/);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/medicare/i);
    // every section link lands on a heading the page really has
    for (const href of hrefs.filter((item) => item.startsWith('/learn/') && item.includes('#')).slice(0, 4)) {
      const [path, id] = href.split('#') as [string, string];
      await page.goto(path);
      await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
    }
  });

  test('the search page form works on its own', async ({ page }) => {
    await page.goto('/search');
    await expect(status(page)).toContainText('Type a word or two');
    await page.getByLabel('Search IOP Guide').fill('insurence');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=insurence$/);
    await expect(results(page).first()).toHaveAttribute('href', /^\/learn\/(paying-for-an-iop|other-ways-to-pay)/);
  });

  test('"expensive" finds the pages about cost, first the section that answers how much an IOP costs (360 px)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/search?q=expensive');
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs[0]).toBe('/learn/paying-for-an-iop#how-much-does-an-iop-cost');
    expect(hrefs.filter((href) => /cost/.test(href ?? '')).length).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/^(cost|costs|price|prices)$/i);
  });

  test('a snippet starts where its section starts, not in the middle of a sentence', async ({ page }) => {
    await page.goto('/search?q=how+much+does+it+cost');
    const first = page.getByRole('main').locator('ol > li').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', '/learn/paying-for-an-iop#how-much-does-an-iop-cost');
    await expect(first.locator('p').last()).toHaveText(/^[A-Z]/);
  });

  test("the search page has one search box, its own; the header's says what it searches", async ({ page }) => {
    await page.goto('/search?q=cost');
    // the header's box is still in the page, hidden, so the page shows and announces one box
    await expect(page.locator('input[type="search"]')).toHaveCount(2);
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveAccessibleName('Search IOP Guide');
    await expect(page.getByRole('search', { name: 'Site' })).toBeHidden();
    await page.goto('/learn/faq');
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search' });
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('placeholder', 'Search the guide');
  });

  test('a glossary match links to its entry', async ({ page }) => {
    await page.goto('/search?q=dbt');
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/glossary#dbt');
  });
});

test('with JavaScript, results follow the words as you type', async ({ page }) => {
  // Typing starts at once: words typed before the script has loaded must be searched too.
  await page.goto('/search');
  const input = page.getByLabel('Search IOP Guide');
  await input.pressSequentially('relaps', { delay: 30 });
  await expect(results(page).first()).toHaveAttribute('href', /^\/learn\/relapse-prevention/, live);
  await expect(page).toHaveURL(/\/search\?q=relaps$/);
  await input.fill('detox');
  await expect(results(page).first()).toHaveAttribute('href', /^\/learn\/detox-and-iop/, live);
  await expect(status(page)).toContainText('“detox”');
  await input.fill('xylophone');
  await expect(status(page)).toContainText('No pages match', live);
  await expect(page.getByRole('main').locator('a[href="/get-help-now"]')).toBeVisible();
});

const hostile: [name: string, encoded: string, expected: RegExp][] = [
  ['a script tag', encodeURIComponent('<script>alert(1)</script>'), /result|No pages match/],
  ['an attribute break-out', encodeURIComponent(`"'><img src=x onerror=alert(1)>`), /result|No pages match/],
  ['regex symbols', encodeURIComponent('.*+?^${}()|[]\\'), /no letters or numbers/],
  ['300 characters', 'a'.repeat(300), /Your search is too long\. Use fewer words/],
  ['a null byte', '%00', /Type a word or two/],
  ['a broken percent sequence', '%E0%A4%A', /result|No pages match/],
  ['a lone percent sign', '%', /no letters or numbers/],
  ['nothing', '', /Type a word or two/],
  ['"constructor", a name every JavaScript object has', 'constructor', /result|No pages match/],
  ['"Constructors"', 'Constructors', /result|No pages match/],
  ['"cost constructor"', 'cost%20constructor', /result/],
  ['"__proto__"', '__proto__', /result|No pages match/],
  ['"prototype"', 'prototype', /result|No pages match/],
  ['"hasOwnProperty toString valueOf"', 'hasOwnProperty%20toString%20valueOf', /result|No pages match/],
];

for (const [name, encoded, expected] of hostile) {
  test(`a query with ${name} answers 200 calmly, with nothing injected`, async ({ page, request }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(`/search?q=${encoded}`);
    expect(response?.status()).toBe(200);
    await expect(status(page)).toHaveText(expected);
    await expect(page.locator('img[src="x"], img[onerror]')).toHaveCount(0);
    expect(
      await page
        .locator('script')
        .evaluateAll(
          (scripts) =>
            scripts.filter(
              (script) =>
                /alert\(1\)/.test(script.textContent ?? '') && !/self\.__next_f/.test(script.textContent ?? ''),
            ).length,
        ),
    ).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);

    const json = await request.get(`/search/results?q=${encoded}`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toContain('application/json');
    expect(['ok', 'empty', 'too-long', 'no-words']).toContain((await json.json()).status);
    expect(json.headers()['cache-control']).toBe('private, no-store');
  });
}

test('typing markup into the live search injects nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('/search');
  await page.getByLabel('Search IOP Guide').fill(`"'><img src=x onerror=alert(1)> therapy`);
  await expect(status(page)).toContainText('therapy', live);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('only the search page loads the live search code', async ({ page, request }) => {
  const scriptsOf = async (path: string) => {
    await page.goto(path);
    const sources = await page
      .locator('script[src]')
      .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
    const bodies = await Promise.all(sources.map(async (src) => (await request.get(src)).text()));
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    return [...bodies, ...inline].join('\n');
  };
  // The client component's fetch address is a string only its own chunk contains.
  expect(await scriptsOf('/search?q=iop')).toContain('/search/results');
  for (const path of ['/learn/what-is-an-iop', '/', '/glossary']) {
    expect(await scriptsOf(path), path).not.toContain('/search/results');
  }
});

test('the search page has a title, a description and is kept out of search engines', async ({ page }) => {
  await page.goto('/search?q=iop');
  await expect(page).toHaveTitle('Search | IOP Guide');
  const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  expect(description.length).toBeGreaterThanOrEqual(50);
  expect(description.length).toBeLessThanOrEqual(160);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('on a 360 px phone the search box fits and "Get help now" stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/learn/paying-for-an-iop');
  const help = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
  await expect(help).toBeInViewport();
  const box = page.getByRole('search', { name: 'Site' });
  await expect(box.getByRole('searchbox', { name: 'Search' })).toBeInViewport();
  await expect(box.getByRole('button', { name: 'Search' })).toBeInViewport();
  const right = await box.evaluate((node) => node.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(360);
  const headerHeight = await page.getByRole('banner').evaluate((node) => node.getBoundingClientRect().height);
  expect(headerHeight).toBeLessThan(80);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ['/search', '/search?q=medicare', '/search?q=xylophone', `/search?q=${'a'.repeat(300)}`]) {
    test(`axe finds no WCAG 2.2 AA violations on ${path.slice(0, 40)} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}
