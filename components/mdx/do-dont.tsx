import type { ReactNode } from 'react';

/** NHS-style do and don't lists. The heading says which list it is, so screen readers hear it too. */
function List({ kind, children }: { kind: 'do' | 'dont'; children?: ReactNode }) {
  return (
    <section className={`do-dont do-dont-${kind} not-prose`} aria-label={kind === 'do' ? 'Do' : "Don't"}>
      <p className="do-dont-title">{kind === 'do' ? 'Do' : "Don't"}</p>
      <div className="prose">{children}</div>
    </section>
  );
}

export const Do = ({ children }: { children?: ReactNode }) => <List kind="do">{children}</List>;
export const Dont = ({ children }: { children?: ReactNode }) => <List kind="dont">{children}</List>;
