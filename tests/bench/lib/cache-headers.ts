// The Cache-Control each kind of address gets from `next start`, and what nginx's cache makes of it.
import { findNginx, startCachingProxy } from '../../nginx/nginx';
import { assetsOf } from './page-weight';

export interface CacheHeaders {
  path: string;
  next: string;
  /** Cache-Control and X-Cache-Status of the second request through the tested nginx config */
  nginx?: string;
}

/** The pages measured plus /get-help-now and one hashed file under /_next/static (from the self-check, an app page). */
export async function cacheHeaders(baseUrl: string, pagePaths: string[]): Promise<CacheHeaders[]> {
  const appPage = await (await fetch(`${baseUrl}/is-iop-right-for-me`)).text();
  const asset = assetsOf(appPage).scripts.find((src) => src.startsWith('/_next/static/'));
  const paths = [...new Set([...pagePaths, '/get-help-now', ...(asset ? [asset] : [])])];
  const headerOf = async (url: string) => (await fetch(url)).headers;
  const results: CacheHeaders[] = [];
  for (const path of paths)
    results.push({ path, next: (await headerOf(`${baseUrl}${path}`)).get('cache-control') ?? '(none)' });
  if (!findNginx()) return results;
  const nginx = await startCachingProxy(new URL(baseUrl).host);
  try {
    for (const result of results) {
      await headerOf(`${nginx.url}${result.path}`);
      const second = await headerOf(`${nginx.url}${result.path}`);
      result.nginx = `${second.get('cache-control') ?? '(none)'} [${second.get('x-cache-status') ?? 'no X-Cache-Status'}]`;
    }
  } finally {
    await nginx.stop();
  }
  return results;
}
