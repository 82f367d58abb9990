// The Chromium every browser test and benchmark uses. This project's machines cannot download
// browsers, so Debian's Chromium is used where it exists (CHROMIUM_PATH overrides it); elsewhere
// callers fall back to their tool's own browser.
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that keep Chromium quiet on a closed network (no background requests, no updates, no sync). */
export const quietChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
