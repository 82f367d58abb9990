import { Fragment } from 'react';
import type { Segment } from '@/lib/search/query';

/** Text with its matched words in <mark>, built as elements (never as HTML), so any query is safe. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((part, index) =>
    part.mark ? (
      <mark key={index} className="rounded-sm bg-[var(--target)] px-0.5 font-bold text-fg">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
