import type { Source } from '@/lib/content/schema';

/** The id of the list item for a source, and of a citation of it (occurrence 1, 2... in reading order). */
export const sourceAnchor = (id: string) => `source-${id}`;
export const citationAnchor = (id: string, occurrence: number | string) => `cite-${id}-${occurrence}`;

/**
 * A citation in the text: a small number that links to its source in the list at the end of the article
 * (and back, from there). Its name for screen readers is the source itself, not just a number.
 * `occurrence` is added by lib/mdx/remark-cite-occurrences.mjs.
 */
export function Cite({ id, occurrence, sources }: { id: string; occurrence?: string; sources: readonly Source[] }) {
  const index = sources.findIndex((source) => source.id === id);
  // The content check refuses such a file before any build: reaching here means it was skipped.
  if (index === -1) throw new Error(`<Cite id="${id}"> names a source that is not listed`);
  const { title, publisher } = sources[index]!;
  return (
    <sup className="cite">
      <a href={`#${sourceAnchor(id)}`} id={occurrence ? citationAnchor(id, occurrence) : undefined}>
        <span aria-hidden="true">{`[${index + 1}]`}</span>
        <span className="sr-only">{`Source ${index + 1}: ${title}, ${publisher}`}</span>
      </a>
    </sup>
  );
}

/** Cite as the article page renders it: with the article's own sources. */
export function citeWith(sources: readonly Source[]) {
  return function ArticleCite(props: { id: string; occurrence?: string }) {
    return <Cite {...props} sources={sources} />;
  };
}
