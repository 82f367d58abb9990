// What a page weighs for a modern browser: its HTML, the JavaScript files it loads (<script src>, not the
// noModule ones a modern browser skips, the files an app page starts after its first paint, and
// <link rel="modulepreload"> or preload as="script") and its stylesheets, raw and gzipped.
// The bench and tests/e2e/performance.spec.ts both measure with this, so their figures agree.
import { gzipSync } from 'node:zlib';
import { scriptsStartedAfterPaint } from '../../../lib/documents/start-after-paint';

export interface Bytes {
  raw: number;
  /** gzip at zlib's default level (6), which is what `next start` sends */
  gzip: number;
}

export interface PageWeight {
  path: string;
  status: number;
  html: Bytes;
  js: Bytes & { files: number };
  /** The part of `js` that is Next.js's own (files under /_next/) */
  frameworkJs: Bytes & { files: number };
  css: Bytes & { files: number };
  /** The page asks search engines not to index it (<meta name="robots" content="noindex">) */
  noindex: boolean;
}

export const gzipSize = (body: Buffer | string): number => gzipSync(body).length;
const bytesOf = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSize(body) });

/** Every script file a module-capable browser loads (run or preloaded), and the href of every stylesheet. */
export function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((value) => value !== undefined);
  const scripts = (html.match(/<script\b[^>]*>/gi) ?? [])
    .filter((tag) => !/\snomodule(\s|=|>|\/)/i.test(tag))
    .map((tag) => attribute(tag, 'src'))
    .filter((src): src is string => Boolean(src));
  const links = html.match(/<link\b[^>]*>/gi) ?? [];
  const hrefs = (wanted: (tag: string) => boolean) =>
    links
      .filter(wanted)
      .map((tag) => attribute(tag, 'href'))
      .filter((href): href is string => Boolean(href));
  const styles = hrefs((tag) => /^stylesheet$/i.test(attribute(tag, 'rel') ?? ''));
  const preloads = hrefs(
    (tag) =>
      /^modulepreload$/i.test(attribute(tag, 'rel') ?? '') ||
      (/^preload$/i.test(attribute(tag, 'rel') ?? '') && attribute(tag, 'as') === 'script'),
  );
  scripts.push(...scriptsStartedAfterPaint(html), ...preloads);
  const decode = (url: string) => url.replace(/&amp;/g, '&');
  return { scripts: [...new Set(scripts.map(decode))], styles: [...new Set(styles.map(decode))] };
}

/** Fetches a page and every script and stylesheet it loads (each file once) and adds up their sizes. */
export async function measurePage(baseUrl: string, pagePath: string): Promise<PageWeight> {
  const response = await fetch(new URL(pagePath, baseUrl));
  const html = Buffer.from(await response.arrayBuffer());
  const empty = { raw: 0, gzip: 0, files: 0 };
  const text = html.toString('utf8');
  const noindex = /<meta\b(?=[^>]*\bname="robots")(?=[^>]*\bcontent="[^"]*noindex)[^>]*>/i.test(text);
  if (!response.ok && response.status !== 404)
    return {
      path: pagePath,
      status: response.status,
      html: bytesOf(html),
      js: empty,
      frameworkJs: empty,
      css: empty,
      noindex,
    };
  const { scripts, styles } = assetsOf(text);
  const total = async (urls: string[]) => {
    const bodies = await Promise.all(urls.map((url) => fetchAsset(new URL(url, response.url))));
    return {
      files: bodies.length,
      raw: bodies.reduce((sum, body) => sum + body.length, 0),
      gzip: bodies.reduce((sum, body) => sum + gzipSize(body), 0),
    };
  };
  return {
    path: pagePath,
    status: response.status,
    html: bytesOf(html),
    js: await total(scripts),
    frameworkJs: await total(scripts.filter((url) => new URL(url, response.url).pathname.startsWith('/_next/'))),
    css: await total(styles),
    noindex,
  };
}

async function fetchAsset(url: URL): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
