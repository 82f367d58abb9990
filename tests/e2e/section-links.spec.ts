import { expect, test } from '@playwright/test';
import { listArticles } from './helpers';

const headerBottom = (page: import('@playwright/test').Page) =>
  page
    .locator('header')
    .first()
    .evaluate((node) => node.getBoundingClientRect().bottom);

test('a section link lands below the header and marks the section', async ({ page }) => {
  await page.goto('/learn/paying-for-an-iop#what-should-i-ask-my-insurer');
  const heading = page.locator('[id="what-should-i-ask-my-insurer"]');
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((node) => node.getBoundingClientRect().top)).toBeGreaterThanOrEqual(
    await headerBottom(page),
  );
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
  expect(await alias.evaluate((node) => node.getBoundingClientRect().top)).toBeGreaterThanOrEqual(
    (await headerBottom(page)) - 1,
  );
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
  test('the section link copies the full address of the section and says so to screen readers', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/learn/paying-for-an-iop');
    await page.getByRole('link', { name: 'Link to section: What should I ask my insurer?' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    await expect(page.getByText('Link copied')).toBeInViewport();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/learn/paying-for-an-iop#what-should-i-ask-my-insurer`);
    await expect(page).toHaveURL(/\/learn\/paying-for-an-iop$/); // copying does not move the page
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the section link is a plain link to the section, and nothing in a heading needs a script', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/learn/paying-for-an-iop');
      await expect(page.locator('.section-heading button')).toHaveCount(0);
      await page.getByRole('link', { name: 'Link to section: What should I ask my insurer?' }).click();
      await expect(page).toHaveURL(/#what-should-i-ask-my-insurer$/);
      await expect(page.locator('[id="what-should-i-ask-my-insurer"]')).toBeInViewport();
    });
  });
});

test.describe('one quiet section link per heading', () => {
  const phone = { width: 360, height: 740 };

  test('on a 360 px phone, headings keep the full width and their link sits in the margin beside the first line', async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    for (const { slug } of listArticles()) {
      await page.goto(`/learn/${slug}`);
      const boxes = await page.locator('.prose .section-heading').evaluateAll((wrappers) =>
        wrappers.map((wrapper) => {
          const heading = wrapper.querySelector('h2, h3')!;
          const link = wrapper.querySelector('a.section-link')!;
          const text = heading.getBoundingClientRect();
          const mark = link.getBoundingClientRect();
          const prose = heading.closest('.prose')!.getBoundingClientRect();
          return {
            id: heading.id,
            headingWidth: text.width,
            proseWidth: prose.width,
            headingLeft: text.left,
            headingTop: text.top,
            firstLine: parseFloat(getComputedStyle(heading).lineHeight),
            link: { left: mark.left, right: mark.right, top: mark.top, bottom: mark.bottom },
            opacity: getComputedStyle(link).opacity,
          };
        }),
      );
      expect(boxes.length, slug).toBeGreaterThan(1);
      for (const box of boxes) {
        const where = `${slug}#${box.id}`;
        expect(box.headingWidth, where).toBeCloseTo(box.proseWidth, 0);
        expect(box.opacity, where).toBe('1');
        expect(box.link.left, where).toBeGreaterThanOrEqual(0);
        expect(box.link.right, where).toBeLessThanOrEqual(box.headingLeft + 0.5);
        expect(box.link.top, where).toBeGreaterThanOrEqual(box.headingTop - 6);
        expect(box.link.bottom, where).toBeLessThanOrEqual(box.headingTop + box.firstLine + 6);
      }
    }
  });

  test('on a 360 px phone, an h2 of at most 40 characters fits on at most two lines', async ({ page }) => {
    await page.setViewportSize(phone);
    let measured = 0;
    for (const { slug } of listArticles()) {
      await page.goto(`/learn/${slug}`);
      const headings = await page.locator('.prose h2').evaluateAll((nodes) =>
        nodes.map((node) => ({
          text: node.textContent ?? '',
          lines: node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight),
        })),
      );
      for (const { text, lines } of headings.filter((heading) => heading.text.length <= 40)) {
        measured++;
        expect(Math.round(lines), `${slug}: "${text}" (${text.length} characters)`).toBeLessThanOrEqual(2);
      }
    }
    expect(measured).toBeGreaterThan(20);
  });

  test('each heading has at most one tab stop, which the keyboard reaches right after the heading', async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    for (const { slug } of listArticles()) {
      await page.goto(`/learn/${slug}`);
      const stops = await page
        .locator('.section-heading')
        .evaluateAll((wrappers) =>
          wrappers.map(
            (wrapper) =>
              wrapper.querySelectorAll(
                'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
              ).length,
          ),
        );
      expect(Math.max(...stops), slug).toBeLessThanOrEqual(1);
    }
    await page.goto('/learn/paying-for-an-iop');
    await page.locator('.prose p').first().click(); // start from the text, just above the first heading
    const link = page.locator('.prose a.section-link').first();
    for (let i = 0; i < 20 && !(await link.evaluate((node) => node === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
  });

  test('on a wide screen with a mouse, the link shows on hover and on focus only', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/learn/paying-for-an-iop');
    const heading = page.locator('[id="what-should-i-ask-my-insurer"]');
    const link = page.getByRole('link', { name: 'Link to section: What should I ask my insurer?' });
    const opacity = () => link.evaluate((node) => getComputedStyle(node).opacity);
    await page.mouse.move(5, 5);
    expect(await opacity()).toBe('0');
    await heading.hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(5, 5);
    expect(await opacity()).toBe('0');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // a keyboard focus, so :focus-visible applies
    await expect(link).toBeFocused();
    expect(await opacity()).toBe('1');
    // It hangs in the margin: the heading keeps the text column's full width.
    const widths = await heading.evaluate((node) => [
      node.getBoundingClientRect().width,
      node.closest('.prose')!.getBoundingClientRect().width,
    ]);
    expect(widths[0]).toBeCloseTo(widths[1]!, 0);
  });
});
