import { expect, test } from '@playwright/test';
import { listArticles } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('FAQ questions are disclosure widgets that open without JavaScript', async ({ page }) => {
    await page.goto('/learn/faq');
    const items = page.locator('details.faq-item');
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const first = items.first();
    await expect(first).not.toHaveAttribute('open', '');
    await expect(first.locator('.faq-answer')).toBeHidden();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await expect(first.locator('.faq-answer')).toBeVisible();
  });

  test('FAQ questions open from the keyboard', async ({ page }) => {
    await page.goto('/learn/faq');
    const summary = page.locator('details.faq-item summary').nth(1);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.faq-item').nth(1)).toHaveAttribute('open', '');
  });
});

test('the levels-of-care table stays readable on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/learn/levels-of-care');
  const table = page.locator('table.levels-table');
  await expect(table).toBeVisible();
  for (const name of [
    'Outpatient therapy',
    'Intensive outpatient program (IOP)',
    'Partial hospitalization program (PHP)',
    'Residential treatment',
    'Inpatient (hospital) care',
  ]) {
    await expect(table.getByRole('rowheader', { name })).toBeVisible();
  }
  // each cell says what it is on a phone, and nothing is wider than the screen
  await expect(table.locator('td[data-label="Where you sleep"]').first()).toBeVisible();
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});

test('no article scrolls sideways on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { slug } of listArticles()) {
    await page.goto(`/learn/${slug}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, slug).toBeLessThanOrEqual(0);
  }
});

test('the continuum picture shows every level in order, IOP marked, with hours, as text', async ({ page }) => {
  await page.goto('/learn/levels-of-care');
  const figure = page.locator('figure').filter({ has: page.locator('ol.continuum') });
  await expect(figure.locator('figcaption')).toContainText('least to most intensive');
  const items = figure.locator('ol.continuum > li');
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText('Outpatient');
  await expect(items.nth(1)).toContainText('IOP');
  await expect(items.nth(1)).toContainText('At least 9 hours a week');
  await expect(items.nth(1)).toHaveClass(/is-iop/);
  await expect(items.nth(4)).toContainText('Inpatient');
});

test('the typical-week picture is a table of days that says it is an example', async ({ page }) => {
  await page.goto('/learn/what-happens-in-an-iop');
  const table = page.locator('table.week-table');
  await expect(table.locator('caption')).toContainText('example');
  await expect(table.getByRole('rowheader', { name: 'Monday' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(7);
});

test('<Term> links to a glossary entry that exists', async ({ page }) => {
  await page.goto('/learn/what-is-an-iop');
  const term = page.locator('a.term').first();
  const href = await term.getAttribute('href');
  expect(href).toMatch(/^\/glossary#[a-z0-9-]+$/);
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace('#', '#')}$`));
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test("do and don't lists are labelled for everyone", async ({ page }) => {
  await page.goto('/learn/challenges-of-an-iop');
  await expect(page.getByRole('region', { name: 'Do', exact: true }).locator('li').first()).toBeVisible();
  await expect(page.getByRole('region', { name: "Don't", exact: true }).locator('li').first()).toBeVisible();
});

test("every article ends with urgent help: its own urgent box in its last section, or the page's", async ({ page }) => {
  for (const { slug } of listArticles()) {
    await page.goto(`/learn/${slug}`);
    const end = page.locator('main .callout-urgent').last();
    await expect(end, slug).toHaveRole('complementary');
    await expect(end.locator('a[href="tel:988"]').first()).toBeVisible();
    await expect(end.locator('a[href="/get-help-now"]')).toBeVisible();
  }
});

test('articles invite the reader to the self-check with a plain link', async ({ page }) => {
  for (const slug of ['what-is-an-iop', 'who-an-iop-is-for']) {
    await page.goto(`/learn/${slug}`);
    const invite = page.getByRole('complementary', { name: 'Is an IOP right for me?' });
    await expect(invite.getByRole('link', { name: 'Start the self-check' })).toHaveAttribute(
      'href',
      '/is-iop-right-for-me',
    );
  }
});

// Callouts sit outside the article's prose styles (.not-prose): their paragraphs and lists are spaced and
// bulleted by globals.css, or an urgent list of danger signs reads as one run-on block.
test("an urgent callout's danger signs are a bulleted list, apart from the words around them", async ({ page }) => {
  await page.goto('/learn/detox-and-iop');
  const callout = page.locator('.callout-urgent').filter({ hasText: 'After cutting down' });
  const signs = callout.locator('.callout-body > ul').first();
  await expect(signs).toContainText('a seizure');
  expect(await signs.evaluate((node) => getComputedStyle(node).listStyleType)).toBe('disc');
  const gaps = await callout
    .locator('.callout-body > * + *')
    .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).marginTop)));
  expect(gaps.length).toBeGreaterThanOrEqual(2);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
  // the crisis numbers keep their own plain list
  expect(await callout.locator('ul.crisis-compact').evaluate((node) => getComputedStyle(node).listStyleType)).toBe(
    'none',
  );
});
