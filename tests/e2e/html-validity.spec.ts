// Valid HTML on every page: the Nu HTML Checker (the W3C validator, vnu-jar, run with Java) over every page
// in the sitemap, the other pages a reader can reach (all answers of the FAQ, search, 404) and every state of
// the self-check without JavaScript (self-check-helpers.ts), as the server sends them. Zero errors.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';
import { reachState, serverStates } from './self-check-helpers';

const run = promisify(execFile);
/** The jar's path (the package exports it as a String object). */
const jar = String(vnu);

test('every page is valid HTML (Nu HTML Checker)', async ({ request, browser }) => {
  test.setTimeout(600_000); // Java starts slowly on a busy 2-core machine
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [
    ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
    '/learn/faq/all-answers',
    '/search',
    '/search?q=cost',
    '/learn/no-such-article',
  ];
  const documents: [string, string][] = [];
  for (const address of paths) documents.push([address, await (await request.get(address)).text()]);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  for (const [name, state] of Object.entries(serverStates))
    documents.push([`the self-check: ${name}`, await reachState(page, state)]);
  await noScript.close();
  expect(paths).toContain('/learn');
  expect(documents.length).toBeGreaterThan(20);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'iop-html-'));
  try {
    const files = documents.map(([, html], index) => {
      const file = path.join(dir, `page-${index}.html`);
      writeFileSync(file, html);
      return file;
    });
    const { stdout, stderr } = await run(
      'java',
      ['-Xss2m', '-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: NodeJS.ErrnoException & { stdout?: string; stderr?: string }) => {
      if (error.code === 'ENOENT')
        throw new Error('Java is needed for the HTML checker: apt-get install -y default-jre-headless');
      throw error;
    });
    const report = JSON.parse(stderr || stdout) as {
      messages: { type: string; url: string; lastLine?: number; message: string; extract?: string }[];
    };
    const errors = report.messages
      .filter((message) => message.type === 'error')
      .map((message) => {
        const index = Number(/page-(\d+)\.html$/.exec(message.url)?.[1]);
        return `${documents[index]?.[0] ?? message.url}:${message.lastLine ?? '?'} ${message.message} (${message.extract?.trim() ?? ''})`;
      });
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
