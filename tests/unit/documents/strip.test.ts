// lib/documents/strip.ts on a page exactly as Next.js 16.4.6 wrote it (tests/fixtures/documents), and on
// pages changed the ways a Next.js upgrade could change them: each must stop the build, never pass quietly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripFramework, UnexpectedFrameworkOutput } from '@/lib/documents/strip';

const fixture = readFileSync(
  path.join(process.cwd(), 'tests/fixtures/documents/next-16.4.6-get-help-now.html'),
  'utf8',
);
const ours = '/enhance.js';
const strip = (html: string) => stripFramework(html, ours, 'get-help-now.html');
const scriptsOf = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];
/** Everything but scripts and script preloads: what stripping must leave exactly as it was. */
const withoutScripts = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/g, '');

describe('stripFramework on a page Next.js 16.4.6 wrote', () => {
  const { html, removed } = strip(fixture);

  it('removes every framework script, its preload, the Turbopack bootstrap and the React payload', () => {
    expect(scriptsOf(fixture).filter((tag) => tag.includes('/_next/static/')).length).toBe(removed.frameworkScripts);
    expect(removed.frameworkScripts).toBeGreaterThan(3);
    expect(removed.scriptPreloads).toBe(1);
    expect(removed.inlineBytes).toBeGreaterThan(10_000);
    expect(html).not.toMatch(/_next\/static\/[^"]+\.js|__next_f|TURBOPACK/);
  });

  it("keeps the site's own module script, and everything that is not a script exactly as it was", () => {
    expect(scriptsOf(html)).toEqual(['<script type="module" src="/enhance.js?v=861c7b27ac" async="">']);
    expect(withoutScripts(html)).toBe(withoutScripts(fixture));
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/');
  });

  it('keeps structured data', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"WebSite"}</script>';
    expect(strip(fixture.replace('</head>', `${jsonLd}</head>`)).html).toContain(jsonLd);
  });
});

describe('stripFramework stops the build when the page is not what it expects', () => {
  const expectStop = (html: string, message: RegExp) => {
    expect(() => strip(html)).toThrow(UnexpectedFrameworkOutput);
    expect(() => strip(html)).toThrow(message);
  };

  it('an inline script it does not know (one could be what shows part of the page)', () => {
    expectStop(
      fixture.replace('</body>', '<script>$RC("B:0","S:0")</script></body>'),
      /an inline script this site does not know: <script>\$RC/,
    );
  });

  it('an external script that is neither the framework nor the site', () => {
    expectStop(
      fixture.replace('</head>', '<script src="/analytics.js" async=""></script></head>'),
      /a script this site does not know: <script src="\/analytics.js"/,
    );
    expectStop(
      fixture.replace('</head>', '<script src="/enhance.js"></script></head>'),
      /a script this site does not know/,
    ); // ours, but not as a module
  });

  it('a preload of a script that is not a framework file', () => {
    expectStop(
      fixture.replace('</head>', '<link rel="modulepreload" href="/somewhere/else.js"/></head>'),
      /a script preload this site does not know/,
    );
  });

  it('a page without the framework: already stripped, or Next.js now loads its runtime another way', () => {
    expectStop(strip(fixture).html, /no <script src="\/_next\/static\/...js"> was found/);
  });

  it('a page whose React payload is missing or written differently', () => {
    const noStart = fixture.replace('<script>(self.__next_f=self.__next_f||[]).push([0])</script>', '');
    expectStop(noStart, /expected one start of the React payload/);
    const renamed = fixture.replaceAll('self.__next_f.push([1,', 'self.__next_f.add([1,');
    expectStop(renamed, /an inline script this site does not know/);
  });

  it('a framework address left in the page after stripping it', () => {
    expectStop(
      fixture.replace('</body>', '<a href="/_next/static/chunks/abc.js">x</a></body>'),
      /a framework script address is still in the page/,
    );
  });

  it('says what to do, naming the page', () => {
    expect(() => strip(fixture.replace('</body>', '<script>x()</script></body>'))).toThrow(
      /^get-help-now.html: .*Next.js no longer writes pages the way lib\/documents\/strip.ts expects .*update the patterns in lib\/documents\/strip.ts/,
    );
  });
});
