import { expect, test, type Page } from '@playwright/test';
import { listArticles } from './helpers';

// Link previews, structured data, sitemap, robots, feed and breadcrumbs, as crawlers and apps see them.

/** Every public page: canonical, previews and the feed link must be on each. */
const pages = ['/', '/glossary', '/about', '/get-help-now', '/learn/what-is-an-iop', '/learn/faq'];

const meta = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** Checks the preview tags of one page and returns the og:image address. */
async function expectPreview(
  page: Page,
  { path, title, description, type }: { path: string; title: string; description: string; type: 'article' | 'website' },
) {
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]+(\/|$)/); // absolute (Next writes the home page without the final slash)
  expect(new URL(canonical!).pathname).toBe(path);
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:title')).toBe(title);
  expect(await meta(page, 'og:description')).toBe(description);
  expect(await meta(page, 'og:type')).toBe(type);
  expect(await meta(page, 'og:site_name')).toBe('IOP Guide');
  const image = await meta(page, 'og:image');
  expect(image).toMatch(/^https?:\/\/[^/]+\/.*opengraph-image/);
  expect(await meta(page, 'og:image:width')).toBe('1200');
  expect(await meta(page, 'og:image:height')).toBe('630');
  expect((await meta(page, 'og:image:alt'))?.length).toBeGreaterThan(10);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'twitter:title')).toBe(title);
  expect(await meta(page, 'twitter:description')).toBe(description);
  expect(await meta(page, 'twitter:image')).toBe(image);
  expect(await meta(page, 'twitter:image:alt')).toBe(await meta(page, 'og:image:alt'));
  return image!;
}

/** The image answers as a PNG. Fetched from the test server: the tags hold the configured SITE_URL. */
async function expectPng(page: Page, imageUrl: string) {
  const response = await page.request.get(new URL(imageUrl).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
}

test('an article has its own preview: canonical, og:* with an image of its own, and a Twitter card', async ({
  page,
}) => {
  const article = listArticles().find((item) => item.slug === 'paying-for-an-iop')!;
  await page.goto(`/learn/${article.slug}`);
  const image = await expectPreview(page, {
    path: `/learn/${article.slug}`,
    title: article.title,
    description: article.description,
    type: 'article',
  });
  expect(new URL(image).pathname).toBe(`/learn/${article.slug}/opengraph-image`);
  expect(await meta(page, 'og:image:alt')).toContain(article.title);
  await expectPng(page, image);
});

test('the home page has the site-wide preview', async ({ page }) => {
  await page.goto('/');
  const description = await page.locator('head meta[name="description"]').getAttribute('content');
  const image = await expectPreview(page, {
    path: '/',
    title: await page.title(),
    description: description!,
    type: 'website',
  });
  expect(new URL(image).pathname).toBe('/opengraph-image');
  await expectPng(page, image);
});

test('every page has a canonical address, an og:image and the feed link in its head', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect(await meta(page, 'og:image'), path).toBeTruthy();
    expect(await meta(page, 'og:type'), path).toBe(path.startsWith('/learn/') ? 'article' : 'website');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    );
  }
  await page.goto('/learn/no-such-article');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  expect(await meta(page, 'og:image')).toBeTruthy();
});

test('an article describes itself as a MedicalWebPage with a BreadcrumbList', async ({ page }) => {
  const article = listArticles().find((item) => item.slug === 'what-is-an-iop')!;
  await page.goto(`/learn/${article.slug}`);
  const blocks = await jsonLd(page);
  const webPage = blocks.find((block) => block['@type'] === 'MedicalWebPage')!;
  expect(webPage).toMatchObject({
    '@context': 'https://schema.org',
    name: article.title,
    description: article.description,
    inLanguage: 'en',
    about: { name: 'Intensive outpatient program' },
    medicalAudience: [
      { '@type': 'MedicalAudience', audienceType: 'Patient' },
      { '@type': 'MedicalAudience', audienceType: 'Caregiver' },
    ],
    publisher: { '@type': 'Organization', name: 'IOP Guide' },
  });
  expect(new URL(webPage.url as string).pathname).toBe(`/learn/${article.slug}`);
  const shownDate = await page.locator('.review-dates time').first().getAttribute('datetime');
  expect(webPage.lastReviewed).toBe(shownDate);

  const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList')!;
  const items = breadcrumbs.itemListElement as { position: number; name: string; item: string }[];
  expect(items.map((item) => item.position)).toEqual([1, 2, 3]);
  expect(items.map((item) => item.name)).toEqual(['Home', 'Understanding IOP', article.title]);
  expect(new URL(items[1]!.item).hash).toBe('#section-understanding-iop');
  // the section link lands on its heading on the list of articles
  await page.goto(new URL(items[1]!.item).pathname + new URL(items[1]!.item).hash);
  await expect(page.locator('#section-understanding-iop')).toHaveText('Understanding IOP');
});

test('the FAQ article has an FAQPage whose questions are the ones on the page', async ({ page }) => {
  await page.goto('/learn/faq');
  const blocks = await jsonLd(page);
  expect(blocks.map((block) => block['@type'])).toEqual(
    expect.arrayContaining(['MedicalWebPage', 'BreadcrumbList', 'FAQPage']),
  );
  const faq = blocks.find((block) => block['@type'] === 'FAQPage')!;
  const entities = faq.mainEntity as {
    '@type': string;
    name: string;
    acceptedAnswer: { '@type': string; text: string };
  }[];
  const shown = await page.locator('.faq summary').allTextContents();
  expect(entities.map((entity) => entity.name)).toEqual(shown);
  for (const entity of entities) {
    expect(entity['@type']).toBe('Question');
    expect(entity.acceptedAnswer['@type']).toBe('Answer');
    expect(entity.acceptedAnswer.text.length).toBeGreaterThan(20);
  }
  // only the FAQ article has one
  await page.goto('/learn/what-is-an-iop');
  expect((await jsonLd(page)).map((block) => block['@type'])).not.toContain('FAQPage');
  // its all-answers copy is kept out of search engines and names the article as canonical: no structured data
  await page.goto('/learn/faq/all-answers');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(await jsonLd(page)).toEqual([]);
});

test('the sitemap lists every article and page, and robots.txt names it', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  for (const article of listArticles()) expect(urls).toContain(`/learn/${article.slug}`);
  for (const path of ['/', '/learn', '/glossary', '/about', '/get-help-now', '/is-iop-right-for-me'])
    expect(urls).toContain(path);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);

  const robots = await (await request.get('/robots.txt')).text();
  const sitemapLine = robots.split('\n').find((line) => line.startsWith('Sitemap:'));
  expect(sitemapLine).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/);
});

test('/feed.xml is well-formed Atom listing every article, newest first', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  await page.goto('/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    const atom = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      updated: doc.documentElement.getElementsByTagNameNS(atom, 'updated')[0]?.textContent,
      entries: entries.map((entry) => ({
        link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
        id: entry.getElementsByTagNameNS(atom, 'id')[0]?.textContent ?? '',
        title: entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? '',
        updated: entry.getElementsByTagNameNS(atom, 'updated')[0]?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  const articles = listArticles();
  expect(feed.entries.map((entry) => new URL(entry.link).pathname).sort()).toEqual(
    articles.map((article) => `/learn/${article.slug}`).sort(),
  );
  expect(feed.entries.map((entry) => entry.title).sort()).toEqual(articles.map((article) => article.title).sort());
  for (const entry of feed.entries) expect(entry.id).toMatch(/^https?:\/\//);
  const dates = feed.entries.map((entry) => entry.updated);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(feed.updated).toBe(dates[0]);
});

test('articles show breadcrumbs above the title, hidden in print', async ({ page }) => {
  const article = listArticles().find((item) => item.slug === 'relapse-prevention')!;
  await page.goto(`/learn/${article.slug}`);
  const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(nav).toBeVisible();
  const items = nav.locator('ol > li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', '/');
  await expect(items.nth(0)).toContainText('Home');
  await expect(items.nth(1).getByRole('link')).toHaveAttribute('href', /^\/learn#section-[a-z0-9-]+$/);
  // the current page is plain text, not a link to itself
  await expect(items.nth(2).getByRole('link')).toHaveCount(0);
  const current = items.nth(2).locator('[aria-current="page"]');
  await expect(current).toHaveText(article.title);
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  expect(await current.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe('none');
  const navBottom = await nav.evaluate((node) => node.getBoundingClientRect().bottom);
  const h1Top = await page.getByRole('heading', { level: 1 }).evaluate((node) => node.getBoundingClientRect().top);
  expect(navBottom).toBeLessThanOrEqual(h1Top);

  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
