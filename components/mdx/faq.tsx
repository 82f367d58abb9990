import type { ReactNode } from 'react';

/**
 * Questions and answers as native disclosure widgets (<details>/<summary>): they open and close
 * with keyboard and screen readers, and work without JavaScript.
 */
export function FAQ({ children }: { children?: ReactNode }) {
  return <div className="faq not-prose my-6">{children}</div>;
}

export function Question({ q, children }: { q: string; children?: ReactNode }) {
  return (
    <details className="faq-item">
      <summary>{q}</summary>
      <div className="faq-answer prose">{children}</div>
    </details>
  );
}
