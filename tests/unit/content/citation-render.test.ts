// How a citation and the list of sources render (server-side, as the article page does): numbered
// links from the text to each source and back, a name that says which source, and the kind of source.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Cite, citeWith } from '@/components/article/cite';
import { SourceList } from '@/components/article/source-list';
import type { Source } from '@/lib/content/schema';

const sources: Source[] = [
  { id: 'medicare-iop', title: 'Mental health care (IOP services)', publisher: 'Medicare.gov', url: 'https://www.medicare.gov/x', year: 2024, type: 'government' },
  { id: 'own-study', title: 'Outcomes of one program', publisher: 'A journal', url: 'https://doi.org/10.1/x', year: 2022, type: 'peer-reviewed', note: 'Study run by the company that offers the program' },
];

describe('Cite', () => {
  it('is the source number, linking to the source, with the source as its accessible name and its own id', () => {
    const html = renderToStaticMarkup(createElement(Cite, { id: 'own-study', occurrence: '2', sources }));
    expect(html).toBe(
      '<sup class="cite"><a href="#source-own-study" id="cite-own-study-2"><span aria-hidden="true">[2]</span><span class="sr-only">Source 2: Outcomes of one program, A journal</span></a></sup>',
    );
  });

  it('citeWith binds the article’s sources', () => {
    expect(renderToStaticMarkup(createElement(citeWith(sources), { id: 'medicare-iop', occurrence: '1' }))).toContain('href="#source-medicare-iop" id="cite-medicare-iop-1"');
  });

  it('refuses a source that is not listed (the content check stops this before any build)', () => {
    expect(() => renderToStaticMarkup(createElement(Cite, { id: 'nope', sources }))).toThrow('<Cite id="nope"> names a source that is not listed');
  });
});

describe('SourceList', () => {
  const html = renderToStaticMarkup(createElement(SourceList, { sources, citedTimes: new Map([['medicare-iop', 2]]) }));

  it('gives each source an id the citations link to, its kind and its note', () => {
    expect(html).toContain('<li id="source-medicare-iop">');
    expect(html).toContain('<span class="source-type">Government</span>');
    expect(html).toContain('<li id="source-own-study">');
    expect(html).toContain('<span class="source-type">Peer-reviewed study</span><span class="source-note">. Study run by the company that offers the program</span>');
  });

  it('links back to every citation of a source, and not for a source cited nowhere', () => {
    expect(html).toContain('href="#cite-medicare-iop-1" aria-label="Back to citation 1 of 2 of source 1 in the text"');
    expect(html).toContain('href="#cite-medicare-iop-2" aria-label="Back to citation 2 of 2 of source 1 in the text"');
    expect(html).not.toContain('#cite-own-study');
  });
});
