import { sourceTypeLabels, type Source } from '@/lib/content/schema';
import { citationAnchor, sourceAnchor } from './cite';

/**
 * The sources a page's facts come from, numbered as the citations in the text are: publisher, title,
 * year, what kind of source it is, a note where a reader should know something about it, and links back
 * to each place in the text that cites it.
 *
 * Collapsed under "Sources (N)" (a native <details>), so a long list does not stand between the reader
 * and what comes next. It opens by itself when a citation in the text is followed to one of its sources
 * (browsers open a closed <details> around the target of a #link), and it prints open (globals.css).
 */
export function SourceList({
  sources,
  citedTimes,
}: {
  sources: readonly Source[];
  citedTimes: ReadonlyMap<string, number>;
}) {
  return (
    <section aria-labelledby="sources" className="source-section mt-12 border-t border-line pt-4">
      <details className="source-details">
        <summary className="source-summary">
          <h2 id="sources" className="source-heading">
            Sources ({sources.length})
          </h2>
        </summary>
        <p className="mt-2 text-muted">
          The facts on this page come from these sources. The numbers in the text link to them.
        </p>
        <ol className="source-list mt-4 list-decimal space-y-3 pl-6">
          {sources.map((source, index) => (
            <li key={source.id} id={sourceAnchor(source.id)}>
              {source.publisher}.{' '}
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              ({source.year}). <span className="source-type">{sourceTypeLabels[source.type]}</span>
              {source.note ? <span className="source-note">. {source.note}</span> : null}.
              <BackLinks id={source.id} number={index + 1} times={citedTimes.get(source.id) ?? 0} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** "Back to the text": one link per citation of the source, so a reader returns to where they were. */
function BackLinks({ id, number, times }: { id: string; number: number; times: number }) {
  if (times === 0) return null;
  return (
    <span className="source-backlinks print:hidden">
      {' '}
      {Array.from({ length: times }, (_, index) => (
        <a
          key={index}
          href={`#${citationAnchor(id, index + 1)}`}
          aria-label={`Back to citation ${times > 1 ? `${index + 1} of ${times} ` : ''}of source ${number} in the text`}
        >
          <span aria-hidden="true">↩{times > 1 ? index + 1 : ''}</span>
        </a>
      ))}
    </span>
  );
}
