// lib/documents/start-after-paint.ts on the self-check exactly as Next.js 16.4.6 wrote it
// (tests/fixtures/documents), what its inline script does in a browser's order of events, and pages changed
// the ways a Next.js upgrade could change them: each must stop the build, never pass quietly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import {
  fallbackDelayMs,
  scriptsStartedAfterPaint,
  startAfterFirstPaint,
  startScriptId,
} from '@/lib/documents/start-after-paint';
import { stripFramework, UnexpectedFrameworkOutput } from '@/lib/documents/strip';
import nextConfig from '../../../next.config.mjs';
import { assetsOf } from '../../bench/lib/page-weight';

const fixtures = path.join(process.cwd(), 'tests/fixtures/documents');
const fixture = readFileSync(path.join(fixtures, 'next-16.4.6-is-iop-right-for-me.html'), 'utf8');
const ours = '/enhance.js';
const start = (html: string) => startAfterFirstPaint(html, ours, 'is-iop-right-for-me.html');

const asyncFrameworkTag = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
/** The framework files the fixture loads with <script async>, in document order, read independently of the code. */
const written = [...fixture.matchAll(asyncFrameworkTag)].map((match) => match[1]!);
const startScriptOf = (html: string) => new RegExp(`<script id="${startScriptId}">([\\s\\S]*?)</script>`).exec(html);

describe('startAfterFirstPaint on the self-check Next.js 16.4.6 wrote', () => {
  const { html, deferred } = start(fixture);

  it('takes out every framework <script async>, head and body, and starts the same files in the same order', () => {
    expect(written.length).toBeGreaterThan(4);
    expect(deferred).toEqual(written);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*\basync/);
    expect(scriptsStartedAfterPaint(html)).toEqual(written);
    expect(scriptsStartedAfterPaint(fixture)).toEqual([]);
  });

  it('changes nothing else: preload hints, the noModule polyfills, inline scripts, the site script stay as written', () => {
    const startTag = startScriptOf(html)![0];
    expect(html.replace(startTag, '')).toBe(fixture.replace(asyncFrameworkTag, ''));
    expect(html).toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/');
    expect(html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js" noModule=""><\/script>/);
    expect(html).toContain('<script id="_R_">(globalThis["TURBOPACK"]');
    expect(html).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(html).toContain('<script type="module" src="/enhance.js?v=');
  });

  it('adds one inline script, last in <body>', () => {
    expect(html.match(new RegExp(`id="${startScriptId}"`, 'g'))).toHaveLength(1);
    expect(html.slice(html.lastIndexOf('<script'))).toMatch(
      new RegExp(`^<script id="${startScriptId}">[^\\n]*</script></body></html>$`),
    );
  });

  it('keeps structured data', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"WebSite"}</script>';
    expect(start(fixture.replace('</head>', `${jsonLd}</head>`)).html).toContain(jsonLd);
  });

  it('loads the same files as the page Next.js wrote (what the bench and the performance test weigh)', () => {
    expect(assetsOf(html).scripts.sort()).toEqual(assetsOf(fixture).scripts.sort());
  });
});

/** The inline script run against a stand-in for the browser: frames and timers happen only when the test says. */
function browser(html: string) {
  const added: { src: string; async: boolean; parent: string }[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const frames: (() => void)[] = [];
  let now = 0;
  const element = (parent: string) => ({
    appendChild: (child: { src: string; async: boolean }) => added.push({ ...child, parent }),
  });
  runInNewContext(startScriptOf(html)![1]!, {
    document: { head: element('head'), body: element('body'), createElement: () => ({ src: '', async: false }) },
    setTimeout: (run: () => void, delay: number) => timers.push({ at: now + delay, run }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
  });
  return {
    added,
    /** The browser renders a frame: rAF callbacks run, then it paints. */
    frame: () => frames.splice(0).forEach((run) => run()),
    /** Time passes: every timer due by then runs, in order. */
    wait: (ms: number) => {
      now += ms;
      for (let due = timers.find((t) => t.at <= now); due; due = timers.find((t) => t.at <= now)) {
        timers.splice(timers.indexOf(due), 1);
        due.run();
      }
    },
  };
}

describe('the inline script', () => {
  const { html } = start(fixture);

  it('starts nothing before the first frame, then every file, async, in order, in the task after it', () => {
    const page = browser(html);
    page.wait(0);
    expect(page.added).toEqual([]);
    page.frame();
    expect(page.added).toEqual([]); // the frame is painted first
    page.wait(0);
    expect(page.added).toEqual(written.map((src) => ({ src, async: true, parent: 'head' })));
  });

  it(`starts anyway after ${fallbackDelayMs} ms when no frame comes (a background tab), and only once`, () => {
    const page = browser(html);
    page.wait(fallbackDelayMs - 1);
    expect(page.added).toEqual([]);
    page.wait(1);
    expect(page.added.map((script) => script.src)).toEqual(written);
    page.frame();
    page.wait(fallbackDelayMs);
    expect(page.added).toHaveLength(written.length);
  });

  it('once when the frame comes first and the timer later', () => {
    const page = browser(html);
    page.frame();
    page.wait(fallbackDelayMs);
    expect(page.added).toHaveLength(written.length);
  });

  it("writes no markup and runs no strings as code (the site's Content-Security-Policy allows neither)", () => {
    expect(startScriptOf(html)![1]).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(/,
    );
  });

  it("the site's Content-Security-Policy lets it run: 'unsafe-inline', and no nonce or hash that would turn it off", async () => {
    const config: NextConfig = await nextConfig('phase-production-server');
    const policies = (await config.headers!()).flatMap((rule) =>
      rule.headers.filter((header) => header.key === 'Content-Security-Policy').map((header) => header.value),
    );
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const scriptSrc = policy.split(';').find((part: string) => part.trim().startsWith('script-src'));
      expect(scriptSrc).toContain("'unsafe-inline'");
      // With a nonce or a hash in script-src, browsers ignore 'unsafe-inline': this script (and the React
      // payload) would need one too.
      expect(scriptSrc).not.toMatch(/'nonce-|'sha(256|384|512)-|'strict-dynamic'/);
    }
  });
});

describe('startAfterFirstPaint stops the build when the page is not what it expects', () => {
  const expectStop = (html: string, message: RegExp) => {
    expect(() => start(html)).toThrow(UnexpectedFrameworkOutput);
    expect(() => start(html)).toThrow(message);
  };
  const first = written[0]!;

  it('a page already rewritten: the step ran twice without its record', () => {
    expectStop(
      start(fixture).html,
      /the framework already starts after the first paint: this page was rewritten before/,
    );
  });

  it('a page without the framework: a document page, or Next.js now loads its runtime another way', () => {
    expectStop(fixture.replace(asyncFrameworkTag, ''), /no <script src="\/_next\/static\/...js" async=""> was found/);
    const documentPage = readFileSync(path.join(fixtures, 'next-16.4.6-get-help-now.html'), 'utf8');
    expectStop(stripFramework(documentPage, ours, 'get-help-now.html').html, /no <script src=/);
  });

  it('a script it does not know, inline or external', () => {
    expectStop(
      fixture.replace('</head>', '<script src="/analytics.js" async=""></script></head>'),
      /a script this site does not know: <script src="\/analytics.js"/,
    );
    expectStop(
      fixture.replace('</body>', '<script>$RC("B:0","S:0")</script></body>'),
      /an inline script this site does not know: <script>\$RC/,
    );
  });

  it('a framework script with a body', () => {
    expectStop(
      fixture.replace(`<script src="${first}" async=""></script>`, `<script src="${first}" async="">go()</script>`),
      /a script has both a src and a body/,
    );
  });

  it('a framework script written another way (its loader would have to copy that too)', () => {
    for (const other of [
      'defer=""',
      'type="module" async=""',
      'async="" crossorigin=""',
      'async="" integrity="sha384-x"',
      '',
    ])
      expectStop(
        fixture.replace(`<script src="${first}" async="">`, `<script src="${first}"${other ? ` ${other}` : ''}>`),
        /a framework script written in a way this file does not know \(only async="" or noModule=""\)/,
      );
  });

  it('a framework address it does not know (only chunk names are written into the inline script)', () => {
    expectStop(
      fixture.replace(`<script src="${first}"`, `<script src="${first}?dpl=abc"`),
      /a framework script address this file does not know/,
    );
  });

  it('a page that does not end with </body></html>', () => {
    expectStop(fixture.replace('</body></html>', '</body></html><!-- x -->'), /does not end with <\/body><\/html>/);
  });

  it('says what to do, naming the page and this file', () => {
    expect(() => start(fixture.replace('</body></html>', ''))).toThrow(
      /^is-iop-right-for-me.html: .*Next.js no longer writes pages the way lib\/documents\/start-after-paint.ts expects .*update the patterns in lib\/documents\/start-after-paint.ts and its test \(tests\/unit\/documents\/start-after-paint.test.ts\)/,
    );
  });
});
