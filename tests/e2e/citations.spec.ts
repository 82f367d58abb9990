// Every claim links to its source in place: a numbered citation goes to its source in the list at the end
// of the article and back, without JavaScript; every citation on the site lands on a source that exists.
import { expect, test } from '@playwright/test';
import { listArticles } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation goes to its source, and the source links back to the citation', async ({ page }) => {
    await page.goto('/learn/paying-for-an-iop');
    const citation = page.locator('.prose .cite a').first();
    const href = (await citation.getAttribute('href'))!;
    expect(href).toMatch(/^#source-[a-z0-9-]+$/);
    // The number as shown ([7]); the link's text also holds its name for screen readers (visually hidden).
    const number = (await citation.locator('[aria-hidden="true"]').innerText()).replace(/\D/g, '');
    // Its name says which source it is, not just a number.
    await expect(citation).toHaveAccessibleName(new RegExp(`^Source ${number}: .+, .+`));

    await citation.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const source = page.locator(href);
    await expect(source).toBeInViewport();
    await expect(source).toContainText(/\(\d{4}\)/);
    await expect(source.locator('.source-type')).toHaveText(
      /^(Government|Peer-reviewed study|Professional body|Provider or company|News|Law or regulation)$/,
    );

    const back = source.locator('.source-backlinks a').first();
    await expect(back).toHaveAccessibleName(/^Back to citation .*of source \d+ in the text$/);
    await back.click();
    await expect(page).toHaveURL(/#cite-[a-z0-9-]+-1$/);
    await expect(page.locator('.prose .cite a[id$="-1"]').first()).toBeInViewport();
  });

  // Open answers far from the screen are laid out only when near (content-visibility in globals.css): a citation
  // near the end still goes to its source, and the source's link back lands on that citation.
  test('on an FAQ with every answer open, the last citation goes to its source and back', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/learn/faq/all-answers');
    const citation = page.locator('details.faq-item .cite a').last();
    const href = (await citation.getAttribute('href'))!;
    const id = (await citation.getAttribute('id'))!;
    await citation.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
    await page.locator(`${href} .source-backlinks a[href="#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test('every citation on every article names a listed source by its number', async ({ request }) => {
  let citations = 0;
  for (const { slug } of listArticles()) {
    const html = await (await request.get(`/learn/${slug}`)).text();
    const sourceIds = [...html.matchAll(/<li id="source-([a-z0-9-]+)"/g)].map((match) => match[1]!);
    const cites = [
      ...html.matchAll(/<a href="#source-([a-z0-9-]+)" id="cite-\1-(\d+)"><span aria-hidden="true">\[(\d+)\]<\/span>/g),
    ];
    expect(cites.length, `${slug} cites its sources in the text`).toBeGreaterThan(0);
    for (const [, id, , number] of cites) {
      expect(sourceIds, `${slug}: #source-${id}`).toContain(id);
      expect(Number(number), `${slug}: the number of ${id}`).toBe(sourceIds.indexOf(id!) + 1);
    }
    citations += cites.length;
  }
  expect(citations).toBeGreaterThan(listArticles().length * 5);
});

test('a study run by the company that offers the program says so beside the source', async ({ page }) => {
  await page.goto('/learn/benefits-of-an-iop');
  // the sources are collapsed under "Sources (N)" at the end of the article: the reader opens them
  await page.locator('details.source-details summary').click();
  await expect(page.locator('.source-note', { hasText: /run by/i }).first()).toBeVisible();
});

test('an article shows what changed on it, and when', async ({ page }) => {
  await page.goto('/learn/paying-for-an-iop');
  // collapsed under "Page history (N changes)" at the bottom of the article, NHS style
  const history = page.locator('details.page-history');
  await history.locator('summary').click();
  await expect(history.locator('li').first()).toBeVisible();
  await expect(history.locator('li').first()).toContainText(/^\d{1,2} [A-Z][a-z]+ \d{4}: ./);
});
