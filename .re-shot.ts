import { chromium } from '@playwright/test';
const [url, width, scheme, out, scrollTo] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const w = Number(width);
const page = await browser.newPage({ viewport: { width: w, height: w < 500 ? 740 : 800 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(url);
if (scrollTo) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), scrollTo);
await page.screenshot({ path: out });
await browser.close();
