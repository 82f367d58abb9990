// `npm run readability`: prints the Flesch-Kincaid grade and SMOG index of every article's prose
// (content/*.mdx), or only of the files given: `npm run readability -- content/faq.mdx`.
// Exits 1 only if an article is above the hard limit (LIMIT_FK); missing the targets is reported
// as ABOVE TARGET, a goal for editors, not a failure.
import { existsSync } from 'node:fs';
import { articlePaths } from '../lib/content/files';
import { aboveLimit, measureArticles } from '../lib/readability/articles';
import { formatSummary, formatTable } from '../lib/readability/report';

function main(args: string[]): number {
  const files = args.length ? args : articlePaths();
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length) {
    console.error(`No such file: ${missing.join(', ')}`);
    return 2;
  }
  const results = measureArticles(files);
  console.log(formatTable(results));
  console.log('');
  console.log(formatSummary(results));
  return results.some(aboveLimit) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
