import type { Source } from '@/lib/content/schema';

/** The sources the article's facts come from: publisher, title, year and a link to check them. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-line pt-6">
      <h2 id="sources" className="text-2xl font-bold">
        Sources
      </h2>
      <p className="mt-2 text-muted">The facts on this page come from these sources.</p>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {sources.map((source) => (
          <li key={`${source.url}|${source.title}`}>
            {source.publisher}. <a href={source.url} rel="noopener noreferrer">{source.title}</a> ({source.year}).
          </li>
        ))}
      </ol>
    </section>
  );
}
