// Reads one article file: frontmatter, MDX syntax, headings and their ids, components and links.
// Everything that can be known from the file alone is checked here; checks across files
// (related slugs, links to other pages) are in source.ts.
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { assignHeadingIds } from '../mdx/headings.mjs';
import { assignQuestionIds } from '../mdx/question-ids.mjs';
import { citationTargetProblems, collectCitations, type Citation } from './citations';
import { mdxComponentNames, mdxComponentRules, type ComponentRule } from './components';
import { mdxAdvice, skippedLevelAdvice } from './error-map';
import { faqFromTree, type FaqItem } from './faq';
import { endsWithUrgentHelp } from './urgent-help';
import { imageProblems } from './images';
import { parseFrontmatter } from './frontmatter';
import { closest, type Problem } from './problems';
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
  /** The file's text, as read once by the loader (search and structured data read it from here). */
  source: string;
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
  problems: Problem[];
  /** The words readers see (title, description, text), with where they are: kept by the content check to check their spelling. */
  shownText?: ShownText[];
  /**
   * Its frontmatter or its text cannot be read. What other files say about it (a link to it, its published
   * sections) then follows from that, and waits until it is fixed.
   */
  unreadable?: boolean;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParseOptions {
  /** The site's public/ folder: an image link must name a file in it. */
  publicDir?: string;
  /** Parses the MDX instead of our own parser: the content check passes the compiler's, so it parses each file once. */
  parser?: { parse(source: string): unknown };
  /** A page of the site that is not an article (content/pages/about.mdx): it has no frontmatter. */
  page?: boolean;
}

export function parseArticle(file: string, source: string, options: ParseOptions = {}): ParsedArticle {
  return readArticle(file, source, options).article;
}

/** parseArticle, with the syntax tree it read (none if the MDX cannot be read) for more checks. */
export function readArticle(file: string, source: string, options: ParseOptions = {}): { article: ParsedArticle; tree?: Root } {
  const slug = path.basename(file, '.mdx');
  const { data, problems, lines } = options.page ? { data: undefined, problems: [] as Problem[], lines: {} } : parseFrontmatter(file, source);
  const article: ParsedArticle = { slug, file, source, frontmatter: data, fieldLines: lines, headings: [], links: [], terms: [], faq: [], citations: [], endsWithUrgentHelp: false, words: 0, problems };
  if (!data && !options.page) article.unreadable = true;

  if (!SLUG.test(slug) && !options.page) {
    problems.push({
      file,
      severity: 'error',
      message: `The file name "${slug}.mdx" cannot be used as a web address`,
      fix: 'Use only lower-case letters, digits and single hyphens, e.g. paying-for-an-iop.mdx',
    });
  }

  let tree: Root;
  try {
    tree = (options.parser ?? processor).parse(source) as Root;
  } catch (error) {
    const { line, column, message, fix } = mdxAdvice(error, source);
    problems.push({ file, line, column, severity: 'error', message, fix });
    article.unreadable = true;
    return { article };
  }

  article.headings = assignHeadingIds(tree);
  for (const heading of article.headings.filter((item) => item.duplicatePin)) {
    problems.push({ file, line: heading.line, column: 1, severity: 'error', message: `The pinned section id "#${heading.id.replace(/-\d+$/, '')}" is used by two headings`, fix: 'Give each heading its own [#id], or remove the second one' });
  }
  const at = (node: Nodes): Place => ({ line: node.position?.start.line, column: node.position?.start.column });
  let previousDepth = 1;

  visit(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        const depth = node.depth;
        if (depth === 1) {
          problems.push({ file, ...at(node), severity: 'error', message: 'A "#" heading is not allowed in the text: the title is the only main heading', fix: 'Use "##" for a section heading, and put the page title in the "title" field' });
        } else if (depth > previousDepth + 1) {
          problems.push({ file, ...at(node), severity: 'error', ...skippedLevelAdvice(depth, previousDepth) });
        }
        previousDepth = Math.max(depth, 2);
        break;
      }
      case 'link':
      case 'definition': // reference-style links: [text][name] ... [name]: /learn/...
        if (node.url.startsWith('/')) article.links.push({ url: node.url, ...at(node) });
        break;
      case 'image':
        problems.push(...imageProblems(file, at(node), node, options.publicDir));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(article, node, at(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a note */} is how editors leave notes; any other { ... } is code, which articles never need.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          problems.push({ file, ...at(node), severity: 'error', message: 'A "{" in the text starts a piece of code, which an article cannot have', fix: 'To show the sign itself, write \\{; a note for editors is written {/* like this */}' });
        }
        break;
      case 'text': // code and inline code hold a value, not text nodes, so their words are not counted
        article.words += countWords(node.value);
        break;
    }
  });
  for (const question of assignQuestionIds(tree, article.headings.map((heading) => heading.id))) {
    if (question.invalidPin) {
      problems.push({ file, line: question.line, column: 1, severity: 'error', message: `<Question id="${question.pin}"> is not an id a link can use`, fix: 'Use lower-case letters, digits and hyphens, e.g. id="cost"' });
    } else if (question.duplicatePin) {
      problems.push({ file, line: question.line, column: 1, severity: 'error', message: `The question id "#${question.pin}" is already used on this page`, fix: 'Give the question its own id="...", or remove it to use one made from the question' });
    }
  }
  article.faq = faqFromTree(tree);
  article.citations = collectCitations(tree);
  article.endsWithUrgentHelp = endsWithUrgentHelp(tree);
  if (data) problems.push(...citationTargetProblems(file, article.citations, data.sources));
  return { article, tree };
}

function checkComponent(article: ParsedArticle, node: MdxJsxFlowElement | MdxJsxTextElement, place: Place) {
  const { file, problems } = article;
  const name = node.name;
  if (!name) return; // fragments
  if (name === 'a') {
    const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href')?.value;
    if (typeof href === 'string' && href.startsWith('/')) article.links.push({ url: href, ...place });
  }
  if (!/^[A-Z]/.test(name)) {
    const meant = mdxComponentNames.find((known) => known.toLowerCase() === name.toLowerCase());
    if (meant) {
      problems.push({ file, ...place, severity: 'error', message: `<${name}> is written in lower case, so it is not the <${meant}> component`, fix: `Write <${meant}>: component names start with a capital letter` });
    }
    return; // plain HTML tags
  }
  const rule: ComponentRule | undefined = (mdxComponentRules as Record<string, ComponentRule>)[name];
  if (rule && !rule.inline && node.type === 'mdxJsxTextElement') {
    problems.push({
      file,
      ...place,
      severity: 'error',
      message: `<${name}> is inside a sentence, but it is a block that stands on its own`,
      fix: rule.children
        ? `Put <${name}> and </${name}> each on a line of its own, with a blank line before and after each`
        : `Put <${name} /> on a line of its own, with a blank line before and after it`,
    });
  }
  if (!rule) {
    const guess = closest(name, mdxComponentNames);
    problems.push({
      file,
      ...place,
      severity: 'error',
      message: `There is no component called <${name}>`,
      fix: `${guess ? `Did you mean <${guess}>? ` : ''}The components you can use are: ${mdxComponentNames.map((known) => `<${known}>`).join(', ')}`,
    });
    return;
  }
  const given = new Map<string, unknown>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    given.set(attribute.name, attribute.value);
    const propRule = rule.props[attribute.name];
    if (!propRule) {
      const known = Object.keys(rule.props);
      const guess = closest(attribute.name, known);
      problems.push({
        file,
        ...place,
        severity: 'error',
        message: `<${name}> has no "${attribute.name}" setting`,
        fix: guess ? `Did you mean ${guess}="..."?` : known.length ? `Its settings are: ${known.join(', ')}` : `<${name}> takes no settings: remove ${attribute.name}="..."`,
      });
    } else if (propRule.values && typeof attribute.value === 'string' && !propRule.values.includes(attribute.value)) {
      problems.push({
        file,
        ...place,
        severity: 'error',
        message: `<${name} ${attribute.name}="${attribute.value}"> is not a ${attribute.name} that exists`,
        fix: `Use one of: ${propRule.values.map((value) => `${attribute.name}="${value}"`).join(', ')}`,
      });
    }
  }
  for (const [propName, propRule] of Object.entries(rule.props)) {
    if (propRule.required && !given.has(propName)) {
      problems.push({
        file,
        ...place,
        severity: 'error',
        message: `<${name}> needs a ${propName}`,
        fix: `Add ${propName}="..." (${propRule.doc})`,
      });
    }
  }
  if (name === 'Term' && typeof given.get('id') === 'string') article.terms.push({ id: given.get('id') as string, ...place });
}
