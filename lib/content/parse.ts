// Reads one article file: frontmatter, MDX syntax, headings and their ids, components and links.
// Everything that can be known from the file alone is checked here; checks across files
// (related slugs, links to other pages) are in loader.ts.
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { assignHeadingIds } from '../mdx/headings.mjs';
import { assignQuestionIds } from '../mdx/question-ids.mjs';
import { citationTargetProblems, collectCitations, type Citation } from './citations';
import { checkComponent } from './component-check';
import { mdxAdvice, skippedLevelAdvice } from './error-map';
import { faqFromTree, type FaqItem } from './faq';
import { endsWithUrgentHelp } from './urgent-help';
import { imageProblems } from './images';
import { parseMdx } from './mdx-tree';
import { parseFrontmatter } from './frontmatter';
import { prosePartsOfTree, type ProseBlock } from './plain-text';
import type { Problem } from './problems';
import type { Frontmatter } from './schema';
import type { ShownText } from './spelling';
import { countWords } from './words';

export interface Heading {
  depth: number;
  text: string;
  id: string;
  pinned: boolean;
  /** A second heading pinned to an id already taken (it got another id; the check reports it). */
  duplicatePin?: boolean;
  line?: number;
}

export interface Place {
  line?: number;
  column?: number;
}

export interface ParsedArticle {
  slug: string;
  /** Path from the repository root, e.g. content/what-is-an-iop.mdx */
  file: string;
  /** The file's MDX text, as read once by the loader (the content check compiles it from here). */
  mdx: string;
  frontmatter?: Frontmatter;
  /** Where each frontmatter field is (see ParsedFrontmatter.lines). */
  fieldLines: Record<string, Place>;
  headings: Heading[];
  /** Links to pages of this site (`/learn/...`, `/glossary#...`), with where they are. */
  links: (Place & { url: string })[];
  /** Glossary ids used by <Term id="...">. */
  terms: (Place & { id: string })[];
  /** The questions and answers of its <FAQ>, if it has one (for FAQPage structured data). */
  faq: FaqItem[];
  /** Its <Cite id="..."> citations, in reading order. */
  citations: Citation[];
  /** Whether its last section has an urgent callout, so the page adds no second urgent-help block (./urgent-help.ts). */
  endsWithUrgentHelp: boolean;
  words: number;
  /** The reader-visible prose, block by block, read from the same syntax tree (search indexes it). */
  prose: ProseBlock[];
  problems: Problem[];
  /** The words readers see (title, description, text), with where they are: kept by the content check to check their spelling. */
  shownText?: ShownText[];
  /**
   * Its frontmatter or its text cannot be read. What other files say about it (a link to it, its published
   * sections) then follows from that, and waits until it is fixed.
   */
  unreadable?: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParseOptions {
  /** The site's public/ folder: an image link must name a file in it. */
  publicDir?: string;
  /** Parses the MDX instead of parseMdx (./mdx-tree.ts): the content check passes the compiler's, so it parses each file once. */
  parser?: { parse(source: string): unknown };
  /** A page of the site that is not an article (content/pages/about.mdx): it has no frontmatter. */
  page?: boolean;
}

export function parseArticle(file: string, source: string, options: ParseOptions = {}): ParsedArticle {
  return readArticle(file, source, options).article;
}

/** parseArticle, with the syntax tree it read (none if the MDX cannot be read) for more checks. */
export function readArticle(file: string, source: string, options: ParseOptions = {}): { article: ParsedArticle; tree?: Root } {
  const article = startArticle(file, source, options);
  const tree = treeOf(article, options.parser);
  if (tree === undefined) return { article };
  readTree(article, tree, options.publicDir);
  return { article, tree };
}

/** The article as far as its file name and frontmatter tell (a page of the site has neither to check). */
function startArticle(file: string, source: string, options: ParseOptions): ParsedArticle {
  const slug = path.basename(file, '.mdx');
  const { data, problems, lines } = options.page ? { data: undefined, problems: [] as Problem[], lines: {} } : parseFrontmatter(file, source);
  const article: ParsedArticle = { slug, file, mdx: source, frontmatter: data, fieldLines: lines, headings: [], links: [], terms: [], faq: [], citations: [], endsWithUrgentHelp: false, words: 0, prose: [], problems };
  if (!data && !options.page) article.unreadable = true;
  if (!options.page) problems.push(...fileNameProblems(file, slug));
  return article;
}

function fileNameProblems(file: string, slug: string): Problem[] {
  if (SLUG.test(slug)) return [];
  return [
    {
      file,
      severity: 'error',
      message: `The file name "${slug}.mdx" cannot be used as a web address`,
      fix: 'Use only lower-case letters, digits and single hyphens, e.g. paying-for-an-iop.mdx',
    },
  ];
}

/** The article's MDX syntax tree; none when the text cannot be read, which is then its problem (with where and why). */
function treeOf(article: ParsedArticle, parser: ParseOptions['parser'] = { parse: parseMdx }): Root | undefined {
  try {
    return parser.parse(article.mdx) as Root;
  } catch (error) {
    const { line, column, message, fix } = mdxAdvice(error, article.mdx);
    article.problems.push({ file: article.file, line, column, severity: 'error', message, fix });
    article.unreadable = true;
    return undefined;
  }
}

/** What the text tells: its headings and FAQ questions with their ids, links, terms, words, citations and prose. */
function readTree(article: ParsedArticle, tree: Root, publicDir: string | undefined): void {
  const { file, problems } = article;
  article.headings = assignHeadingIds(tree);
  problems.push(...duplicatePinProblems(file, article.headings));
  readNodes(article, tree, publicDir);
  problems.push(...questionIdProblems(file, assignQuestionIds(tree, article.headings.map((heading) => heading.id))));
  article.faq = faqFromTree(tree);
  article.citations = collectCitations(tree);
  article.endsWithUrgentHelp = endsWithUrgentHelp(tree);
  article.prose = prosePartsOfTree(tree);
  if (article.frontmatter) problems.push(...citationTargetProblems(file, article.citations, article.frontmatter.sources));
}

function duplicatePinProblems(file: string, headings: Heading[]): Problem[] {
  return headings
    .filter((heading) => heading.duplicatePin)
    .map((heading) => ({ file, line: heading.line, column: 1, severity: 'error', message: `The pinned section id "#${heading.id.replace(/-\d+$/, '')}" is used by two headings`, fix: 'Give each heading its own [#id], or remove the second one' }));
}

const at = (node: Nodes): Place => ({ line: node.position?.start.line, column: node.position?.start.column });

/** Node by node, in page order: checks heading levels, pictures, components and braces; collects links and counts words. */
function readNodes(article: ParsedArticle, tree: Root, publicDir: string | undefined): void {
  const { file, problems } = article;
  let previousDepth = 1;
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading':
        problems.push(...headingLevelProblems(file, at(node), node.depth, previousDepth));
        previousDepth = Math.max(node.depth, 2);
        break;
      case 'link':
      case 'definition': // reference-style links: [text][name] ... [name]: /learn/...
        if (node.url.startsWith('/')) article.links.push({ url: node.url, ...at(node) });
        break;
      case 'image':
        problems.push(...imageProblems(file, at(node), node, publicDir));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(article, node, at(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(...expressionProblems(file, at(node), node.value));
        break;
      case 'text': // code and inline code hold a value, not text nodes, so their words are not counted
        article.words += countWords(node.value);
        break;
    }
  });
}

/** A "#" heading (the title is the page's only one), or a heading that skips a level after the one before it. */
function headingLevelProblems(file: string, place: Place, depth: number, previousDepth: number): Problem[] {
  if (depth === 1) {
    return [{ file, ...place, severity: 'error', message: 'A "#" heading is not allowed in the text: the title is the only main heading', fix: 'Use "##" for a section heading, and put the page title in the "title" field' }];
  }
  if (depth > previousDepth + 1) return [{ file, ...place, severity: 'error', ...skippedLevelAdvice(depth, previousDepth) }];
  return [];
}

// {/* a note */} is how editors leave notes; any other { ... } is code, which articles never need.
function expressionProblems(file: string, place: Place, expression: string): Problem[] {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(expression)) return [];
  return [{ file, ...place, severity: 'error', message: 'A "{" in the text starts a piece of code, which an article cannot have', fix: 'To show the sign itself, write \\{; a note for editors is written {/* like this */}' }];
}

/** FAQ questions whose pinned id could not be kept. */
function questionIdProblems(file: string, questions: ReturnType<typeof assignQuestionIds>): Problem[] {
  return questions.flatMap((question): Problem[] => {
    if (question.invalidPin) {
      return [{ file, line: question.line, column: 1, severity: 'error', message: `<Question id="${question.pin}"> is not an id a link can use`, fix: 'Use lower-case letters, digits and hyphens, e.g. id="cost"' }];
    }
    if (question.duplicatePin) {
      return [{ file, line: question.line, column: 1, severity: 'error', message: `The question id "#${question.pin}" is already used on this page`, fix: 'Give the question its own id="...", or remove it to use one made from the question' }];
    }
    return [];
  });
}
