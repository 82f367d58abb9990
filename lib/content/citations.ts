// Inline citations: <Cite id="..." /> after a sentence links it to one of the article's sources.
// collectCitations finds them (the loader: every citation must name a listed source, or the page
// cannot be built); citationProblems is the content check's rule that every claim is cited.
import type { Nodes, Paragraph, Root, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { attributeOf, visitElements } from '../mdx/jsx.mjs';
import { claimIn } from './claims';
import { closest, type Problem } from './problems';
import type { Source } from './schema';
import { CITE_MARK, splitSentences, type SplitOptions } from './sentences';

export interface Citation {
  /** The source's id, as written in <Cite id="...">. */
  id: string;
  line?: number;
  column?: number;
  /** Written on a line of its own, so it would show as a block instead of after its sentence. */
  standalone: boolean;
}

/** Every <Cite id="..."> of an article, in reading order (the order the page numbers their links in). */
export function collectCitations(tree: Root): Citation[] {
  const citations: Citation[] = [];
  visitElements(tree, 'Cite', (node) => {
    const id = attributeOf(node, 'id');
    if (typeof id === 'string') citations.push({ id, line: node.position?.start.line, column: node.position?.start.column, standalone: node.type === 'mdxJsxFlowElement' });
  });
  return citations;
}

/** Problems a citation can have whatever the text says: a source that is not listed, or a citation on its own line. */
export function citationTargetProblems(file: string, citations: Citation[], sources: readonly Source[]): Problem[] {
  const ids = sources.map((source) => source.id);
  const problems: Problem[] = [];
  for (const citation of citations) {
    const where = { file, line: citation.line, column: citation.column };
    if (!ids.includes(citation.id)) {
      const guess = closest(citation.id, ids);
      problems.push({
        ...where,
        severity: 'error',
        message: `<Cite id="${citation.id}"> names a source this article does not list`,
        fix: `${guess ? `Did you mean <Cite id="${guess}" />? ` : ''}Use the id of one of the sources at the top of the file: ${ids.join(', ')}`,
      });
    } else if (citation.standalone) {
      problems.push({
        ...where,
        severity: 'error',
        message: `<Cite id="${citation.id}"> is on a line of its own`,
        fix: 'Put it straight after the full stop of the sentence it supports, on the same line, like: ...since 2024.<Cite id="medicare-iop" />',
      });
    }
  }
  return problems;
}

/** A block of running text: its words, with CITE_MARK where each citation is, and where each piece came from. */
interface Block {
  text: string;
  /** Each text node's start in `text` and in the file. */
  pieces: { at: number; line: number; column: number; value: string }[];
  /** The source id of each CITE_MARK, in order. */
  cites: string[];
  /** A table row (its cells read as one fact), not running text. */
  row?: boolean;
}

/** Nodes whose text is not a sentence of the article: headings, code, markup. */
const SKIPPED = new Set(['yaml', 'toml', 'heading', 'code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'definition', 'image', 'thematicBreak']);

function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type === 'paragraph') {
      blocks.push(inline(node));
      return SKIP;
    }
    if (node.type === 'tableRow') {
      blocks.push(rowOf(node));
      return SKIP;
    }
    return CONTINUE;
  });
  return blocks;
}

/** A row states one fact across its cells: one citation anywhere in the row covers it. */
function rowOf(node: TableRow): Block {
  const row: Block = { text: '', pieces: [], cites: [] };
  for (const cell of node.children.map(inline)) {
    row.pieces.push(...cell.pieces.map((piece) => ({ ...piece, at: piece.at + row.text.length })));
    row.cites.push(...cell.cites);
    row.text += `${cell.text.replace(/[.!?]\s+/g, '; ')}; `;
  }
  return { ...row, text: row.text.replace(/[;\s]+$/, ''), row: true };
}

const isCite = (node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite';

/** The running text of a paragraph or a table cell: a citation is CITE_MARK, a line break a space; code and {expressions} are left out. */
function inline(parent: Paragraph | TableCell): Block {
  const block: Block = { text: '', pieces: [], cites: [] };
  visit(parent, (node) => {
    if (isCite(node)) {
      block.text += CITE_MARK;
      block.cites.push(String(attributeOf(node, 'id')));
      return SKIP;
    }
    if (node.type === 'inlineCode' || node.type === 'mdxTextExpression') return SKIP;
    if (node.type === 'text') {
      const start = node.position?.start;
      if (start) block.pieces.push({ at: block.text.length, line: start.line, column: start.column, value: node.value });
      block.text += node.value;
    } else if (node.type === 'break') {
      block.text += ' ';
    }
    return CONTINUE;
  });
  return block;
}

/** Where in the file the character at `at` of a block is (the line, and the column on the first line of a text node). */
function placeOf(block: Block, at: number): { line?: number; column?: number } {
  const piece = block.pieces.findLast((candidate) => candidate.at <= at) ?? block.pieces[0];
  if (!piece) return {};
  const before = piece.value.slice(0, Math.max(0, at - piece.at));
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: piece.line, column: piece.column + before.length };
  return { line: piece.line + newlines, column: 1 };
}

/** A claim must not hide in the sentence before it, which has a citation: any word may start a sentence (sentences.ts). */
const SENTENCES: SplitOptions = { startsWith: 'anything' };

/** Every sentence of the running text (paragraphs in the text, lists, boxes and answers; not tables), with where it starts. */
export function sentencesOf(tree: Root): { text: string; line?: number; column?: number }[] {
  return blocksOf(tree)
    .filter((block) => !block.row)
    .flatMap((block) => splitSentences(block.text, SENTENCES).map((sentence) => ({ text: sentence.text.replaceAll(CITE_MARK, ''), ...placeOf(block, sentence.start) })));
}

const excerpt = (sentence: string) => {
  const words = sentence.replaceAll(CITE_MARK, '').replace(/\s+/g, ' ').trim().replace(/[.!?]$/, '');
  return words.length > 70 ? `${words.slice(0, 67).trimEnd()}...` : words;
};

/**
 * The content check's citation rules for one article: every sentence that makes a claim carries a citation;
 * every listed source is cited somewhere; a provider's or company's source that backs a number says so (`note`).
 */
export function citationProblems(
  article: { file: string; sources: readonly Source[]; sourceLines: (index: number) => { line?: number; column?: number } },
  tree: Root,
): Problem[] {
  const { file, sources } = article;
  const problems: Problem[] = [];
  const cited = new Set<string>();
  const citedForNumbers = new Set<string>();
  const ids = sources.map((source) => source.id);

  for (const block of blocksOf(tree)) {
    let next = 0;
    for (const sentence of splitSentences(block.text, SENTENCES)) {
      const count = sentence.text.split(CITE_MARK).length - 1;
      const mine = block.cites.slice(next, next + count);
      next += count;
      mine.forEach((id) => cited.add(id));
      const claim = claimIn(sentence.text.replaceAll(CITE_MARK, ' '));
      if (claim && /\d/.test(claim)) mine.forEach((id) => citedForNumbers.add(id));
      if (claim && count === 0) {
        problems.push({
          file,
          ...placeOf(block, sentence.start),
          severity: 'error',
          message: `This sentence has "${claim}" but does not say where it comes from: "${excerpt(sentence.text)}"`,
          fix: `Add <Cite id="..." /> after its full stop, with the id of the source it comes from (${ids.join(', ')}), or write it without the claim. See "Citing sources" in content/README.md`,
        });
      }
    }
  }

  sources.forEach((source, index) => {
    const where = { file, ...article.sourceLines(index) };
    if (!cited.has(source.id)) {
      problems.push({
        ...where,
        severity: 'warning',
        message: `The source "${source.id}" is listed but no sentence cites it`,
        fix: `Add <Cite id="${source.id}" /> after the sentence that relies on it, or remove it from "sources"`,
      });
    }
    if (source.type === 'provider' && !source.note && citedForNumbers.has(source.id)) {
      problems.push({
        ...where,
        severity: 'error',
        message: `The source "${source.id}" is a provider or company, and a sentence with a number relies on it, but it has no note`,
        fix: 'Add a "note" that tells readers whose figures these are, e.g. note: Study run by the company that offers the program',
      });
    }
  });
  return problems;
}

/** Glossary definitions that state a number, a law or a finding must list where it comes from. */
export function glossaryCitationProblems(file: string, entries: readonly { id: string; definition: string; sources?: readonly unknown[]; line?: number }[]): Problem[] {
  return entries.flatMap((entry) => {
    if (entry.sources?.length) return [];
    const claim = claimIn(entry.definition);
    if (!claim) return [];
    return [
      {
        file,
        line: entry.line,
        column: 3,
        severity: 'error',
        message: `The definition of "${entry.id}" has "${claim}" but does not say where it comes from`,
        fix: 'Add a "sources:" list to the entry, with the title, publisher, url, year and type of each source (see "The glossary" in content/README.md)',
      },
    ];
  });
}
