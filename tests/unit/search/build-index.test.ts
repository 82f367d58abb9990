import { describe, expect, it } from 'vitest';
import { proseParts } from '@/lib/content/plain-text';
import { getArticles, getGlossary } from '@/lib/content/loader';
import { articleDocuments, glossaryDocument, searchDocuments } from '@/lib/search/build-index';

const source = `---
title: Test
---
import { X } from './x';

Opening words.

## First part [#first]

First text with <Term id="php">a day program</Term>.

#### A small heading

Still the first part.

### A sub part

Sub text.

<Callout type="info" title="Callout title">

Callout text.

</Callout>

## Second part

\`\`\`
code is not prose
\`\`\`

Second text.
`;

const article = {
  slug: 'test',
  frontmatter: { title: 'Test article', description: 'What the test article is about.' },
  headings: [
    { depth: 2, text: 'First part', id: 'first' },
    { depth: 4, text: 'A small heading', id: 'a-small-heading' },
    { depth: 3, text: 'A sub part', id: 'a-sub-part' },
    { depth: 2, text: 'Second part', id: 'second-part' },
  ],
  prose: proseParts(source),
};

describe('articleDocuments', () => {
  it('splits the prose by h2 and h3, each linking to its section', () => {
    const documents = articleDocuments(article);
    expect(documents.map(({ id, url, heading }) => ({ id, url, heading }))).toEqual([
      { id: 'learn/test', url: '/learn/test', heading: '' },
      { id: 'learn/test#first', url: '/learn/test#first', heading: 'First part' },
      { id: 'learn/test#a-sub-part', url: '/learn/test#a-sub-part', heading: 'A sub part' },
      { id: 'learn/test#second-part', url: '/learn/test#second-part', heading: 'Second part' },
    ]);
    expect(documents.every((document) => document.group === 'learn/test' && document.title === 'Test article')).toBe(
      true,
    );
  });

  it('keeps reader-visible text only, deeper headings inside their section', () => {
    const [intro, first, sub, second] = articleDocuments(article);
    expect(intro!.text).toBe('Opening words.');
    expect(intro!.description).toBe('What the test article is about.');
    expect(first!.text).toBe('First text with a day program. A small heading. Still the first part.');
    expect(sub!.text).toBe('Sub text. Callout title. Callout text.');
    expect(second!.text).toBe('Second text.');
    expect(second!.description).toBe('');
  });
});

describe('glossary and site documents', () => {
  it('links a glossary term to its anchor', () => {
    expect(glossaryDocument({ id: 'php', term: 'Day program (PHP)', definition: 'Most of the day.' })).toMatchObject({
      id: 'glossary#php',
      kind: 'glossary',
      url: '/glossary#php',
      title: 'Day program (PHP)',
      text: 'Most of the day.',
    });
  });

  it('indexes every section of every real article, every glossary term, and Get help now', () => {
    const articles = getArticles();
    const documents = searchDocuments(articles, getGlossary());
    const sections = articles.reduce(
      (sum, item) => sum + item.headings.filter((heading) => heading.depth <= 3).length,
      0,
    );
    expect(documents).toHaveLength(1 + articles.length + sections + getGlossary().length);
    expect(
      documents
        .filter((document) => document.kind === 'article')
        .every((document) => document.text.length > 0 || document.description.length > 0),
    ).toBe(true);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
  }, 30_000); // reads and parses every article: slow on a busy machine
});
