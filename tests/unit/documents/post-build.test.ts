// lib/documents/post-build.ts on a small build folder made like Next.js 16.4.6 makes .next: every page has
// a kind, every document page is prerendered and stripped once, every prerendered app page starts React after
// its first paint once, and anything else stops the build.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appPages, documentPages } from '@/lib/documents/pages';
import { originalFile, stripDocumentPages } from '@/lib/documents/post-build';
import { scriptsStartedAfterPaint } from '@/lib/documents/start-after-paint';

const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests/fixtures/documents', name), 'utf8');
const page = fixture('next-16.4.6-get-help-now.html');
const appPage = fixture('next-16.4.6-is-iop-right-for-me.html');
const articles = ['/learn/what-is-an-iop', '/learn/faq'];
// /learn lists every article; an article with an FAQ also has its all-answers version.
const learnPages = ['/learn', '/learn/faq/all-answers'];
let dir: string;
const made: string[] = [];

/** A project folder whose .next has what post-build reads: BUILD_ID, the two manifests, and the pages. */
function fakeBuild({
  routes = [...documentPages, ...appPages],
  prerendered = [
    '/',
    ...learnPages,
    ...articles,
    '/glossary',
    '/about',
    '/get-help-now',
    '/_not-found',
    '/is-iop-right-for-me',
    '/_global-error',
  ],
} = {}) {
  dir = mkdtempSync(path.join(tmpdir(), 'iop-post-build-'));
  made.push(dir);
  const next = path.join(dir, '.next');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(next, file)), { recursive: true });
    writeFileSync(path.join(next, file), text);
  };
  write('BUILD_ID', 'build-1');
  const entry = (route: string) => (route === '/' ? '/page' : `${route}/page`);
  write(
    'app-path-routes-manifest.json',
    JSON.stringify(
      Object.fromEntries([...routes.map((route) => [entry(route), route]), ['/feed.xml/route', '/feed.xml']]),
    ),
  );
  const srcRoute = (pagePath: string) =>
    pagePath.endsWith('/all-answers')
      ? '/learn/[slug]/all-answers'
      : pagePath.startsWith('/learn/')
        ? '/learn/[slug]'
        : pagePath;
  write(
    'prerender-manifest.json',
    JSON.stringify({
      routes: Object.fromEntries(prerendered.map((pagePath) => [pagePath, { srcRoute: srcRoute(pagePath) }])),
    }),
  );
  for (const pagePath of prerendered)
    write(
      `server/app/${pagePath === '/' ? 'index' : pagePath.slice(1)}.html`,
      pagePath === '/is-iop-right-for-me' ? appPage : page,
    );
  write('server/pages/404.html', page);
  return next;
}

afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('stripDocumentPages', () => {
  it('strips every document page, keeps the original beside it, and leaves app pages with the framework', () => {
    const next = fakeBuild();
    const { manifest, alreadyDone } = stripDocumentPages(dir);
    expect(alreadyDone).toBe(false);
    expect(manifest.pages.map((entry) => entry.path).sort()).toEqual(
      ['/', '/_not-found', '/about', '/get-help-now', '/glossary', ...learnPages, ...articles].sort(),
    );
    for (const entry of manifest.pages) {
      const served = readFileSync(path.join(dir, entry.file), 'utf8');
      expect(served, entry.path).not.toContain('/_next/static/chunks/turbopack');
      expect(entry.bytesAfter).toBeLessThan(entry.bytesBefore);
      expect(readFileSync(originalFile(next, entry.path), 'utf8')).toBe(page);
    }
    expect(readFileSync(path.join(next, 'server/app/is-iop-right-for-me.html'), 'utf8')).toContain('self.__next_f');
    expect(readFileSync(path.join(next, 'server/pages/404.html'), 'utf8')).toBe(
      readFileSync(path.join(next, 'server/app/_not-found.html'), 'utf8'),
    );
  });

  it('makes each prerendered app page start the framework after its first paint, keeping the original beside it', () => {
    const next = fakeBuild();
    const { manifest } = stripDocumentPages(dir);
    const served = readFileSync(path.join(next, 'server/app/is-iop-right-for-me.html'), 'utf8');
    expect(manifest.appPages).toEqual([
      expect.objectContaining({ path: '/is-iop-right-for-me', file: '.next/server/app/is-iop-right-for-me.html' }),
    ]);
    expect(manifest.appPages[0]!.deferred.length).toBeGreaterThan(4);
    expect(scriptsStartedAfterPaint(served)).toEqual(manifest.appPages[0]!.deferred);
    expect(readFileSync(originalFile(next, '/is-iop-right-for-me'), 'utf8')).toBe(appPage);
  });

  it("leaves Next.js's own error page as Next.js made it, and skips app pages rendered per request", () => {
    const next = fakeBuild();
    stripDocumentPages(dir);
    expect(readFileSync(path.join(next, 'server/app/_global-error.html'), 'utf8')).toBe(page);
    const notPrerendered = fakeBuild({
      prerendered: ['/', ...learnPages, ...articles, '/glossary', '/about', '/get-help-now', '/_not-found'],
    });
    expect(stripDocumentPages(dir).manifest.appPages).toEqual([]);
    expect(existsSync(path.join(notPrerendered, 'server/app/is-iop-right-for-me.html'))).toBe(false);
  });

  it('runs once per build: a second run changes nothing and says so', () => {
    const next = fakeBuild();
    const first = stripDocumentPages(dir);
    const served = readFileSync(path.join(next, 'server/app/is-iop-right-for-me.html'), 'utf8');
    const second = stripDocumentPages(dir);
    expect(second.alreadyDone).toBe(true);
    expect(second.manifest).toEqual(first.manifest);
    expect(readFileSync(path.join(next, 'server/app/is-iop-right-for-me.html'), 'utf8')).toBe(served);
  });

  it('stops on a build rewritten by an older version of the step (its record has no app pages)', () => {
    const next = fakeBuild();
    const { manifest } = stripDocumentPages(dir);
    const manifestFile = path.join(next, 'document-pages/manifest.json');
    writeFileSync(manifestFile, JSON.stringify({ buildId: manifest.buildId, pages: manifest.pages }));
    expect(() => stripDocumentPages(dir)).toThrow(
      'this build was rewritten by an older version of this step (' + manifestFile + ' has no appPages). Build again',
    );
  });

  it('stops when the record is gone but the pages were rewritten: never rewrites a page twice', () => {
    const next = fakeBuild();
    stripDocumentPages(dir);
    rmSync(path.join(next, 'document-pages/manifest.json'));
    expect(() => stripDocumentPages(dir)).toThrow(/no <script src="\/_next\/static\/...js"> was found/);
  });

  it('skips a prerendered redirect (a retired article answers 308, not with a page)', () => {
    const next = fakeBuild({
      prerendered: [
        '/',
        ...learnPages,
        ...articles,
        '/learn/what-is-iop',
        '/glossary',
        '/about',
        '/get-help-now',
        '/_not-found',
      ],
    });
    writeFileSync(
      path.join(next, 'server/app/learn/what-is-iop.meta'),
      JSON.stringify({ status: 308, headers: { location: '/learn/what-is-an-iop' } }),
    );
    const paths = stripDocumentPages(dir).manifest.pages.map((entry) => entry.path);
    expect(paths).not.toContain('/learn/what-is-iop');
    expect(readFileSync(path.join(next, 'server/app/learn/what-is-iop.html'), 'utf8')).toBe(page);
  });

  it('stops on a page that is neither a document nor an app page', () => {
    fakeBuild({ routes: [...documentPages, ...appPages, '/new-page'] });
    expect(() => stripDocumentPages(dir)).toThrow(
      '/new-page is neither a document page nor an app page: add it, with its kind, to lib/routes.mjs.',
    );
  });

  it('stops on a listed page the build does not have', () => {
    fakeBuild({ routes: [...documentPages, ...appPages].filter((route) => route !== '/glossary') });
    expect(() => stripDocumentPages(dir)).toThrow(
      '/glossary is listed in lib/routes.mjs, but the build has no such page',
    );
  });

  it('stops on a document page rendered per request', () => {
    fakeBuild({ prerendered: ['/', ...learnPages, ...articles, '/about', '/get-help-now', '/_not-found'] });
    expect(() => stripDocumentPages(dir)).toThrow('/glossary is not prerendered (Next.js renders it per request)');
  });

  it('stops when a prerendered page is not where next start serves it from, or the 404 copy differs', () => {
    const next = fakeBuild();
    rmSync(path.join(next, 'server/app/about.html'));
    expect(() => stripDocumentPages(dir)).toThrow(
      /about.html: the prerendered page of \/about is not where next start serves it from/,
    );
    const other = fakeBuild();
    writeFileSync(path.join(other, 'server/pages/404.html'), '<!DOCTYPE html><p>another 404</p>');
    expect(() => stripDocumentPages(dir)).toThrow(/404.html: it is no longer a copy of the app 404 page/);
  });

  it('stops without a build', () => {
    fakeBuild();
    rmSync(path.join(dir, '.next/BUILD_ID'));
    expect(() => stripDocumentPages(dir)).toThrow('No build in');
    expect(existsSync(path.join(dir, '.next/document-pages/manifest.json'))).toBe(false);
  });
});
