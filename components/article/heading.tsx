import { Children, isValidElement, type ReactNode } from 'react';

/** The plain text of React children (for the anchor link's accessible name). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return Children.toArray(node.props.children).map(textOf).join('');
  return '';
}

/**
 * An article section heading (h2/h3) with a visible link to itself, so a reader can copy the
 * address of one section. The id comes from the MDX pipeline (lib/mdx/headings.mjs).
 * The link sits beside the heading, not inside it, so the heading's name stays just its text.
 */
export function SectionHeading({ level, id, children }: { level: 2 | 3; id?: string; children?: ReactNode }) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  return (
    <div className={`section-heading section-heading-${level}`}>
      <Tag id={id}>{children}</Tag>
      <a className="section-link" href={`#${id}`} aria-label={`Link to section: ${textOf(children).trim()}`}>
        <span aria-hidden="true">#</span>
      </a>
    </div>
  );
}
