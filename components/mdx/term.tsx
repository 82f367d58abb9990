import type { ReactNode } from 'react';

/** A word linked to its glossary entry (/glossary#id). The content check makes sure the id exists. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <a href={`/glossary#${id}`} className="term">
      {children}
    </a>
  );
}
