import type { FigureSource } from '@/lib/care-levels';

/** "Sources: ..." under a table or picture whose figures come from code, not from the article's own text. */
export function FigureSources({ sources }: { sources: readonly FigureSource[] }) {
  return (
    <p className="figure-sources mt-2 text-base text-muted">
      Sources:{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 ? '; ' : ''}
          <a href={source.url} rel="noopener noreferrer">
            {source.publisher}, {source.title}
          </a>
        </span>
      ))}
      .
    </p>
  );
}
