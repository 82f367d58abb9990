import type { Change } from '@/lib/content/schema';
import { humanDate } from '@/lib/dates';

/**
 * What changed on the page and when, newest first, so a returning reader or a sharer can see what is
 * new. Collapsed under "Page history" (a native <details>); it prints open.
 */
export function PageHistory({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return null;
  return (
    <details className="page-history mt-3">
      <summary className="text-base">
        Page history ({changes.length} {changes.length === 1 ? 'change' : 'changes'})
      </summary>
      <ul className="mt-2 space-y-2 text-base">
        {changes.map((change) => (
          <li key={`${change.date}|${change.summary}`}>
            <time dateTime={change.date} className="font-semibold">
              {humanDate(change.date)}
            </time>
            : {change.summary}
          </li>
        ))}
      </ul>
    </details>
  );
}
