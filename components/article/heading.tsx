import { Children, isValidElement, type ReactNode } from 'react';

/** The plain text of React children (for the anchor link's accessible name). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return Children.toArray(node.props.children).map(textOf).join('');
  return '';
}

/**
 * An article section heading (h2/h3) with one quiet link to itself, so a reader can share one section.
 * The id comes from the MDX pipeline (lib/mdx/headings.mjs).
 *
 * Accessibility: the link sits beside the heading, not inside it, so the heading's name stays its text;
 * it is the heading's only tab stop, named "Link to section: <heading>". It hangs in the margin to the
 * left of the heading (.section-link in globals.css), so the heading keeps the full width of the text
 * column: always shown on a phone, shown on hover and focus on a wide screen with a mouse.
 * Without JavaScript it is a plain link to the section; with it (lib/enhance/enhance.js), it copies the
 * section's address and <SectionLinkStatus /> says "Link copied".
 */
export function SectionHeading({
  level,
  id,
  aliases = [],
  children,
}: {
  level: 2 | 3;
  id?: string;
  aliases?: string[];
  children?: ReactNode;
}) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  return (
    <div className={`section-heading section-heading-${level}`}>
      {/* Old ids of this section (content/redirects.yaml): links shared before a heading changed land here. */}
      {aliases.map((alias) => (
        <span key={alias} id={alias} className="section-alias" />
      ))}
      <Tag id={id}>{children}</Tag>
      <a
        className="section-link"
        href={`#${id}`}
        data-section-link=""
        aria-label={`Link to section: ${textOf(children).trim()}`}
      >
        <span aria-hidden="true">#</span>
      </a>
    </div>
  );
}

/** h2 and h3 for one article, each also answering to its old ids (see SectionHeading). */
export function headingsWithAliases(aliases: ReadonlyMap<string, string[]>) {
  const heading = (level: 2 | 3) =>
    function AliasedHeading({ id, children }: { id?: string; children?: ReactNode }) {
      return (
        <SectionHeading level={level} id={id} aliases={id ? aliases.get(id) : undefined}>
          {children}
        </SectionHeading>
      );
    };
  return { h2: heading(2), h3: heading(3) };
}
