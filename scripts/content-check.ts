// `npm run content:check`: checks every file in content/ without building the site.
//   npm run content:check -- some/other/content    checks another folder (the benchmark uses it)
//   CONTENT_CHECK_TODAY=2027-01-15 npm run content:check    checks the review dates as on that day
import path from 'node:path';
import { formatReport } from '../lib/content/check';
import { checkContentInParallel } from '../lib/content/check-parallel';

async function main(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const today = env.CONTENT_CHECK_TODAY?.trim() || undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`CONTENT_CHECK_TODAY must be a date like 2026-11-20, got "${today}".`);
    return 2;
  }
  const dir = args[0] ? path.resolve(args[0]) : undefined;
  const result = await checkContentInParallel(dir, { today });
  console.log(formatReport(result));
  return result.errors > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2), process.env);
