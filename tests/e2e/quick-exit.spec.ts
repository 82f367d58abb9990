import { expect, test, type Page } from '@playwright/test';
import {
  allNo,
  neutralSite,
  phone,
  postWith,
  selfCheckPath,
  stepThrough,
  stubNeutralSite,
  submitWithoutScript,
} from './self-check-helpers';

/**
 * What the quick exit may never do, measured in the page at its current scroll position:
 * - leave view, or leave its band; the band spans the full width right under the site header and
 *   is opaque, so no text or button is ever seen (or tapped) beside or through it: content scrolls
 *   under it out of the reading area, as under the header;
 * - at rest (before it sticks), overlap any link, button or text at all.
 */
function overlapProblems(page: Page) {
  return page.evaluate(() => {
    const band = document.querySelector<HTMLElement>('.quick-exit')!;
    const exit = band.querySelector<HTMLElement>('a[data-quick-exit]')!;
    const header = document.querySelector<HTMLElement>('header')!;
    const [b, e, h] = [band, exit, header].map((el) => el.getBoundingClientRect());
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (e.top < 0 || e.bottom > innerHeight) problems.push('the exit control is out of view');
    if (e.left < b.left - 0.5 || e.right > b.right + 0.5 || e.top < b.top - 0.5 || e.bottom > b.bottom + 0.5)
      problems.push('the exit control leaves its band');
    if (b.left > 0.5 || b.right < width - 0.5)
      problems.push(`the band is not full width (${b.left}-${b.right} of ${width})`);
    if (b.top < h.bottom - 1) problems.push('the band slides under the header');
    if (!/^rgb\(/.test(getComputedStyle(band).backgroundColor))
      problems.push(`the band is see-through (${getComputedStyle(band).backgroundColor})`);
    for (let x = 1; x < width; x += 12) {
      for (const y of [b.top + 1, (b.top + b.bottom) / 2, b.bottom - 1]) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(band.contains(hit) || header.contains(hit)))
          problems.push(
            `content shows in the band at ${x},${Math.round(y)}: ${hit?.tagName} ${hit?.textContent?.slice(0, 30)}`,
          );
      }
    }
    const stuck = b.top <= h.bottom + 1;
    if (!stuck) {
      const content = document.querySelectorAll<HTMLElement>(
        'main :is(a, button, input, label, h1, h2, h3, p, li, dt, dd, legend, summary)',
      );
      for (const el of content) {
        if (band.contains(el) || el.getClientRects().length === 0) continue;
        const r = el.getBoundingClientRect();
        const apart = r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right;
        if (!apart) problems.push(`at rest, it overlaps ${el.tagName}: ${el.textContent?.trim().slice(0, 40)}`);
      }
    }
    return problems;
  });
}

/**
 * Every link, button and input in the page, reached with the keyboard, lands fully in view below the
 * bars: going forward (things come in from below) and backward from the end (they come in from above,
 * where the bars are).
 */
function focusProblems(page: Page) {
  return page.evaluate(() => {
    const band = document.querySelector<HTMLElement>('.quick-exit')!;
    const problems: string[] = [];
    const forward = [...document.querySelectorAll<HTMLElement>('main :is(a[href], button, input)')].filter(
      (el) => !band.contains(el) && el.getClientRects().length > 0,
    );
    window.scrollTo(0, 0);
    const targets = [...forward, ...[...forward].reverse()];
    for (const el of targets) {
      el.focus();
      if (document.activeElement !== el) continue; // not reachable now (e.g. inside a closed <details>)
      const r = el.getBoundingClientRect();
      const barsBottom = band.getBoundingClientRect().bottom;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
      if (r.top < barsBottom - 1 || !hit || band.contains(hit))
        problems.push(
          `${el.tagName} "${(el.textContent || el.id).trim().slice(0, 40)}" is under the exit band when focused`,
        );
    }
    return problems;
  });
}

async function expectNothingCovered(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  for (const fraction of [0, 0.1, 0.25, 0.5, 0.75, 1]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * fraction));
    expect(await overlapProblems(page), `scrolled to ${Math.round(fraction * 100)}%`).toEqual([]);
  }
  expect(await focusProblems(page)).toEqual([]);
}

const states: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  { name: 'the self-check', open: (page) => page.goto(selfCheckPath) },
  {
    name: 'the questions, for someone else',
    open: async (page) => {
      await page.goto(selfCheckPath);
      await page.locator('#for-other').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      // Without JavaScript, Continue posts the form: wait for the next page before measuring it.
      await page.waitForURL(/\/is-iop-right-for-me\/answers(#.*)?$/);
      await page.waitForLoadState();
    },
  },
  {
    name: 'the crisis result',
    open: (page) => submitWithoutScript(page, 'self', { suicide: ['plan'] }, 'Show me how to get help now'),
  },
  { name: 'check your answers', open: (page) => submitWithoutScript(page, 'other', allNo({ 'unsafe-home': 'yes' })) },
  {
    name: 'a long result',
    open: async (page) => {
      await submitWithoutScript(
        page,
        'other',
        allNo({ suicide: ['thoughts'], 'unsafe-home': 'yes', 'daily-alcohol': 'yes' }),
      );
      await postWith(page, page.getByRole('button', { name: 'See my result' }));
    },
  },
  { name: '/get-help-now', open: (page) => page.goto('/get-help-now') },
];

test.describe('the exit control covers nothing, at 360 px, while scrolled anywhere', () => {
  test.use({ viewport: phone });
  for (const javaScriptEnabled of [false, true]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      for (const { name, open } of states) {
        // With JavaScript the self-check asks one question at a time: its long states are checked below.
        if (javaScriptEnabled && name !== 'the self-check' && name !== '/get-help-now') continue;
        test(`on ${name}`, async ({ page }) => {
          await open(page);
          await expectNothingCovered(page);
        });
      }
    });
  }

  test('with JavaScript, on the crisis result and a result for someone else', async ({ page }) => {
    await stepThrough(page, 'self', { suicide: ['intent'] });
    await expectNothingCovered(page);
    await stepThrough(page, 'other', allNo({ suicide: ['wish-dead'], 'daily-sedatives': 'yes' }));
    await page.getByRole('button', { name: 'See my result' }).click();
    await expectNothingCovered(page);
  });
});

test.describe('with JavaScript', () => {
  for (const path of [selfCheckPath, '/get-help-now']) {
    test(`quick exit on ${path}: leaves on click, and Back does not return`, async ({ page }) => {
      await stubNeutralSite(page);
      await page.setViewportSize(phone);
      await page.goto('/');
      await page.goto(path);
      const exit = page.getByRole('link', { name: 'Exit this page' });
      await expect(page.locator('html')).toHaveAttribute('data-enhanced', ''); // the site's script has run
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(exit).toBeInViewport();
      await exit.click();
      await expect(page).toHaveURL(neutralSite);
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test('Shift pressed 3 times leaves, with a status message after each press', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/');
    await page.goto(selfCheckPath);
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await expect(page.locator('[data-quick-exit-dots] > .is-lit')).toHaveCount(1);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(neutralSite);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('typing capitals never leaves', async ({ page }) => {
    await page.goto(selfCheckPath);
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await page.keyboard.press('Shift+D');
    await expect(page).toHaveURL(new RegExp(`${selfCheckPath}$`));
  });

  test('Escape pressed twice leaves; once does not', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/');
    await page.goto('/get-help-now');
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Escape, press 1 more time to exit.');
    await page.waitForTimeout(1200);
    await expect(page).toHaveURL(/\/get-help-now$/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(neutralSite);
  });

  test('the note names the keyboard shortcuts once they work', async ({ page }) => {
    await page.goto(selfCheckPath);
    await expect(page.getByRole('complementary', { name: 'Leaving this page quickly' })).toContainText(
      'press the Shift key 3 times, or the Escape key twice',
    );
  });
});
