// The hostile-input suite's requests, shared by the browser-free e2e run against `next start`
// (tests/e2e/hostile-input.spec.ts) and the run through the nginx cache (tests/nginx/cache.test.ts).
// Every route type gets every variation: framework-internal headers, forged internal headers, odd
// methods, prototype words, an encoded address. Grow the lists when a new kind of request is found.
import { request as httpRequest } from 'node:http';
import { postedFormHeader } from '../../lib/selfcheck/form-post';

export interface RouteType {
  name: string;
  path: string;
  /** A document that is the same for every reader: a plain GET of it may be kept by a shared cache. */
  shared: boolean;
  /**
   * A file Next.js serves itself (under /_next/static, or from public/) before any of the site's code
   * runs: next start answers any method but GET and HEAD for it with a 500 (nginx in front, a 405).
   */
  file?: true;
}

/** One route of each type the site has. `asset` is a hashed file under /_next/static (see assetPath). */
export const routeTypes = (asset: string): RouteType[] => [
  { name: 'home', path: '/', shared: true },
  { name: 'article', path: '/learn/what-is-an-iop', shared: true },
  { name: 'glossary', path: '/glossary', shared: true },
  { name: 'get help now', path: '/get-help-now', shared: true },
  { name: 'self-check', path: '/is-iop-right-for-me', shared: true },
  { name: 'self-check answers', path: '/is-iop-right-for-me/answers', shared: false },
  { name: 'search', path: '/search?q=relapse', shared: false },
  { name: 'search results', path: '/search/results?q=relapse', shared: false },
  { name: 'sitemap', path: '/sitemap.xml', shared: true },
  { name: 'feed', path: '/feed.xml', shared: true },
  { name: 'missing page', path: '/no-such-page', shared: false },
  { name: 'redirect of a retired article', path: '/learn/what-is-iop', shared: true },
  { name: 'static asset', path: asset, shared: true, file: true },
  { name: "document pages' script", path: '/enhance.js', shared: true, file: true },
  { name: 'social image', path: '/learn/what-is-an-iop/opengraph-image', shared: true },
];

export interface Variation {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Changes the address: adds to its query, encodes it, ... */
  path?: (path: string) => string;
  /** A request the framework makes for itself: its answer must never be kept by a shared cache. */
  framework?: true;
}

/** The prototype words that once broke search, and others like them. */
export const prototypeWords = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
const withQueryFirst = (path: string, query: string) =>
  path.includes('?') ? path.replace('?', `?${query}&`) : `${path}?${query}`;
/** The address with its first letter %-encoded: /learn/... becomes /%6cearn/... */
const encodeFirstLetter = (path: string) =>
  path.replace(/^\/([a-z])/, (_, letter: string) => `/%${letter.charCodeAt(0).toString(16)}`);

export const variations: Variation[] = [
  { name: 'plain GET' },
  { name: 'HEAD', method: 'HEAD' },
  { name: 'rsc', headers: { rsc: '1' }, framework: true },
  {
    name: 'rsc with its _rsc parameter',
    headers: { rsc: '1' },
    path: (path) => withQuery(path, '_rsc=1x2y3'),
    framework: true,
  },
  { name: 'only the _rsc parameter', path: (path) => withQuery(path, '_rsc=1x2y3'), framework: true },
  {
    name: 'next-router-state-tree',
    headers: {
      rsc: '1',
      'next-router-state-tree': encodeURIComponent(
        JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]),
      ),
    },
    framework: true,
  },
  { name: 'a broken next-router-state-tree', headers: { 'next-router-state-tree': '%7B%zz' }, framework: true },
  { name: 'next-router-prefetch', headers: { rsc: '1', 'next-router-prefetch': '1' }, framework: true },
  {
    name: 'next-router-segment-prefetch',
    headers: { rsc: '1', 'next-router-segment-prefetch': '/_tree' },
    framework: true,
  },
  { name: 'next-action on a GET', headers: { 'next-action': '7f'.repeat(21) }, framework: true },
  {
    name: 'a forged next-action post',
    method: 'POST',
    headers: { 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' },
    body: '["$K1"]',
    framework: true,
  },
  { name: 'x-middleware-subrequest', headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
  { name: 'the posted-form header', headers: { [postedFormHeader]: 'for=self&danger=voices&daily-life-hard=yes' } },
  // First in the query, so the search reads its q= from here.
  {
    name: 'prototype words in the query',
    path: (path) => withQueryFirst(path, `q=${prototypeWords.join('+')}&__proto__[x]=1&constructor[prototype]=1`),
  },
  { name: 'an encoded address', path: encodeFirstLetter },
  { name: 'OPTIONS', method: 'OPTIONS' },
  { name: 'PUT', method: 'PUT', body: 'x' },
  { name: 'DELETE', method: 'DELETE' },
  { name: 'PATCH', method: 'PATCH', body: 'x' },
  { name: 'PROPFIND', method: 'PROPFIND' },
  { name: 'TRACE', method: 'TRACE' },
  { name: 'a made-up method', method: 'BREW' },
];

/** Methods a shared cache may store an answer to. Answers to other methods are never stored (RFC 9111). */
export const storableMethods = new Set(['GET', 'HEAD']);

/** The headers next.config.mjs sends with every answer, and what each must contain. */
export const securityHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=()',
  'cross-origin-opener-policy': 'same-origin',
};

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends one request exactly as given (any method, any header, the address unnormalised), which
 * fetch() will not do (it refuses TRACE). A HEAD answer has an empty body.
 */
export function send(
  baseUrl: string,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { connection: 'close', ...request.headers },
        timeout: 20_000,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer in 20 s: ${request.method ?? 'GET'} ${request.path}`)),
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** A hashed script the self-check loads (a static asset). */
export async function assetPath(baseUrl: string): Promise<string> {
  // The self-check is an app page: it loads the framework (document pages load none, lib/documents).
  const page = (await send(baseUrl, { path: '/is-iop-right-for-me' })).body;
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
  if (!script) throw new Error('The self-check loads no script under /_next/static/');
  return script;
}

/** Every route type with every variation: the requests to send, with what they are. */
export function hostileRequests(asset: string) {
  return routeTypes(asset).flatMap((route) =>
    variations.map((variation) => ({
      route,
      variation,
      label: `${variation.name} to the ${route.name} (${route.path})`,
      request: {
        method: variation.method ?? 'GET',
        path: variation.path ? variation.path(route.path) : route.path,
        headers: variation.headers,
        body: variation.body,
      },
    })),
  );
}

export type HostileRequest = ReturnType<typeof hostileRequests>[number];

const header = (answer: Answer, name: string) => [answer.headers[name] ?? []].flat().join(', ');

/**
 * Why this answer may not be kept by a shared cache, or undefined when it may: only a successful GET
 * or HEAD of a document that is the same for every reader, asked for as a reader would.
 */
export function mustNotBeShared({ route, variation, request }: HostileRequest, answer: Answer): string | undefined {
  if (!storableMethods.has(request.method)) return undefined; // never stored, whatever it says
  if (answer.status >= 400) return `an error (${answer.status})`;
  if (variation.framework) return 'a framework request';
  if (!route.shared) return `the ${route.name}, which is not the same for every reader`;
  return undefined;
}

/** Problems with one answer: a 5xx, a missing security header, a shared cache allowed to keep what it must not. */
export function problemsOf(hostile: HostileRequest, answer: Answer, { securityHeadersRequired = true } = {}): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  if (securityHeadersRequired) {
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!header(answer, name).includes(value))
        problems.push(`${name} is "${header(answer, name)}", not "${value}..."`);
    }
  }
  const reason = mustNotBeShared(hostile, answer);
  const cacheControl = header(answer, 'cache-control');
  if (reason && /\bpublic\b|s-maxage/.test(cacheControl))
    problems.push(`is ${reason}, but sent Cache-Control: ${cacheControl}`);
  if (/at [\w.<>]+ \(.*:\d+:\d+\)/.test(answer.body)) problems.push('shows a stack trace');
  if (/Search is not working right now|"status":"unavailable"/.test(answer.body)) problems.push('the search failed');
  if (header(answer, 'set-cookie')) problems.push('sets a cookie');
  return problems;
}
