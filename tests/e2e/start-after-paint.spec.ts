// The self-check, a prerendered app page, starts React after its first paint (lib/documents/start-after-paint.ts,
// README > Performance): its HTML starts no framework script itself, the same files are added once a frame has
// been rendered (or after 1 s without one), React still runs the steps, and the reader sees the same text as on
// the page Next.js wrote. tests/e2e/self-check.spec.ts runs the steps themselves, and the form without JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { originalFile } from '../../lib/documents/post-build';
import { fallbackDelayMs, scriptsStartedAfterPaint } from '../../lib/documents/start-after-paint';
import { openStepper, selfCheckPath } from './self-check-helpers';

/** The self-check as Next.js wrote it, kept by the build step beside the page it serves. */
const original = () => readFileSync(originalFile(path.join(process.cwd(), '.next'), selfCheckPath), 'utf8');
/** The framework files a page starts itself, with <script src="/_next/static/..." async>, in order. */
const asyncFrameworkScripts = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+)"[^>]*\basync\b[^>]*>/g)].map((match) => match[1]!);

/** Answers the self-check's address with the page as Next.js wrote it, scripts and all. */
async function serveOriginal(page: Page, baseURL: string) {
  const body = original();
  await page.route(`${baseURL}${selfCheckPath}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

interface ScriptAdded {
  src: string;
  /** A frame had been rendered when the script was added to the page */
  afterFirstFrame: boolean;
  /** performance.now() when it was seen */
  at: number;
}

/**
 * Records every framework script added to the page (by the parser or by a script; not the noModule polyfills,
 * which a browser with modules never runs) and whether the browser had rendered a frame by then. With
 * `noFrameUntilParsed`, no animation frame callback runs before the page is parsed, as in a background tab.
 */
async function watchScripts(page: Page, { noFrameUntilParsed = false } = {}) {
  await page.addInitScript((noFrame) => {
    const added: ScriptAdded[] = [];
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    Object.assign(window, { scriptsAdded: added });
    if (noFrame) {
      const real = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      document.addEventListener('DOMContentLoaded', () => (window.requestAnimationFrame = real));
    }
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes]))
        if (
          node instanceof HTMLScriptElement &&
          (node.id === 'start-after-paint' || (node.src.includes('/_next/static/') && !node.noModule))
        )
          added.push({ src: node.id || new URL(node.src).pathname, afterFirstFrame: framed, at: performance.now() });
    }).observe(document, { childList: true, subtree: true });
  }, noFrameUntilParsed);
}
const scriptsAdded = (page: Page) =>
  page.evaluate(() => (window as unknown as { scriptsAdded: ScriptAdded[] }).scriptsAdded);
const frameworkScriptsAdded = async (page: Page) =>
  (await scriptsAdded(page)).filter((script) => script.src !== 'start-after-paint');

test('the self-check starts no framework script itself: the same files are added after the first frame, and React runs the steps', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await watchScripts(page);
  const response = await page.goto(selfCheckPath);
  const html = await response!.text();
  const started = scriptsStartedAfterPaint(html);

  expect(asyncFrameworkScripts(html)).toEqual([]);
  expect(started).toEqual(asyncFrameworkScripts(original()));
  expect(started.length).toBeGreaterThan(0);
  // The noModule polyfills stay as Next.js wrote them: a browser with modules never loads them.
  expect(html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js" noModule=""><\/script>/);

  await openStepper(page);
  const added = await frameworkScriptsAdded(page);
  expect(added.map((script) => script.src)).toEqual(started);
  for (const script of added) expect(script, script.src).toMatchObject({ afterFirstFrame: true });
  // Hydrated, not rendered again on the client: React says so on the console when it cannot hydrate.
  expect(errors).toEqual([]);
});

test('the check above can fail: the page as Next.js wrote it runs framework scripts before its first frame', async ({
  page,
  baseURL,
}) => {
  await serveOriginal(page, baseURL!);
  await watchScripts(page);
  await page.goto(selfCheckPath);
  await expect(page.locator('#self-check[data-stepping]')).toBeAttached();
  const added = await frameworkScriptsAdded(page);
  expect(added.length).toBeGreaterThan(0);
  expect(added.some((script) => !script.afterFirstFrame)).toBe(true);
});

test(`without a frame (a background tab), React still starts, after ${fallbackDelayMs} ms`, async ({ page }) => {
  await watchScripts(page, { noFrameUntilParsed: true });
  await page.goto(selfCheckPath);
  await openStepper(page);
  const added = await scriptsAdded(page);
  const startScript = added.find((script) => script.src === 'start-after-paint')!;
  const framework = added.filter((script) => script !== startScript);
  expect(framework.length).toBeGreaterThan(0);
  for (const script of framework)
    expect(script.at - startScript.at, script.src).toBeGreaterThanOrEqual(fallbackDelayMs - 50);
});

test.describe('the reader sees the same text as on the page Next.js wrote', () => {
  const textOf = async (page: Page, { react }: { react: boolean }) => {
    await page.goto(selfCheckPath);
    if (react) await expect(page.locator('#self-check[data-stepping]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => document.body.innerText);
  };

  test('with JavaScript, once React runs the steps', async ({ page, baseURL }) => {
    const served = await textOf(page, { react: true });
    await serveOriginal(page, baseURL!);
    expect(await textOf(page, { react: true })).toBe(served);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form as the server wrote it', async ({ page, baseURL }) => {
      const served = await textOf(page, { react: false });
      await serveOriginal(page, baseURL!);
      expect(await textOf(page, { react: false })).toBe(served);
      expect(served).toContain('Who are you answering for?');
    });
  });
});
