// The search index: one document per article section (the prose under each h2/h3, linked as
// /learn/<slug>#<id>), one for the text above the first heading, and one per glossary term.
// Pure: it is given the articles' prose (read by the loader) and returns the index, so tests can build it from
// any content.
import MiniSearch, { type Options } from 'minisearch';
import { crisisLines } from '../crisis';
import type { ProseBlock } from '../content/plain-text';
import { indexTerms, phraseOf, tokenize } from './terms';

export interface SearchDocument {
  /** Unique: "learn/<slug>", "learn/<slug>#<id>", "glossary#<id>" or a site page's path ("get-help-now"). */
  id: string;
  kind: 'article' | 'glossary' | 'page';
  /** The article or glossary term: results from the same group are shown once, at their best match. */
  group: string;
  /** Where the result links: the section itself when the match is in one. */
  url: string;
  /** The article's title, or the glossary term. */
  title: string;
  /** The section heading ('' for an article's opening text and for glossary terms). */
  heading: string;
  /** The article's description, on its opening-text document only. */
  description: string;
  /** The reader-visible prose of the section, or the glossary definition. */
  text: string;
}

/** What the index needs of an article (the loader's Article has all of it, its prose read when it was parsed). */
export interface IndexableArticle {
  slug: string;
  frontmatter: { title: string; description: string };
  headings: { depth: number; text: string; id: string }[];
  prose: readonly ProseBlock[];
}

export interface IndexableGlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

/** Headings that start a new search document; deeper headings stay in their section's text. */
const SECTION_DEPTHS = new Set([2, 3]);

/** The fields matched against, each with a weight in ./query.ts. */
export type IndexedField = 'titleWords' | 'headingWords' | 'description' | 'text';

/**
 * The search index: MiniSearch over the documents' words, and the documents themselves, in order. MiniSearch
 * knows each document by its position in `documents` and stores nothing else: a search of 500 articles can
 * match thousands of sections, and copying each one's stored fields into its result, or looking it up by a
 * string id, was time spent on results that are never shown.
 */
export interface SearchIndex {
  engine: MiniSearch<IndexedDocument>;
  documents: readonly IndexedDocument[];
}

/** The phrases of a document's title and heading, compared with the query's by phraseBonus (./query.ts). */
export interface DocumentPhrases {
  /** The title's phrase, on an article's (or a page's) opening document only; '' elsewhere. */
  titlePhrase: string;
  /** The heading's phrase; '' for a glossary term, which gets no phrase bonus. */
  headingPhrase: string;
}

/** A document as the index holds it: with its positions and phrases worked out once, when the index is built. */
export interface IndexedDocument extends SearchDocument, DocumentPhrases {
  /** Its place in SearchIndex.documents: its id in MiniSearch. */
  position: number;
  /** Its group's number: the documents of one article share it. */
  groupNumber: number;
}

export function documentPhrases(
  document: Pick<SearchDocument, 'id' | 'group' | 'kind' | 'title' | 'heading'>,
): DocumentPhrases {
  const phrases = document.kind !== 'glossary';
  return {
    titlePhrase: phrases && document.id === document.group ? phraseOf(document.title) : '',
    headingPhrase: phrases ? phraseOf(document.heading) : '',
  };
}

/** The same options must be given when the index is built and when it is searched. */
export const indexOptions: Options<IndexedDocument> = {
  idField: 'position',
  fields: ['titleWords', 'headingWords', 'description', 'text'] satisfies IndexedField[],
  storeFields: [],
  extractField: (document, field) => {
    if (field === 'position') return document.position;
    // The title is indexed once, on the article's opening document, so a query that names the article
    // links to its top, and a section wins only when its own heading or text matches.
    if (field === 'titleWords')
      return document.kind !== 'glossary' && document.id === document.group ? document.title : '';
    // A glossary term is indexed as a heading, not a title: the entries are so short that a title
    // match would put the one-line definition above the article that explains the subject.
    if (field === 'headingWords') return document.kind === 'glossary' ? document.title : document.heading;
    return String(document[field as keyof SearchDocument]);
  },
  tokenize,
  processTerm: indexTerms,
};

/** An article's documents: its opening text, then one per h2/h3 section, in page order. */
export function articleDocuments(article: IndexableArticle): SearchDocument[] {
  const { slug, frontmatter, headings } = article;
  const base = { kind: 'article' as const, group: `learn/${slug}`, title: frontmatter.title };
  const intro: SearchDocument = {
    ...base,
    id: base.group,
    url: `/learn/${slug}`,
    heading: '',
    description: frontmatter.description,
    text: '',
  };
  const documents = [intro];
  let current = intro;
  let headingIndex = 0;
  for (const block of article.prose) {
    if (block.depth === undefined || block.depth < 2) {
      current.text = current.text ? `${current.text} ${block.text}` : block.text;
      continue;
    }
    // The prose and the headings come from the loader's one syntax tree, in the same order, so the n-th heading
    // block is headings[n]; the loader's text and id are the ones the page shows (pins already taken off).
    const heading = headings[headingIndex++];
    if (!heading) continue;
    if (!SECTION_DEPTHS.has(heading.depth)) {
      current.text = current.text ? `${current.text} ${heading.text}.` : `${heading.text}.`;
      continue;
    }
    current = {
      ...base,
      id: `${base.group}#${heading.id}`,
      url: `/learn/${slug}#${heading.id}`,
      heading: heading.text,
      description: '',
      text: '',
    };
    documents.push(current);
  }
  return documents;
}

export function glossaryDocument(entry: IndexableGlossaryEntry): SearchDocument {
  const id = `glossary#${entry.id}`;
  return {
    id,
    kind: 'glossary',
    group: id,
    url: `/glossary#${entry.id}`,
    title: entry.term,
    heading: '',
    description: '',
    text: entry.definition,
  };
}

/** "Get help now" is found by "crisis", "suicide" or "988", not only through the header link. */
export function getHelpNowDocument(): SearchDocument {
  return {
    id: 'get-help-now',
    kind: 'page',
    group: 'get-help-now',
    url: '/get-help-now',
    title: 'Get help now',
    heading: '',
    description:
      'Help in a crisis or an emergency, right now: suicide and crisis lines you can call or text any time, day or night.',
    text: crisisLines.map((line) => [line.name, line.when, ...line.details].join(' ')).join(' '),
  };
}

export function searchDocuments(articles: IndexableArticle[], glossary: IndexableGlossaryEntry[]): SearchDocument[] {
  return [getHelpNowDocument(), ...articles.flatMap(articleDocuments), ...glossary.map(glossaryDocument)];
}

export function buildSearchIndex(articles: IndexableArticle[], glossary: IndexableGlossaryEntry[]): SearchIndex {
  const groupNumbers = new Map<string, number>();
  const documents = searchDocuments(articles, glossary).map((document, position): IndexedDocument => {
    if (!groupNumbers.has(document.group)) groupNumbers.set(document.group, groupNumbers.size);
    return { ...document, ...documentPhrases(document), position, groupNumber: groupNumbers.get(document.group)! };
  });
  const engine = new MiniSearch<IndexedDocument>(indexOptions);
  engine.addAll(documents);
  return { engine, documents };
}
