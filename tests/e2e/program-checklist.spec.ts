// The "questions to ask a program" checklist on /learn/checking-a-program: tick boxes that work
// without JavaScript, print as boxes without the site's navigation, and keep nothing anywhere.
import { expect, test, type Page } from '@playwright/test';
import { programChecklist } from '../../lib/program-checklist';

const path = '/learn/checking-a-program';
const questions = programChecklist.flatMap((group) => group.questions);
const checklist = (page: Page) => page.getByRole('region', { name: 'Questions to ask a program' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is a labelled tick box that ticks and unticks', async ({ page }) => {
    await page.goto(path);
    const list = checklist(page);
    await expect(list.getByRole('checkbox')).toHaveCount(questions.length);
    for (const group of programChecklist) await expect(list.getByRole('group', { name: group.title })).toBeVisible();

    const first = list.getByRole('checkbox', { name: questions[0]! });
    await expect(first).not.toBeChecked();
    await list.getByText(questions[0]!).click(); // the whole question is the tap target
    await expect(first).toBeChecked();
    await first.click();
    await expect(first).not.toBeChecked();
  });

  test('is not part of any form, so there is nothing to submit', async ({ page }) => {
    await page.goto(path);
    await expect(checklist(page)).toBeVisible();
    await expect(page.locator('form .program-checklist, form input[type="checkbox"]')).toHaveCount(0);
    await expect(checklist(page).locator('input[name], button')).toHaveCount(0);
  });

  test('prints the boxes (ticked ones stay ticked) with lines to write on, and hides the navigation', async ({
    page,
  }) => {
    await page.goto(path);
    const list = checklist(page);
    const ticked = list.getByRole('checkbox', { name: questions[1]! });
    await ticked.check();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Get help now', exact: true })).toBeHidden();
    await expect(page.locator('.program-checklist-hint')).toBeHidden();
    await expect(page.locator('.program-checklist-write').first()).toBeVisible();

    const boxes = list.getByRole('checkbox');
    await expect(boxes).toHaveCount(questions.length);
    for (const box of await boxes.all()) {
      await expect(box).toBeVisible();
      const size = await box.boundingBox();
      expect(size!.width).toBeGreaterThanOrEqual(12);
      expect(size!.height).toBeGreaterThanOrEqual(12);
    }
    await expect(ticked).toBeChecked();
    await expect(list.getByRole('checkbox', { name: questions[0]! })).not.toBeChecked();
  });
});

test('ticking boxes stores nothing, sends nothing, and a reload starts with empty boxes', async ({ page, context }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  // The browser may fetch the site icon at any moment after load: that is not the page sending anything.
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/icon')) requests.push(`${request.method()} ${request.url()}`);
  });

  const boxes = checklist(page).getByRole('checkbox');
  for (const box of await boxes.all()) await box.check();
  await expect(boxes.first()).toBeChecked();

  expect(requests).toEqual([]);
  const stored = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  expect(await context.cookies()).toEqual([]);

  await page.reload();
  for (const box of await checklist(page).getByRole('checkbox').all()) await expect(box).not.toBeChecked();
});
