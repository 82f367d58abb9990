// `npm run new -- "Article title"`: creates content/<slug>.mdx from the template in lib/content/new-article.ts,
// next in the reading order, and says what to do next. Never overwrites a file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlePaths } from '../lib/content/files';
import { parseFrontmatter } from '../lib/content/frontmatter';
import { newArticle } from '../lib/content/new-article';
import { todayIso } from '../lib/content/review';

function main(args: string[]): number {
  const title = args.join(' ').trim();
  if (!title) {
    console.error(
      'Give the title of the new article in quotes, like this:\n\n  npm run new -- "How long does an IOP last?"\n',
    );
    return 1;
  }
  const dir = path.join(process.cwd(), 'content');
  // The existing articles' order and section, read from their frontmatter only (fast, and works even if a file is broken).
  const existing = articlePaths(dir)
    .map((file) => parseFrontmatter(file, readFileSync(file, 'utf8')).data)
    .filter((data) => data !== undefined)
    .sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY));
  const orders = existing.map((data) => data.order).filter((order) => order !== undefined);
  const sections = [...new Set(existing.map((data) => data.section).filter((section) => section !== undefined))];

  let article: ReturnType<typeof newArticle>;
  try {
    article = newArticle({
      title,
      today: todayIso(),
      section: existing.at(-1)?.section ?? sections[0] ?? 'Understanding IOP',
      sections,
      order: Math.max(0, ...orders) + 1,
    });
  } catch (error) {
    console.error(`${(error as Error).message}. Use a title with words in it.`);
    return 1;
  }
  const name = `content/${article.slug}.mdx`;
  try {
    writeFileSync(path.join(dir, `${article.slug}.mdx`), article.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(
      `${name} already exists, so nothing was written. Open that file to change it, or choose a different title.`,
    );
    return 1;
  }
  console.log(`Created ${name}.

What to do next:
  1. Open ${name} and write the article. Replace the description, the two
     headings, the text under them and the source. The lines starting with # at the top say
     what each field is for.
  2. See it as a reader will while you write (copy this line into the terminal):
       npm run dev
     then open http://localhost:3000/learn/${article.slug}
  3. Check it:
       npm run content:check
     It ends with "Content check passed" when all is well. Until you have replaced all of the
     template's text, it names the lines that still have it. Each line names the file, the line
     number and what to change.
  4. When it is ready to publish, protect its section links (copy this line):
       npm run links:record
     and send your change (see "Send your change" in content/README.md).`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
