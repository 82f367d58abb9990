import { expect, test, type Locator, type Page } from '@playwright/test';
import { coreSlugs, listArticles } from './helpers';

test('home explains IOP, lists every article by section and links to urgent help', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Intensive Outpatient Programs');
  const articles = page.locator(
    '#articles ~ section a[href^="/learn/"], section[aria-labelledby="articles"] a[href^="/learn/"]',
  );
  const hrefs = await articles.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const slug of coreSlugs) expect(hrefs).toContain(`/learn/${slug}`);
  expect(new Set(hrefs).size).toBe(listArticles().length);
  await expect(page.getByRole('link', { name: 'Get help now' }).first()).toBeVisible();
  await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Is an IOP right for me?' })).toHaveAttribute(
    'href',
    '/is-iop-right-for-me',
  );
  await expect(
    page.getByRole('main').getByRole('link', { name: 'All articles, with what each one covers' }),
  ).toHaveAttribute('href', '/learn');
});

test('/learn lists every article, grouped by section, each with its description, on a 360 px phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const response = await page.goto('/learn');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('All articles | IOP Guide');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles');
  const sections = page.locator('main section');
  const names = await sections.locator('h2').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Understanding IOP', 'Getting help']));
  for (const article of listArticles()) {
    const card = page.locator('.link-card').filter({ has: page.locator(`a[href="/learn/${article.slug}"]`) });
    await expect(card, article.slug).toHaveCount(1);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(article.title);
    await expect(card).toContainText(article.description);
  }
  // the section a card is listed under is the article's own
  const card = page
    .locator('section', { has: page.getByRole('heading', { level: 2, name: 'Understanding IOP' }) })
    .locator('a[href="/learn/what-is-an-iop"]');
  await expect(card).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toHaveAttribute(
    'href',
    '/learn',
  );
});

for (const slug of coreSlugs) {
  test(`article ${slug} shows its title, dates, contents and sources`, async ({ page }) => {
    const article = listArticles().find((item) => item.slug === slug)!;
    await page.goto(`/learn/${slug}`);
    await expect(page).toHaveTitle(`${article.title} | IOP Guide`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.getByText(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
    await expect(page.getByText(/Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link').first()).toBeVisible();
    const sources = page.locator('section[aria-labelledby="sources"] li');
    expect(await sources.count()).toBe(article.sources);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.description);
    // every h2 and h3 in the body has an id and a visible link to itself
    const headings = page.locator('.prose :is(h2, h3)');
    const count = await headings.count();
    expect(count).toBeGreaterThan(2);
    for (let index = 0; index < count; index += 1) {
      const id = await headings.nth(index).getAttribute('id');
      expect(id).toMatch(/^[a-z0-9-]+$/);
      await expect(page.locator(`a.section-link[href="#${id}"]`)).toBeVisible();
    }
  });
}

test('a shared section link lands with that heading in view, below the sticky header', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/learn/what-is-an-iop');
  const ids = await page.locator('.prose h2').evaluateAll((nodes) => nodes.map((node) => node.id));
  const target = ids[ids.length - 1]!;
  await page.goto(`/learn/what-is-an-iop#${target}`);
  await expectInViewBelowHeader(page, page.locator(`[id="${target}"]`));
});

/** The element is on screen, and not under the sticky header. */
async function expectInViewBelowHeader(page: Page, element: Locator) {
  await expect(element).toBeInViewport();
  const headerBottom = await page
    .locator('header')
    .first()
    .evaluate((node) => node.getBoundingClientRect().bottom);
  const top = await element.evaluate((node) => node.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the glossary's last entry, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    // The glossary lays out only the letters near the screen (content-visibility in globals.css): a link to an
    // entry at the very end must still land on it, below the sticky header, after every letter above it.
    test('a link to a glossary entry at the end of the page lands on it, below the sticky header', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/glossary');
      const last = await page.locator('dt[id]').last().getAttribute('id');
      await page.goto(`/glossary#${last}`);
      const entry = page.locator(`dt[id="${last}"]`);
      await expectInViewBelowHeader(page, entry);
      expect(await entry.evaluate((node) => node.matches(':target'))).toBe(true);
    });
  });
}

for (const { path, parts, what } of [
  { path: '/glossary', parts: 'section.glossary-letter', what: 'letters' },
  { path: '/learn/faq/all-answers', parts: 'details.faq-item', what: 'questions' },
]) {
  test(`${path} lays out far ${what} only when near, and prints every one`, async ({ page }) => {
    await page.goto(path);
    const found = page.locator(parts);
    expect(await found.count()).toBeGreaterThan(5);
    const visibility = () =>
      found.evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).contentVisibility));
    expect(new Set(await visibility())).toEqual(new Set(['auto']));
    await page.emulateMedia({ media: 'print' });
    expect(new Set(await visibility())).toEqual(new Set(['visible']));
  });
}

test('"Get help now" stays visible on a 360 px phone, also after scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/learn/benefits-of-an-iop');
  const help = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
  await expect(help).toBeInViewport();
  await page.mouse.wheel(0, 3000);
  await expect(help).toBeInViewport();
});

test('an unknown article answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/learn/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="/learn/what-is-an-iop"]')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href="/get-help-now"]')).toBeVisible();
});

test('get-help-now offers tap-to-call and tap-to-text links with the exact numbers', async ({ page }) => {
  await page.goto('/get-help-now');
  await expect(page.locator('a[href="tel:911"]').first()).toBeVisible();
  await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(page.locator('a[href="sms:988"]').first()).toBeVisible();
  await expect(page.locator('a[href="sms:741741?&body=HOME"]').first()).toContainText('HOME to 741741');
  await expect(page.locator('a[href="tel:+18006624357"]').first()).toContainText('1-800-662-HELP (4357)');
});

test('get-help-now has an Overdose card with the CDC steps, naloxone without a prescription and Good Samaritan laws, each sourced', async ({
  page,
}) => {
  await page.goto('/get-help-now');
  const card = page.getByRole('region', { name: 'Overdose' });
  await expect(card.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(card.getByRole('heading', { name: 'Signs of an overdose' })).toBeVisible();
  await expect(card).toContainText('Give naloxone (Narcan) if you have it');
  await expect(card).toContainText('Stay with the person until help arrives');
  await expect(card).toContainText(/Good Samaritan laws/);
  await expect(card).toContainText(/without a prescription.*March 2023/);
  await expect(card.locator('a[href^="https://www.cdc.gov/"]').first()).toBeVisible();
  await expect(card.locator('a[href^="https://www.fda.gov/"]')).toBeVisible();
  const hotline = page.getByRole('region', { name: 'National Domestic Violence Hotline' });
  await expect(hotline.locator('a[href="tel:+18007997233"]')).toContainText('1-800-799-7233');
  await expect(hotline.locator('a[href="sms:88788?&body=START"]')).toContainText('START to 88788');
});

test('the skip link is the first thing the keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/learn/what-is-an-iop');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Skip to main content');
  await expect(focused).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main')).toBeFocused();
});

test('every page has lang, landmarks, a title and a description', async ({ page }) => {
  for (const path of ['/', '/learn/relapse-prevention', '/get-help-now', '/glossary', '/about']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText('not medical advice');
    expect((await page.title()).length).toBeGreaterThan(5);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThanOrEqual(50);
  }
});

test('body text is at least 16 px and lines stay a comfortable length', async ({ page }) => {
  await page.goto('/learn/challenges-of-an-iop');
  const paragraph = page.locator('.prose p').first();
  const size = await paragraph.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  const width = await paragraph.evaluate(
    (node) => node.getBoundingClientRect().width / parseFloat(getComputedStyle(node).fontSize),
  );
  expect(width).toBeLessThanOrEqual(42); // about 75 characters a line at most
});

test('print keeps the article, its dates and sources, and drops the navigation', async ({ page }) => {
  await page.goto('/learn/relapse-prevention');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Page last reviewed/)).toBeVisible();
  await expect(page.locator('section[aria-labelledby="sources"]')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="sources"] li').last()).toBeVisible();
});

test('no request ever leaves the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) outside.push(url);
  });
  for (const path of [
    '/',
    '/learn/what-is-an-iop',
    '/learn/levels-of-care',
    '/get-help-now',
    '/glossary',
    '/about',
    '/learn/missing',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(outside).toEqual([]);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

test('red means emergency: on /get-help-now only 911 and 988 are red buttons, helplines use the primary colour', async ({
  page,
}) => {
  await page.goto('/get-help-now');
  const red = await page
    .locator('main .button-urgent')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(red.length).toBeGreaterThanOrEqual(3);
  for (const href of red) expect(['tel:911', 'tel:988', 'sms:988']).toContain(href);
  for (const href of ['sms:741741?&body=HOME', 'tel:+18006624357', 'tel:+18007997233']) {
    await expect(page.locator(`main a[href="${href}"]`).first()).toHaveClass(/button-primary/);
  }
  // the header's "Get help now" is the one other red button on the page
  const header = await page
    .locator('header .button-urgent')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(header).toEqual(['/get-help-now']);
});
