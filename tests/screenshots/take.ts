// `npm run screenshots`: the pages a reviewer needs to see, as a reader sees them, without opening a
// browser by hand. Builds the site (skip with `-- --no-build` to reuse the last build), serves it, and
// saves full-page pictures of each page at phone and desktop width, in light and dark mode, into
// screenshots/ (git-ignored). Uses the same Chromium as the browser tests (tests/chromium.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { hasBuild, startNext } from '../support/next-server';
import { chromiumPath, quietChromiumFlags } from '../chromium';

/** Each page a reviewer looks at, by the name its pictures get. */
export const pages = {
  home: '/',
  article: '/learn/what-is-an-iop',
  faq: '/learn/faq',
  'get-help-now': '/get-help-now',
  'self-check': '/is-iop-right-for-me',
} as const;

export const widths = [360, 1280] as const;
export const schemes = ['light', 'dark'] as const;

/** The file name of one picture, e.g. home-360-dark.png. */
export const pictureName = (page: string, width: number, scheme: string) => `${page}-${width}-${scheme}.png`;

const root = process.cwd();
const outDir = path.join(root, 'screenshots');

async function main(args: string[]): Promise<number> {
  if (!args.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) return build.status ?? 1;
  } else if (!hasBuild(root)) {
    console.error('There is no build to reuse: run npm run screenshots without --no-build.');
    return 1;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const server = await startNext(root);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: quietChromiumFlags });
  try {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const [name, address] of Object.entries(pages)) {
          await page.goto(`${server.url}${address}`, { waitUntil: 'load' });
          const file = path.join(outDir, pictureName(name, width, colorScheme));
          await page.screenshot({ path: file, fullPage: true });
          console.log(path.relative(root, file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`${Object.keys(pages).length * widths.length * schemes.length} pictures in screenshots/.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
