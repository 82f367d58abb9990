import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { disclaimer, emergencyDisclaimer, questions, tierInfo, type Answer } from '../../lib/selfcheck';

const path = '/is-iop-right-for-me';
/** Where the form posts (the empty self-check itself is prerendered). */
const answersPath = '/is-iop-right-for-me/answers';
const neutralSite = 'https://www.bbc.com/weather';
const ids = questions.map((q) => q.id);

type Plan = Partial<Record<(typeof ids)[number], Answer>>;
const allNo = (overrides: Plan = {}): Plan => ({ ...Object.fromEntries(ids.map((id) => [id, 'no'])), ...overrides });

const paths = {
  crisis: { answers: { 'safety-now': 'yes' } as Plan, heading: tierInfo('emergency').heading, notice: emergencyDisclaimer },
  iop: { answers: allNo({ 'weekly-not-enough': 'yes' }), heading: tierInfo('iop').heading, notice: disclaimer },
  outpatient: { answers: allNo(), heading: tierInfo('outpatient').heading, notice: disclaimer },
};

/** The neutral site of the quick exit, answered locally: no real network. */
async function stubNeutralSite(page: Page) {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: 'ok', contentType: 'text/html' }));
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** After posting, the address is the answers page, with no answers in it (at most the #self-check fragment). */
function expectNoAnswersInAddress(address: string) {
  const url = new URL(address);
  expect(url.pathname).toBe(answersPath);
  expect(url.search).toBe('');
  expect(['', '#self-check']).toContain(url.hash);
}

async function expectResult(page: Page, heading: string, notice: string) {
  const result = page.getByRole('region', { name: heading });
  await expect(result.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(result).toContainText(notice);
  await expect(result.getByRole('heading', { name: 'Why you got this result' })).toBeVisible();
  await expect(result.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(result.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', path);
  await expect(page.getByRole('form', { name: 'Self-check questions' })).toBeHidden();
}

test('the page has its title, description and canonical link', async ({ page }) => {
  await page.goto(path);
  await expect(page).toHaveTitle('Is an IOP right for me? | IOP Guide');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThanOrEqual(50);
  expect(description?.length).toBeLessThanOrEqual(160);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/is-iop-right-for-me$/);
  await expect(page.getByText(/never stored, logged or added to the page address/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  async function submit(page: Page, answers: Plan) {
    await page.goto(path);
    for (const [id, value] of Object.entries(answers)) await page.locator(`#${id}-${value}`).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(answersPath)),
      page.getByRole('button', { name: 'See my result' }).click(),
    ]);
    await page.waitForLoadState();
    return response;
  }

  test('shows every question as a fieldset with a legend, a hint and three labelled radios', async ({ page }) => {
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Self-check questions' });
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form.getByRole('group')).toHaveCount(questions.length);
    for (const [index, q] of questions.entries()) {
      const group = form.getByRole('group', { name: `Question ${index + 1} of ${questions.length}` });
      await expect(group.locator('legend')).toContainText(q.legend);
      for (const label of ['Yes', 'No', 'Not sure']) await expect(group.getByRole('radio', { name: label, exact: true })).toBeVisible();
    }
  });

  for (const [name, { answers, heading, notice }] of Object.entries(paths)) {
    test(`${name} path: the server renders the result in the POST response`, async ({ page }) => {
      const response = await submit(page, answers);
      expect(response.status()).toBe(200);
      expect(response.headers()['set-cookie']).toBeUndefined();
      expectNoAnswersInAddress(page.url());
      await expectResult(page, heading, notice);
    });
  }

  test('crisis path: question 1 alone is enough, with tap links for 988 and 911', async ({ page }) => {
    await submit(page, { 'safety-now': 'yes' });
    const result = page.getByRole('region', { name: 'Get help now' });
    await expect(result.locator('a[href="tel:988"]')).toBeVisible();
    await expect(result.locator('a[href="sms:988"]')).toBeVisible();
    await expect(result.locator('a[href="tel:911"]')).toBeVisible();
    await expect(result).toContainText('This check is not a diagnosis.');
  });

  test('missing answers: error summary linking to each question, inline errors, answers kept', async ({ page }) => {
    const response = await submit(page, { 'safety-now': 'no', 'unsafe-home': 'yes' });
    expect(response.status()).toBe(200);
    expectNoAnswersInAddress(page.url());
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    const missing = ids.filter((id) => id !== 'safety-now' && id !== 'unsafe-home');
    const links = summary.getByRole('link');
    await expect(links).toHaveCount(missing.length);
    for (const [index, id] of missing.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', `#${id}-yes`);
      const error = page.locator(`#${id}-error`);
      await expect(error).toBeVisible();
      await expect(page.locator(`fieldset:has(#${id}-yes)`)).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`));
    }
    await expect(page.locator('#safety-now-no')).toBeChecked();
    await expect(page.locator('#unsafe-home-yes')).toBeChecked();
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`#${missing[0]}-yes$`));
    await expect(page.locator(`#${missing[0]}-yes`)).toBeInViewport();
  });

  test('the quick exit is a plain link to a neutral site, with no referrer', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto(path);
    const exit = page.getByRole('link', { name: 'Leave this page' });
    await expect(exit).toHaveAttribute('href', neutralSite);
    await expect(exit).toHaveAttribute('rel', /noreferrer/);
    await exit.click();
    await expect(page).toHaveURL(neutralSite);
  });
});

test.describe('server-rendered states, checked with axe (site scripts blocked)', () => {
  // axe runs as a script, so these pages keep JavaScript on but never load the site's scripts:
  // what is checked is exactly the HTML a reader without JavaScript gets.
  const states: Record<string, Plan> = {
    'the full form': {},
    'the error state': { 'safety-now': 'no', 'unsafe-home': 'yes' },
    'the emergency result': paths.crisis.answers,
    'the 24-hour care result': allNo({ 'unsafe-home': 'not-sure' }),
    'the PHP result': allNo({ 'daily-care-team': 'yes' }),
    'the IOP result': paths.iop.answers,
    'the outpatient result': paths.outpatient.answers,
  };
  for (const [name, answers] of Object.entries(states)) {
    test(`axe finds no violations on ${name}`, async ({ page }) => {
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await page.goto(path);
      if (name !== 'the full form') {
        for (const [id, value] of Object.entries(answers)) await page.locator(`#${id}-${value}`).check();
        await page.getByRole('button', { name: 'See my result' }).click();
        await expect(page.locator('#result-heading, #error-summary')).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('HTTP', () => {
  test('no cookie is set on GET or POST', async ({ request }) => {
    const get = await request.get(path);
    expect(get.status()).toBe(200);
    expect(get.headers()['set-cookie']).toBeUndefined();
    const post = await request.post(answersPath, { form: { 'safety-now': 'yes' } });
    expect(post.status()).toBe(200);
    expect(post.headers()['set-cookie']).toBeUndefined();
    expect(post.headers()['cache-control']).toContain('no-store');
    expect(await post.text()).toContain('id="result-heading"');
  });

  test('the answers page takes only GET, HEAD and POST, and says so', async ({ request }) => {
    const put = await request.put(answersPath, { form: { 'safety-now': 'yes' }, maxRedirects: 0 });
    expect(put.status()).toBe(405);
    expect(put.headers()['allow']).toBe('GET, HEAD, POST');
  });

  test('a post to the self-check address itself (a copy saved before the form moved) is told to open it again', async ({ request }) => {
    const moved = await request.post(path, { form: { 'safety-now': 'yes' }, maxRedirects: 0 });
    expect(moved.status()).toBe(405);
    expect(await moved.text()).toContain('Open it again and send your answers from there: /is-iop-right-for-me');
  });

  const forged: { name: string; options: Parameters<import('@playwright/test').APIRequestContext['post']>[1] }[] = [
    { name: 'random fields', options: { form: { foo: 'bar', 'safety-now': 'definitely', 'unsafe-home': 'x'.repeat(500) } } },
    { name: 'an empty body', options: {} },
    { name: 'an empty form', options: { form: {} } },
    { name: 'JSON', options: { data: { 'safety-now': 'yes' } } },
    { name: 'plain text', options: { headers: { 'content-type': 'text/plain' }, data: 'safety-now=yes' } },
    { name: 'a broken multipart body', options: { headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, data: '--xyz\r\ngarbage' } },
    { name: 'multipart without a boundary', options: { headers: { 'content-type': 'multipart/form-data' }, data: 'x' } },
    { name: 'a file upload', options: { multipart: { 'safety-now': { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('yes') } } } },
    { name: 'server-action fields', options: { multipart: { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"00","bound":"$@1"}', '$ACTION_1:1': 'garbage' } } },
    { name: 'a forged server-action header', options: { headers: { 'next-action': 'abc123', 'content-type': 'text/plain' }, data: '["x"]' } },
    { name: 'a forged internal header', options: { headers: { 'x-self-check-form': 'safety-now=yes' }, form: { 'safety-now': 'no' } } },
    { name: 'a huge body', options: { form: { 'safety-now': 'y'.repeat(200_000) } } },
    { name: 'binary garbage', options: { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: Buffer.from([0xff, 0xfe, 0x00, 0x25, 0x25]) } },
  ];
  for (const { name, options } of forged) {
    test(`a forged POST with ${name} never causes a server error`, async ({ request }) => {
      const response = await request.post(answersPath, { ...options, maxRedirects: 0 });
      expect([200, 303, 400, 413]).toContain(response.status());
      expect(response.headers()['set-cookie']).toBeUndefined();
      if (response.status() === 200) expect(await response.text()).toContain('There is a problem');
    });
  }
});

test.describe('with JavaScript', () => {
  /** Waits until the form has become one question at a time. */
  async function openStepper(page: Page) {
    await page.goto(path);
    await expect(page.locator(`#${ids[1]}-legend`)).toBeHidden();
    await expect(page.locator(`#${ids[0]}-legend`)).toBeVisible();
  }

  async function next(page: Page) {
    await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
  }

  async function expectQuestion(page: Page, index: number) {
    const legend = page.locator(`#${ids[index]}-legend`);
    await expect(legend).toBeVisible();
    await expect(legend).toContainText(`Question ${index + 1} of ${questions.length}`);
    await expect(legend).toBeFocused();
    await expect(page.getByRole('group')).toHaveCount(1); // hidden questions are not in the accessibility tree
  }

  test('crisis path: stops at question 1 and moves focus to the result heading', async ({ page }) => {
    await openStepper(page);
    await page.locator('#safety-now-yes').check();
    await next(page);
    await expect(page.locator('#result-heading')).toBeFocused();
    await expectResult(page, paths.crisis.heading, paths.crisis.notice);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expectNoAxeViolations(page);
  });

  test('an emergency answer given after going back stops at once', async ({ page }) => {
    await openStepper(page);
    await page.locator('#safety-now-no').check();
    await next(page);
    await page.locator('#withdrawal-overdose-now-no').check();
    await next(page);
    await expectQuestion(page, 2);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(page, 0);
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await page.locator('#safety-now-not-sure').check();
    await next(page);
    await expect(page.locator('#result-heading')).toHaveText(paths.crisis.heading);
  });

  for (const name of ['iop', 'outpatient'] as const) {
    test(`${name} path, step by step, with Back keeping the answers`, async ({ page }) => {
      const { answers, heading, notice } = paths[name];
      let posts = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST') posts += 1;
      });
      await openStepper(page);
      for (const [index, id] of ids.entries()) {
        if (index > 0) await expectQuestion(page, index);
        await page.locator(`#${id}-${answers[id]}`).check();
        if (index === 4) {
          // Go back two questions: the answers are still there; then forward again.
          await page.getByRole('button', { name: 'Back' }).click();
          await expectQuestion(page, 3);
          await expect(page.locator(`#${ids[3]}-${answers[ids[3]]}`)).toBeChecked();
          await page.getByRole('button', { name: 'Back' }).click();
          await expectQuestion(page, 2);
          await expect(page.locator(`#${ids[2]}-${answers[ids[2]]}`)).toBeChecked();
          await next(page);
          await next(page);
          await expectQuestion(page, 4);
          await expect(page.locator(`#${id}-${answers[id]}`)).toBeChecked();
        }
        await next(page);
      }
      await expect(page.locator('#result-heading')).toBeFocused();
      await expectResult(page, heading, notice);
      expect(posts).toBe(0); // worked out in the browser: nothing sent
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Change my answers' }).click();
      await expectQuestion(page, ids.length - 1);
      await expect(page.locator(`#${ids.at(-1)}-${answers[ids.at(-1)!]}`)).toBeChecked();
    });
  }

  test('Next without an answer shows the error summary and an inline error', async ({ page }) => {
    await openStepper(page);
    await page.locator('#safety-now-no').check();
    await next(page);
    await next(page);
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.getByRole('link')).toHaveAttribute('href', '#withdrawal-overdose-now-yes');
    await expect(page.locator('#withdrawal-overdose-now-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('#withdrawal-overdose-now-no').check();
    await next(page);
    await expectQuestion(page, 2);
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the stepper (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openStepper(page);
      await expectNoAxeViolations(page);
    });
  }

  for (const page_ of [path, '/get-help-now']) {
    test(`quick exit on ${page_}: stays in view, leaves on click, and Back does not return`, async ({ page }) => {
      await stubNeutralSite(page);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/');
      await page.goto(page_);
      const exit = page.getByRole('link', { name: 'Leave this page' });
      await expect(exit).toBeInViewport();
      await page.mouse.wheel(0, 5000);
      await expect(exit).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(exit).toBeInViewport();
      // Nothing else sits on top of it.
      const onTop = await exit.evaluate((link) => {
        const box = link.getBoundingClientRect();
        return link.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
      });
      expect(onTop).toBe(true);
      await exit.click();
      await expect(page).toHaveURL(neutralSite);
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test('quick exit: pressing Escape twice leaves; once does not', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/');
    await openStepper(page);
    await page.locator('#safety-now-no').focus();
    // The hint only lasts a second, so record it when it appears rather than poll (the machine may be slow).
    await page.evaluate(() => {
      const region = document.querySelector('.quick-exit [aria-live]')!;
      const record = () => {
        if (region.textContent) document.documentElement.dataset.seenHint = region.textContent;
      };
      new MutationObserver(record).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-seen-hint', 'Press Escape again to leave this page.');
    await page.waitForTimeout(1200);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(neutralSite);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });
});
