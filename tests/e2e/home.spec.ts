import { expect, test } from '@playwright/test';
import { topTasks } from '../../lib/home';

const tasks = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Start here' }).locator('a.link-card-link');

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the answer to "what is an IOP?" comes first, then every top task, all within the first 800 px', async ({
    page,
  }) => {
    await page.goto('/');
    const answer = page.getByText(/^An IOP is treatment for mental health or substance use/);
    await expect(answer).toBeVisible();
    await expect(tasks(page)).toHaveText(topTasks.map((task) => task.title));
    const answerBottom = (await answer.boundingBox())!.y + (await answer.boundingBox())!.height;
    for (const [index, task] of topTasks.entries()) {
      const card = page.locator('.top-tasks .link-card').nth(index);
      const box = (await card.boundingBox())!;
      expect(box.y, task.title).toBeGreaterThan(answerBottom);
      expect(box.y + box.height, task.title).toBeLessThanOrEqual(800);
      await expect(tasks(page).nth(index)).toHaveAttribute('href', task.href);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a whole card is one tap: its edge and chevron go where its title goes', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('.top-tasks .link-card').filter({ hasText: 'Cost and insurance' });
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/learn\/paying-for-an-iop$/);
  });

  test('the emergency card is marked as urgent and its numbers can be tapped to call', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('.top-tasks .link-card-urgent');
    await expect(card).toHaveCount(1);
    await expect(card.locator('a.link-card-link')).toHaveAttribute('href', '/get-help-now');
    for (const number of ['tel:911', 'tel:988']) {
      const link = card.locator(`a[href="${number}"]`);
      await expect(link).toBeVisible();
      await link.scrollIntoViewIfNeeded();
      const box = (await link.boundingBox())!;
      // the number itself, not the card's link, is what a tap on it reaches
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe(number);
    }
  });
});

test('on a wide screen the answer and the top tasks sit side by side, all in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const answer = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const first = (await page.locator('.top-tasks .link-card').first().boundingBox())!;
  const last = (await page.locator('.top-tasks .link-card').last().boundingBox())!;
  expect(first.x).toBeGreaterThan(answer.x + answer.width);
  expect(first.y).toBeLessThan(answer.y + answer.height);
  expect(last.y + last.height).toBeLessThanOrEqual(800);
  // the index of every article fills the width below: four sections side by side
  const sections = page.locator('section[aria-labelledby="articles"] section');
  const tops = await sections.evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
  expect(new Set(tops.slice(0, 4)).size).toBe(1);
});

test('the number in the answer cites its source in place, and the citation opens the sources', async ({ page }) => {
  await page.goto('/');
  const answer = page.getByText(/^An IOP is treatment/);
  await expect(answer).toContainText('9 or more hours');
  const cite = answer.locator('sup.cite a');
  await expect(cite).toHaveAttribute('href', '#source-medicare-iop');
  await expect(cite).toHaveAccessibleName(
    /Source 1: Mental health care \(intensive outpatient program services\), Medicare\.gov/,
  );
  const source = page.locator('#source-medicare-iop');
  await expect(source).toBeHidden();
  await cite.click();
  await expect(source).toBeInViewport();
  await expect(
    source.getByRole('link', { name: 'Mental health care (intensive outpatient program services)' }),
  ).toHaveAttribute(
    'href',
    'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
  );
  await expect(page.locator('.country-note')).toContainText('This guide is for the United States');
});
