// The content check: the same code runs for `npm run content:check`, for `next build` (from
// next.config.mjs) and under the page loader, so an editor never sees the three disagree.
// On top of what the page loader checks, it compiles each file as the build does, checks the
// review dates against today, and warns about reading level and repeated headings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readingLevelProblems, repeatedHeadingProblems } from './advice';
import { citationProblems, glossaryCitationProblems } from './citations';
import { compileProblems, mdxParser } from './compile';
import { glossaryRelatedProblems } from './glossary';
import { readArticle, type ParsedArticle } from './parse';
import { checkPublishedLinks } from '../links/published';
import { holdBackFollowOns, reportLines, type Problem, type Report } from './problems';
import { templateProblems } from './new-article';
import { reviewProblems, todayIso } from './review';
import { linkDestinations, linkProblems, readContent, type Content, type FileChecks } from './loader';
import { dictionaryFor, shownTextOf, spellingProblems, WORD_LIST, type ShownText } from './spelling';
import { pagePaths } from './files';

export interface CheckResult {
  /** The problems an editor reads, in order: the files that cannot be read first (see holdBackFollowOns). */
  problems: Problem[];
  /** Follow-on problems held back, per file that cannot be read. */
  hidden: Report['hidden'];
  errors: number;
  warnings: number;
  files: number;
}

export interface CheckOptions {
  /** Today as YYYY-MM-DD, for the review dates. Tests fix it; the build always uses the real date. */
  today?: string;
  /** The site's public/ folder (default: next to the content folder). */
  publicDir?: string;
}

export function checkContent(dir = path.join(process.cwd(), 'content'), options: CheckOptions = {}): CheckResult {
  return finish(dir, readContent(dir, { publicDir: options.publicDir, checks: contentChecks(options.today) }));
}

/**
 * The checks of one file that the page loader does not make (checkInParallel runs them in worker threads too).
 * The preview (npm run dev) shows a page while it is being written; these are what must be right to publish it.
 */
export function contentChecks(today = todayIso()): FileChecks {
  return {
    parser: mdxParser,
    check: (article, source, tree) =>
      tree === undefined
        ? [] // the MDX cannot be read: that error is already reported
        : [
            ...templateProblems(article.file, source),
            // Reading level and spelling first: compiling turns the tree into JavaScript on the way.
            ...readingLevelProblems(article.file, tree),
            ...keepShownText(article, [...shownFields(article, source), ...shownTextOf(tree)]),
            ...compileProblems(article.file, source, tree),
            ...(article.frontmatter ? reviewProblems(article.file, article.frontmatter, today, article.fieldLines.nextReview) : []),
            ...repeatedHeadingProblems(article),
            ...(article.frontmatter
              ? citationProblems(
                  { file: article.file, sources: article.frontmatter.sources, sourceLines: (index) => article.fieldLines[`sources.${index}`] ?? {} },
                  tree,
                )
              : []),
          ],
  };
}

/**
 * Keeps the words readers see for the spelling check, which `finish` runs in one thread: the dictionary takes
 * longer to load than every article takes to check, so worker threads do not load it too.
 */
function keepShownText(article: ParsedArticle, texts: ShownText[]): Problem[] {
  article.shownText = texts;
  return [];
}

/** The frontmatter fields readers see as text (title and description), with where their words start. */
function shownFields(article: ParsedArticle, source: string): ShownText[] {
  const lines = source.split(/\r?\n/);
  return (['title', 'description'] as const).flatMap((field) => {
    const line = article.fieldLines[field]?.line;
    const value = article.frontmatter?.[field];
    const text = line === undefined ? undefined : lines[line - 1];
    if (!value || text === undefined || !text.includes(value)) return [];
    return [{ value, line: line!, column: text.indexOf(value) + 1 }];
  });
}

/**
 * The result of the check from the content read: problems sorted by file and line, and counted.
 * Checks of the folder as a whole belong here, so that checkContent and checkContentInParallel both make them.
 */
export function finish(dir: string, content: Content): CheckResult {
  const glossaryFile = path.relative(process.cwd(), path.join(dir, 'glossary.yaml'));
  const wordList = `${path.relative(process.cwd(), dir) || '.'}/${WORD_LIST}`;
  const spelling = content.articles.flatMap((article) => (article.shownText ? spellingProblems(article.file, article.shownText, dictionaryFor(dir), wordList) : []));
  const { shown, hidden } = holdBackFollowOns([
    ...content.problems,
    ...spelling,
    ...checkPublishedLinks(dir, content.articles, content.unreadable),
    ...glossaryCitationProblems(glossaryFile, content.glossary),
    ...glossaryRelatedProblems(glossaryFile, content.glossary, content.articles.map((article) => article.slug), content.unreadable),
    ...pageProblems(dir, content),
  ]);
  const errors = shown.filter((problem) => problem.severity === 'error').length;
  return { problems: shown, hidden, errors, warnings: shown.length - errors, files: content.articles.length };
}

/**
 * The site's other pages written in content/pages (the about page): their text and links are read like an
 * article's, so a mistake in one is reported in the same words (they have no frontmatter, sources or review dates).
 */
function pageProblems(dir: string, content: Content): Problem[] {
  const publicDir = path.join(dir, '..', 'public');
  // Which glossary ids cannot be read is known only to the loader: while glossary.yaml has an error, a page's
  // <Term> or /glossary# link that finds no term waits for it, like an article's.
  const glossaryFile = path.relative(process.cwd(), path.join(dir, 'glossary.yaml'));
  const glossaryBroken = content.problems.some((problem) => problem.file === glossaryFile && problem.severity === 'error');
  const destinations = linkDestinations(content.articles, content.glossary, { article: (slug) => content.unreadable.get(slug), glossary: () => (glossaryBroken ? glossaryFile : undefined) });
  return pagePaths(dir)
    .flatMap((full) => {
      const file = path.relative(process.cwd(), full) || full;
      const { article, tree } = readArticle(file, readFileSync(full, 'utf8'), { parser: mdxParser, page: true, publicDir });
      if (tree === undefined) return article.problems;
      return [
        ...article.problems,
        ...linkProblems(article, destinations),
        ...spellingProblems(file, shownTextOf(tree), dictionaryFor(dir), `${path.relative(process.cwd(), dir) || '.'}/${WORD_LIST}`),
        ...compileProblems(file, article.mdx, tree),
      ];
    });
}

/** The report an editor reads: one line per problem, then a summary line. */
export function formatReport(result: CheckResult): string {
  const lines = reportLines({ shown: result.problems, hidden: result.hidden });
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(
    result.errors === 0
      ? `Content check passed: ${plural(result.files, 'article')}, ${plural(result.warnings, 'warning')}.`
      : `Content check failed: ${plural(result.errors, 'error')} and ${plural(result.warnings, 'warning')} in content/. Fix the errors above, then run the check again.`,
  );
  return lines.join('\n');
}
