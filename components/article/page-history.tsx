import type { Change } from '@/lib/content/schema';
import { humanDate } from '@/lib/site';

/** What changed on the page and when, newest first, so a returning reader or a sharer can see what is new. */
export function PageHistory({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="page-history" className="mt-10">
      <h2 id="page-history" className="text-2xl font-bold">
        Page history
      </h2>
      <ul className="mt-4 space-y-2">
        {changes.map((change) => (
          <li key={`${change.date}|${change.summary}`}>
            <time dateTime={change.date} className="font-semibold">
              {humanDate(change.date)}
            </time>
            : {change.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
