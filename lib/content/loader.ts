// The one loader: every route and component asks this module for articles, their metadata, order,
// sections and glossary. It reads content/ once, checks it, and refuses broken content with a
// ContentError that names each file, line and fix.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { readGlossary, type GlossaryEntry } from './glossary';
import { readArticle, type ParseOptions, type ParsedArticle } from './parse';
import { ContentError, holdBackFollowOns, type Problem, type Report } from './problems';
import type { Frontmatter } from './schema';
import { readSynonyms } from './synonyms';
import { sitePaths } from '@/lib/routes.mjs';
import { articlePaths } from './files';
import { once } from '@/lib/process-cache';

export interface Article extends ParsedArticle {
  frontmatter: Frontmatter;
  readingMinutes: number;
}

export interface Content {
  articles: Article[];
  glossary: GlossaryEntry[];
  /** Groups of words a reader may type for the same thing (content/synonyms.yaml), for the search. */
  synonyms: string[][];
  problems: Problem[];
  /** Articles whose frontmatter or text cannot be read (slug -> file): what other files say about them waits. */
  unreadable: Map<string, string>;
}

const WORDS_PER_MINUTE = 200;

/** More checks of each file, which the content check adds (the page loader does not need them). */
export interface FileChecks {
  /** The MDX parser to read each file with (see ParseOptions). */
  parser?: ParseOptions['parser'];
  /** Runs after the checks in parse.ts, with the same syntax tree (none if the MDX cannot be read). */
  check(article: ParsedArticle, source: string, tree: Root | undefined): Problem[];
}

export interface ReadOptions {
  /** The site's public/ folder; by default the one next to the content folder. */
  publicDir?: string;
  checks?: FileChecks;
}

export function readContent(dir = path.join(process.cwd(), 'content'), options: ReadOptions = {}): Content {
  const publicDir = options.publicDir ?? path.join(dir, '..', 'public');
  return assembleContent(dir, articlePaths(dir).map((full) => readArticleFile(full, { ...options, publicDir })));
}


/** Reads and checks one article file: everything that can be known without the other files. */
export function readArticleFile(full: string, { publicDir, checks }: ReadOptions): ParsedArticle {
  const source = readFileSync(full, 'utf8');
  const { article, tree } = readArticle(path.relative(process.cwd(), full) || full, source, { publicDir, parser: checks?.parser });
  if (checks) article.problems.push(...checks.check(article, source, tree));
  return article;
}

/** The content of a folder from its articles, each read by readArticleFile: adds the glossary and the checks across files. */
export function assembleContent(dir: string, parsed: ParsedArticle[]): Content {
  const glossaryFile = path.join(/*turbopackIgnore: true*/ dir, 'glossary.yaml');
  const glossary = existsSync(glossaryFile) ? readGlossary(glossaryFile) : { entries: [], problems: [], unreadable: [] };
  const synonymsFile = path.join(/*turbopackIgnore: true*/ dir, 'synonyms.yaml');
  const synonyms = existsSync(synonymsFile) ? readSynonyms(synonymsFile) : { groups: [], problems: [] };
  const problems = [...parsed.flatMap((article) => article.problems), ...glossary.problems, ...synonyms.problems];
  const articles = parsed
    .filter((article): article is Article => article.frontmatter !== undefined)
    .map((article) => ({ ...article, readingMinutes: Math.max(1, Math.round(article.words / WORDS_PER_MINUTE)) }))
    .sort(byReadingOrder);
  const unreadable = new Map(parsed.filter((article) => article.unreadable).map((article) => [article.slug, article.file]));
  const glossaryName = path.relative(process.cwd(), glossaryFile) || glossaryFile;
  const glossaryBroken = (id: string) => (glossary.unreadable === 'all' || glossary.unreadable.includes(id) ? glossaryName : undefined);
  problems.push(...crossCheck(articles, glossary.entries, { article: (slug) => unreadable.get(slug), glossary: glossaryBroken }));
  return { articles, glossary: glossary.entries, synonyms: synonyms.groups.map((group) => group.words), problems, unreadable };
}

/** For a slug or glossary id, the file that could not be read if that is why it is missing. */
export interface Unreadable {
  article(slug: string): string | undefined;
  glossary(id: string): string | undefined;
}

/** Reading order: `order` first (lowest first), then articles without it, by title. */
export function byReadingOrder(a: Article, b: Article): number {
  const ao = a.frontmatter.order ?? Number.POSITIVE_INFINITY;
  const bo = b.frontmatter.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao - bo;
  return a.frontmatter.title.localeCompare(b.frontmatter.title, 'en');
}

/** What links and <Term>s may point at: the articles and glossary ids, and why one may be missing. */
export interface LinkDestinations {
  bySlug: ReadonlyMap<string, Article>;
  glossaryIds: ReadonlySet<string>;
  unreadable: Unreadable;
}

export function linkDestinations(articles: readonly Article[], glossary: readonly GlossaryEntry[], unreadable: Unreadable): LinkDestinations {
  return { bySlug: new Map(articles.map((article) => [article.slug, article])), glossaryIds: new Set(glossary.map((entry) => entry.id)), unreadable };
}

function crossCheck(articles: Article[], glossary: GlossaryEntry[], unreadable: Unreadable): Problem[] {
  const problems: Problem[] = [];
  const destinations = linkDestinations(articles, glossary, unreadable);
  const { bySlug } = destinations;
  const titles = new Map<string, string>();

  for (const article of articles) {
    const { file, frontmatter } = article;
    const title = frontmatter.title.toLowerCase();
    const other = titles.get(title);
    if (other) {
      problems.push({ file, ...article.fieldLines.title, severity: 'error', message: `The title "${frontmatter.title}" is already used by ${other}`, fix: 'Give each article its own title, so readers can tell them apart' });
    } else {
      titles.set(title, file);
    }
    for (const [index, slug] of (frontmatter.related ?? []).entries()) {
      const where = article.fieldLines[`related.${index}`];
      if (slug === article.slug) {
        problems.push({ file, ...where, severity: 'error', message: `"related" lists the article itself ("${slug}")`, fix: 'Remove it from the list' });
      } else if (!bySlug.has(slug)) {
        problems.push({ file, ...where, severity: 'error', followsFrom: unreadable.article(slug), message: `"related" lists "${slug}", but there is no article content/${slug}.mdx`, fix: `Use the file name of an existing article, e.g. ${articles.find((a) => a !== article)?.slug ?? 'what-is-an-iop'}` });
      }
    }
    problems.push(...linkProblems(article, destinations));
  }
  return problems;
}

/** The links and <Term>s of a file (an article, or a page in content/pages) that go nowhere. */
export function linkProblems({ file, links, terms }: Pick<ParsedArticle, 'file' | 'links' | 'terms'>, { bySlug, glossaryIds, unreadable }: LinkDestinations): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    const problem = checkLink(link.url, bySlug, glossaryIds, unreadable);
    if (problem) problems.push({ file, line: link.line, column: link.column, severity: 'error', ...problem });
  }
  for (const term of terms) {
    if (!glossaryIds.has(term.id)) {
      problems.push({ file, line: term.line, column: term.column, severity: 'error', followsFrom: unreadable.glossary(term.id), message: `<Term id="${term.id}"> has no glossary entry`, fix: 'Use an id from content/glossary.yaml, or add the term there' });
    }
  }
  return problems;
}

function checkLink(url: string, bySlug: ReadonlyMap<string, Article>, glossaryIds: ReadonlySet<string>, unreadable: Unreadable): Omit<Problem, 'file' | 'severity'> | undefined {
  const [beforeHash = '', hash] = url.split('#');
  const pathname = beforeHash.split('?')[0]!.replace(/(.)\/$/, '$1');
  const learn = /^\/learn\/([^/?#]+)\/?$/.exec(pathname);
  if (learn) {
    const slug = learn[1]!;
    const target = bySlug.get(slug);
    if (!target) return { message: `The link ${url} goes to an article that does not exist`, fix: 'Use /learn/ and the file name of an existing article', followsFrom: unreadable.article(slug) };
    if (hash && !target.headings.some((heading) => heading.id === hash)) {
      return {
        message: `The link ${url} goes to a section that "${target.frontmatter.title}" does not have`,
        fix: target.headings.length
          ? `Use one of its sections: ${target.headings.map((heading) => `#${heading.id}`).join(', ')}`
          : `It has no sections: link to the whole article, /learn/${slug}`,
        followsFrom: unreadable.article(slug),
      };
    }
    return undefined;
  }
  if (pathname === '/glossary' && hash && !glossaryIds.has(hash)) {
    return { message: `The link ${url} goes to a glossary term that does not exist`, fix: 'Use an id from content/glossary.yaml', followsFrom: unreadable.glossary(hash) };
  }
  if (!sitePaths.includes(pathname)) {
    return { message: `The link ${url} goes to a page this site does not have`, fix: `Link to an article (/learn/...) or one of: ${sitePaths.join(', ')}` };
  }
  return undefined;
}

const previewing = () => process.env.NODE_ENV === 'development';

/**
 * The site's content, read once per process. Throws ContentError if any file is broken, except under
 * `npm run dev`: there the pages are still shown from what can be read, and the layout shows the
 * problems instead of the page (previewProblems), in the content check's words rather than a stack trace.
 * Under `npm run dev` it is read again whenever a file in content/ has changed, so a saved edit to
 * the frontmatter (title, headings, related...) shows on the next render, not only the MDX body.
 */
export function getContent(): Content {
  return once('content', readSiteContent, contentVersion());
}

function readSiteContent(): Content {
  const content = readContent();
  if (!previewing() && content.problems.some((problem) => problem.severity === 'error')) throw new ContentError(content.problems);
  return content;
}

/** Under `npm run dev`, the content's errors as the content check reports them (none otherwise: a build stops on them). */
export function previewProblems(): Report | undefined {
  if (!previewing()) return undefined;
  const report = holdBackFollowOns(getContent().problems.filter((problem) => problem.severity === 'error'));
  return report.shown.length ? report : undefined;
}

/**
 * Under `npm run dev`, the names and change times of the files in content/ (cheap to read on every
 * request), so what is read from them is read again after an edit; in production, always the same.
 */
export function contentVersion(): string {
  if (!previewing()) return '';
  const dir = path.join(process.cwd(), 'content');
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.yaml'))
    .map((name) => `${name}:${statSync(path.join(/*turbopackIgnore: true*/ dir, name)).mtimeMs}`)
    .join('|');
}

export const getArticles = (): Article[] => getContent().articles;

export const getArticle = (slug: string): Article | undefined => getArticles().find((article) => article.slug === slug);

export const getGlossary = (): GlossaryEntry[] => getContent().glossary;

export const getSynonyms = (): string[][] => getContent().synonyms;

const OTHER_SECTION = 'More articles';

/** Articles grouped by `section`, sections in the order their first article appears. */
export function getSections(): { name: string; articles: Article[] }[] {
  const sections = new Map<string, Article[]>();
  for (const article of getArticles()) {
    const name = article.frontmatter.section ?? OTHER_SECTION;
    sections.set(name, [...(sections.get(name) ?? []), article]);
  }
  return [...sections].map(([name, articles]) => ({ name, articles }));
}

/** The articles before and after this one in reading order. */
export function getNeighbours(slug: string): { previous?: Article; next?: Article } {
  const articles = getArticles();
  const index = articles.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  return { previous: articles[index - 1], next: articles[index + 1] };
}

/** How many times the text cites each source (the list of sources links back to each citation). */
export function citedTimes(article: Pick<Article, 'citations'>): Map<string, number> {
  const times = new Map<string, number>();
  for (const { id } of article.citations) times.set(id, (times.get(id) ?? 0) + 1);
  return times;
}

export function getRelated(article: Article): Article[] {
  return (article.frontmatter.related ?? []).map(getArticle).filter((related): related is Article => related !== undefined);
}
