// Values worked out once per server process: the content, the search index, the redirect list.
// Kept on globalThis, not in module variables: Next.js bundles a module into each route that uses it
// (pages, social images, sitemap, feed, the proxy) and one build worker renders them all, so a module
// variable would be filled once per bundle instead of once per process.

interface Entry {
  version: unknown;
  value: unknown;
}

const store = globalThis as { __iopGuideOnce?: Map<string, Entry> };

/**
 * The value named `key`, worked out by `make` the first time, and again only when `version` changes
 * (compared with Object.is: a string such as the content files' change times, or the object a value is
 * made from). `make` throwing stores nothing, so the next call tries again.
 */
export function once<T>(key: string, make: () => T, version: unknown = undefined): T {
  const entries = (store.__iopGuideOnce ??= new Map());
  const entry = entries.get(key);
  if (entry && Object.is(entry.version, version)) return entry.value as T;
  const value = make();
  entries.set(key, { version, value });
  return value;
}

/** Forgets every value (for tests). */
export function forgetAll(): void {
  store.__iopGuideOnce?.clear();
}
