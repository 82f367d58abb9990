import { expect, test, type Page } from '@playwright/test';
import { disclaimer, emergencyDisclaimer } from '../../lib/selfcheck/next-steps';
import { formQuestions } from '../../lib/selfcheck/questions';
import { tierInfo } from '../../lib/selfcheck/tiers';
import {
  allNo,
  answersPath,
  inputIds,
  neutralSite,
  openStepper,
  phone,
  postWith,
  reachState,
  selfCheckPath as path,
  serverStates,
  stepThrough,
  stubNeutralSite,
  submitWithoutScript,
  type Plan,
} from './self-check-helpers';
import { expectNoAxeViolations } from './helpers';

const heading = (tier: Parameters<typeof tierInfo>[0], audience: 'self' | 'other' = 'self') =>
  tierInfo(tier).text[audience].heading;

/** After posting, the address is the answers page, with no answers in it (at most a #fragment). */
function expectNoAnswersInAddress(address: string) {
  const url = new URL(address);
  expect(url.pathname).toBe(answersPath);
  expect(url.search).toBe('');
  expect(url.hash).not.toMatch(/=|yes|none|plan/);
}

async function expectResult(page: Page, name: string, notice: string) {
  const result = page.getByRole('region', { name });
  await expect(result.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(result).toContainText(notice);
  await expect(result.getByRole('heading', { name: 'Why you got this result' })).toBeVisible();
  await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
  await expect(result.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', path);
  await expect(page.getByRole('form', { name: 'Self-check questions' })).toBeHidden();
}

/** The three crisis buttons sit right under the heading, inside the first screen, below the sticky bars. */
async function expectCrisisButtonsOnFirstScreen(page: Page, order: string[]) {
  const buttons = page.getByRole('list', { name: 'Get help now' }).getByRole('link');
  await expect(buttons).toHaveText(order);
  const barsBottom = await page.locator('.quick-exit').evaluate((el) => el.getBoundingClientRect().bottom);
  const headingBox = (await page.locator('#result-heading').boundingBox())!;
  expect(headingBox.y).toBeGreaterThanOrEqual(barsBottom - 1);
  for (let i = 0; i < 3; i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    expect(box.y, order[i]).toBeGreaterThanOrEqual(barsBottom - 1);
    expect(box.y + box.height, order[i]).toBeLessThanOrEqual(phone.height);
    expect(box.height, `${order[i]} is large`).toBeGreaterThanOrEqual(48);
    // Nothing sits on top of it.
    const onTop = await buttons.nth(i).evaluate((a) => {
      const r = a.getBoundingClientRect();
      return a.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(onTop, order[i]).toBe(true);
  }
  // Directly under the heading: nothing but the buttons between them.
  const next = await page.locator('#result-heading').evaluate((h) => h.nextElementSibling?.getAttribute('aria-label'));
  expect(next).toBe('Get help now');
}

test('the page has its title, description, canonical link and privacy promise', async ({ page }) => {
  await page.goto(path);
  await expect(page).toHaveTitle('Is an IOP right for me? | IOP Guide');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length).toBeGreaterThanOrEqual(50);
  expect(description?.length).toBeLessThanOrEqual(160);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/is-iop-right-for-me$/);
  await expect(page.getByText(/never stored, logged or added to the page address/)).toBeVisible();
  await expect(page.getByText(/informed by the Columbia Protocol \(C-SSRS\).*not the C-SSRS/)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: phone });

  test('asks who the answers are for first, and says so if nothing is chosen', async ({ page }) => {
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Self-check questions' });
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form.getByRole('group')).toHaveCount(1);
    await expect(form.getByRole('radio', { name: 'I am answering for myself' })).toBeVisible();
    await expect(form.getByRole('radio', { name: 'I am answering for someone else' })).toBeVisible();
    await postWith(page, page.getByRole('button', { name: 'Continue' }));
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary.getByRole('link', { name: 'Select who you are answering for' })).toHaveAttribute(
      'href',
      '#for-self',
    );
  });

  test('then every question on one page, worded for the reader or for the person', async ({ page }) => {
    for (const audience of ['self', 'other'] as const) {
      await page.goto(path);
      await page.locator(`#for-${audience}`).check();
      await postWith(page, page.getByRole('button', { name: 'Continue' }));
      const form = page.getByRole('form', { name: 'Self-check questions' });
      await expect(form.getByRole('group')).toHaveCount(formQuestions.length);
      for (const [index, q] of formQuestions.entries()) {
        const group = form.getByRole('group', {
          name: new RegExp(`^Question ${index + 1} of ${formQuestions.length}`),
        });
        await expect(group.locator('legend')).toContainText(q.text[audience].legend);
      }
      await expect(form.getByRole('checkbox', { name: 'No, none of these' })).toHaveCount(2);
      if (audience === 'other') await expect(form).not.toContainText('Do you ');
      else await expect(form).not.toContainText('the person');
    }
  });

  test('check your answers: every answer with a Change link that goes back to that question, answers kept', async ({
    page,
  }) => {
    const plan = allNo({ 'slip-back': 'yes' });
    const response = await submitWithoutScript(page, 'self', plan);
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie']).toBeUndefined();
    expectNoAnswersInAddress(page.url());
    const check = page.getByRole('region', { name: 'Check your answers' });
    await expect(check.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await expect(check.locator('.summary-row')).toHaveCount(formQuestions.length + 1);
    await expect(check.locator('.summary-row').first()).toContainText('I am answering for myself');
    await expect(check.locator('.summary-row', { hasText: 'slip back' })).toContainText('Yes');
    await expect(check.locator('.summary-row', { hasText: 'Are any of these true for you?' })).toContainText(
      'No, none of these',
    );
    await expect(check.getByRole('button', { name: /^Change/ })).toHaveCount(formQuestions.length + 1);

    // Change one answer: back at that question, every answer still there.
    await postWith(page, check.getByRole('button', { name: 'Change your answer to whether your home is safe' }));
    expect(new URL(page.url()).hash).toBe('#unsafe-home-legend');
    await expect(page.locator('#unsafe-home-legend')).toBeInViewport();
    for (const id of inputIds(plan)) await expect(page.locator(`#${id}`)).toBeChecked();
    await page.locator('#unsafe-home-yes').check();
    await postWith(page, page.getByRole('button', { name: 'Continue' }).last());
    await expect(page.locator('.summary-row', { hasText: 'unsafe for your recovery' })).toContainText('Yes');

    // Changing who the answers are for changes the wording, and keeps the answers.
    await postWith(page, page.getByRole('button', { name: 'Change your answer to who you are answering for' }));
    await page.locator('#for-other').check();
    await postWith(page, page.getByRole('button', { name: 'Continue' }));
    await expect(page.getByRole('region', { name: 'Check your answers' })).toContainText(
      'Does the person drink alcohol',
    );

    await postWith(page, page.getByRole('button', { name: 'See my result' }));
    expectNoAnswersInAddress(page.url());
    await expectResult(page, heading('twenty-four-hour', 'other'), disclaimer);
    await expect(page.getByRole('region', { name: 'If the person is not safe at home' })).toBeVisible();
  });

  test('crisis path: an emergency item stops at once, action first, with naloxone for an overdose', async ({
    page,
  }) => {
    await submitWithoutScript(
      page,
      'other',
      { suicide: ['none'], danger: ['overdose'] },
      'Show me how to get help now',
    );
    expectNoAnswersInAddress(page.url());
    const result = page.getByRole('region', { name: 'Get help now' }).first();
    await expectCrisisButtonsOnFirstScreen(page, ['Call 911', 'Call 988', 'Text 988']);
    await expect(result).toContainText('Give naloxone (Narcan) if you have it');
    await expect(result).toContainText(emergencyDisclaimer);
    await expect(result).not.toContainText(/insur/i);
  });

  test('crisis path for thoughts with a plan: 988 first', async ({ page }) => {
    await submitWithoutScript(page, 'self', { suicide: ['plan'] }, 'Show me how to get help now');
    await expectCrisisButtonsOnFirstScreen(page, ['Call 988', 'Text 988', 'Call 911']);
    await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
    await expect(page.locator('a[href="sms:988"]').first()).toBeVisible();
  });

  test('thoughts of suicide without a plan: "Talk to someone today" above the level of care, with the withdrawal caution', async ({
    page,
  }) => {
    await submitWithoutScript(
      page,
      'self',
      allNo({ suicide: ['thoughts'], 'daily-sedatives': 'yes', 'more-than-weekly': 'yes' }),
    );
    await postWith(page, page.getByRole('button', { name: 'See my result' }));
    const talk = page.getByRole('region', { name: 'Talk to someone today' });
    await expect(talk.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(talk.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    await expect(talk).toContainText('appointment today');
    await expectResult(page, heading('iop'), disclaimer);
    const talkTop = (await talk.boundingBox())!.y;
    const levelTop = (await page.locator('#result-heading').boundingBox())!.y;
    expect(talkTop).toBeLessThan(levelTop);
    await expect(page.getByRole('region', { name: 'Do not stop suddenly: talk to a doctor first' })).toBeVisible();
  });

  test('missing answers: error summary linking to each question, inline errors, answers kept', async ({ page }) => {
    const response = await submitWithoutScript(page, 'self', { suicide: ['none'], 'unsafe-home': 'yes' });
    expect(response.status()).toBe(200);
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    const links = summary.getByRole('link');
    const missing = formQuestions.filter((q) => q.id !== 'suicide' && q.id !== 'unsafe-home');
    await expect(links).toHaveCount(missing.length);
    for (const [index, q] of missing.entries()) {
      const first = q.kind === 'signs' ? `${q.id}-${q.options[0].id}` : `${q.id}-yes`;
      await expect(links.nth(index)).toHaveAttribute('href', `#${first}`);
      await expect(page.locator(`#${q.id}-error`)).toBeVisible();
      await expect(page.locator(`fieldset:has(#${first})`)).toHaveAttribute(
        'aria-describedby',
        new RegExp(`${q.id}-error`),
      );
    }
    await expect(page.locator('#suicide-none')).toBeChecked();
    await expect(page.locator('#unsafe-home-yes')).toBeChecked();
  });

  test('"No, none of these" next to an item is an error, unless the item is an emergency', async ({ page }) => {
    await submitWithoutScript(page, 'self', allNo({ suicide: ['none', 'wish-dead'] }));
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
      'select "No, none of these" only if none of the others are true',
    );
  });

  test('the quick exit is a plain link to a neutral site, and its note mentions no keys', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto(path);
    const exit = page.getByRole('link', { name: 'Exit this page' });
    await expect(exit).toHaveAttribute('href', neutralSite);
    await expect(exit).toHaveAttribute('rel', /noreferrer/);
    const note = page.getByRole('complementary', { name: 'Leaving this page quickly' });
    await expect(note).toBeVisible();
    expect(await note.innerText()).not.toMatch(/\bkeys?\b|Shift|Escape|Esc\b|Ctrl|Cmd/i);
    await exit.click();
    await expect(page).toHaveURL(neutralSite);
  });
});

test.describe('server-rendered states, checked with axe (site scripts blocked)', () => {
  // axe runs as a script, so these pages keep JavaScript on but never load the site's scripts:
  // what is checked is exactly the HTML a reader without JavaScript gets.
  for (const [name, state] of Object.entries(serverStates)) {
    test(`axe finds no violations on ${name}`, async ({ page }) => {
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await reachState(page, state);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('HTTP', () => {
  test('no cookie is set on GET or POST, and answers are never cached', async ({ request }) => {
    const get = await request.get(path);
    expect(get.status()).toBe(200);
    expect(get.headers()['set-cookie']).toBeUndefined();
    const post = await request.post(answersPath, { form: { suicide: 'plan' } });
    expect(post.status()).toBe(200);
    expect(post.headers()['set-cookie']).toBeUndefined();
    expect(post.headers()['cache-control']).toContain('no-store');
    expect(await post.text()).toContain('id="result-heading"');
  });

  test('the answers page takes only GET, HEAD and POST, and says so', async ({ request }) => {
    const put = await request.put(answersPath, { form: { suicide: 'plan' }, maxRedirects: 0 });
    expect(put.status()).toBe(405);
    expect(put.headers()['allow']).toBe('GET, HEAD, POST');
  });

  test('a post to the self-check address itself (a copy saved before the form moved) is told to open it again', async ({
    request,
  }) => {
    const moved = await request.post(path, { form: { suicide: 'plan' }, maxRedirects: 0 });
    expect(moved.status()).toBe(405);
    expect(await moved.text()).toContain('Open it again and send your answers from there: /is-iop-right-for-me');
  });

  const forged: { name: string; options: Parameters<import('@playwright/test').APIRequestContext['post']>[1] }[] = [
    { name: 'random fields', options: { form: { foo: 'bar', suicide: 'definitely', 'unsafe-home': 'x'.repeat(500) } } },
    { name: 'an empty body', options: {} },
    { name: 'an empty form', options: { form: {} } },
    { name: 'JSON', options: { data: { suicide: 'plan' } } },
    { name: 'plain text', options: { headers: { 'content-type': 'text/plain' }, data: 'suicide=plan' } },
    {
      name: 'a broken multipart body',
      options: { headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, data: '--xyz\r\ngarbage' },
    },
    {
      name: 'multipart without a boundary',
      options: { headers: { 'content-type': 'multipart/form-data' }, data: 'x' },
    },
    {
      name: 'a file upload',
      options: { multipart: { for: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('self') } } },
    },
    {
      name: 'server-action fields',
      options: {
        multipart: { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"00","bound":"$@1"}', '$ACTION_1:1': 'garbage' },
      },
    },
    {
      name: 'a forged server-action header',
      options: { headers: { 'next-action': 'abc123', 'content-type': 'text/plain' }, data: '["x"]' },
    },
    {
      name: 'a forged internal header',
      options: { headers: { 'x-self-check-form': 'suicide=plan' }, form: { for: 'self' } },
    },
    { name: 'a huge body', options: { form: { for: 'y'.repeat(200_000) } } },
    {
      name: 'binary garbage',
      options: {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        data: Buffer.from([0xff, 0xfe, 0x00, 0x25, 0x25]),
      },
    },
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
  test.use({ viewport: phone });

  const next = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

  test('crisis path: stops at the emergency item and moves focus to the result, buttons on the first screen', async ({
    page,
  }) => {
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST') posts += 1;
    });
    await stepThrough(page, 'self', { suicide: ['thoughts', 'attempt'] });
    await expect(page.locator('#result-heading')).toBeFocused();
    await expectResult(page, heading('emergency'), emergencyDisclaimer);
    await expectCrisisButtonsOnFirstScreen(page, ['Call 988', 'Text 988', 'Call 911']);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    expect(posts).toBe(0); // worked out in the browser: nothing sent
    await expectNoAxeViolations(page);
  });

  test('answering for someone else changes the wording of every question and the result', async ({ page }) => {
    await openStepper(page);
    await page.locator('#for-other').check();
    await next(page);
    await expect(page.locator('#suicide-legend')).toContainText('Are any of these true for the person?');
    await expect(page.getByText('In the past month, they had thoughts of ending their life')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('#for-self').check();
    await next(page);
    await expect(page.locator('#suicide-legend')).toContainText('Are any of these true for you?');
    await expect(page.getByText('In the past month, you had thoughts of ending your life')).toBeVisible();
  });

  test('"No, none of these" and the items exclude each other', async ({ page }) => {
    await openStepper(page);
    await page.locator('#for-self').check();
    await next(page);
    await page.locator('#suicide-wish-dead').check();
    await page.locator('#suicide-none').check();
    await expect(page.locator('#suicide-wish-dead')).not.toBeChecked();
    await page.locator('#suicide-thoughts').check();
    await expect(page.locator('#suicide-none')).not.toBeChecked();
  });

  test('talk today, check your answers and Change, for someone else', async ({ page }) => {
    const plan = allNo({ suicide: ['wish-dead'], 'daily-alcohol': 'not-sure', 'cannot-manage-day': 'yes' });
    await stepThrough(page, 'other', plan);
    const check = page.getByRole('region', { name: 'Check your answers' });
    await expect(check.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await expect(check).toContainText('Does the person drink alcohol every day or almost every day?');
    await expectNoAxeViolations(page);

    await check.getByRole('button', { name: 'Change your answer to getting through a normal day' }).click();
    await expect(page.locator('#cannot-manage-day-legend')).toBeFocused();
    await expect(page.locator('#cannot-manage-day-yes')).toBeChecked();
    await page.locator('#cannot-manage-day-no').check();
    await next(page);
    await expect(check.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await expect(check.locator('.summary-row', { hasText: 'normal day' })).toContainText('No');

    await page.getByRole('button', { name: 'See my result' }).click();
    const talk = page.getByRole('region', { name: 'Talk to someone today' });
    await expect(talk.getByRole('heading', { name: 'Talk to someone today' })).toBeFocused();
    await expect(talk).toContainText('Help the person call or text 988');
    await expectResult(page, heading('outpatient', 'other'), disclaimer);
    await expect(page.getByRole('region', { name: 'Do not stop suddenly: talk to a doctor first' })).toBeVisible();
    const refuse = page.getByRole('region', { name: 'If the person will not get help' });
    await expect(refuse.getByRole('link', { name: 'Read more about what to do if they refuse help.' })).toHaveAttribute(
      'href',
      '/learn/supporting-someone-in-an-iop#if-they-refuse-help',
    );
    await expectNoAxeViolations(page);

    // "Change my answers" goes back to check your answers.
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await expect(check.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  });

  test('Continue without an answer shows the error summary and an inline error; Back keeps answers', async ({
    page,
  }) => {
    await openStepper(page);
    await page.locator('#for-self').check();
    await next(page);
    await page.locator('#suicide-none').check();
    await next(page);
    await next(page);
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveAttribute('href', '#danger-harm-others');
    await expect(page.locator('#danger-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('#suicide-legend')).toBeFocused();
    await expect(page.locator('#suicide-none')).toBeChecked();
  });

  // The browser shows the server-rendered parts its own decision picks: the same result, word for word.
  const samePlans: { name: string; audience: 'self' | 'other'; plan: Plan; emergency?: boolean }[] = [
    { name: 'a mental health crisis', audience: 'self', plan: { suicide: ['thoughts', 'attempt'] }, emergency: true },
    {
      name: 'an overdose with voices, for someone else',
      audience: 'other',
      plan: { suicide: ['none'], danger: ['overdose', 'voices'] },
      emergency: true,
    },
    {
      name: 'talk today, cautions and 24-hour care, for someone else',
      audience: 'other',
      plan: allNo({ suicide: ['wish-dead'], 'daily-alcohol': 'not-sure', 'unsafe-home': 'yes', 'slip-back': 'yes' }),
    },
    {
      name: 'talk today with PHP',
      audience: 'self',
      plan: allNo({
        suicide: ['thoughts'],
        'daily-sedatives': 'yes',
        'daily-doctor': 'not-sure',
        'more-than-weekly': 'yes',
      }),
    },
    { name: 'IOP, for someone else', audience: 'other', plan: allNo({ 'slip-back': 'yes' }) },
    { name: 'no to everything', audience: 'self', plan: allNo() },
  ];
  for (const { name, audience, plan, emergency } of samePlans) {
    test(`the result worked out in the browser is the server's, word for word and link for link: ${name}`, async ({
      page,
      browser,
    }) => {
      const shown = async (p: Page) => {
        const result = p.locator('.result-stack');
        await expect(result.locator('#result-heading')).toBeVisible();
        return {
          text: await result.innerText(),
          links: await result.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
        };
      };
      await stepThrough(page, audience, plan);
      if (!emergency) await page.getByRole('button', { name: 'See my result' }).click();
      const inBrowser = await shown(page);

      const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
      const withoutScript = await context.newPage();
      await submitWithoutScript(withoutScript, audience, plan, emergency ? 'Show me how to get help now' : 'Continue');
      if (!emergency) await postWith(withoutScript, withoutScript.getByRole('button', { name: 'See my result' }));
      const fromServer = await shown(withoutScript);
      await context.close();
      expect(inBrowser).toEqual(fromServer);
    });
  }

  // The hours a week of IOP and PHP are Medicare's, and the result links to where Medicare says so.
  const hoursSources = [
    {
      tier: 'iop',
      plan: allNo({ 'slip-back': 'yes' }),
      url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
    },
    {
      tier: 'php',
      plan: allNo({ 'daily-doctor': 'yes' }),
      url: 'https://www.medicare.gov/coverage/mental-health-care-partial-hospitalization',
    },
  ] as const;
  for (const { tier, plan, url } of hoursSources) {
    test(`the ${tier} result gives its hours a week with Medicare.gov as the source`, async ({ page }) => {
      await stepThrough(page, 'self', plan);
      await page.getByRole('button', { name: 'See my result' }).click();
      const result = page.getByRole('region', { name: heading(tier) });
      await expect(result).toContainText(`Medicare describes`);
      await expect(result.getByText(/^Source: Medicare\.gov, /)).toBeVisible();
      await expect(result.getByRole('link', { name: /^Medicare\.gov, Mental health care/ })).toHaveAttribute(
        'href',
        url,
      );
      await expect(result).not.toContainText('teens');
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the stepper (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openStepper(page);
      await expectNoAxeViolations(page);
      await page.locator('#for-other').check();
      await next(page);
      await expectNoAxeViolations(page);
    });
  }
});
