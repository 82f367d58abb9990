import type { ReactNode } from 'react';

/**
 * An NHS "card with chevron": a title that is a link, an optional line under it, and a chevron. The
 * whole card is the link's target (its ::after covers the card), yet the link's name is only its title,
 * and the card is one tab stop. `urgent` marks the one card that leads to emergency help (red edge).
 * Links inside `children` (a phone number) stay tappable on their own, above the card's target.
 * Accessibility: a list item; the title is a heading when `headingLevel` is given, so a list of
 * articles can be skimmed by headings; focus outlines the whole card.
 */
export function LinkCard({
  href,
  title,
  headingLevel,
  urgent = false,
  children,
}: {
  href: string;
  title: string;
  headingLevel?: 2 | 3 | 4;
  urgent?: boolean;
  children?: ReactNode;
}) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <li className={urgent ? 'link-card link-card-urgent' : 'link-card'}>
      <Title className="link-card-title">
        <a href={href} className="link-card-link">
          {title}
        </a>
      </Title>
      {children ? <div className="link-card-text">{children}</div> : null}
    </li>
  );
}
