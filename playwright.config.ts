import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, quietChromiumFlags } from './tests/chromium';

// Tests run against the production build (`next build` first, then `next start`), as readers get it.
// A random port unless E2E_PORT is set, so a server left running elsewhere cannot collide with the tests.
// Set once in the runner's environment, so the test workers (which inherit it) agree on it.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 90_000, // axe on a long page can take a while on a 2-core machine that is also building
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: quietChromiumFlags,
        },
      },
    },
  ],
  webServer: {
    // The document-pages step first (scripts/document-pages.ts: it does nothing on a build already through it), so a
    // build made by `next build` alone is tested as readers get it; then `exec`, so the server is the one process.
    command: `node node_modules/tsx/dist/cli.mjs scripts/document-pages.ts && exec node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
