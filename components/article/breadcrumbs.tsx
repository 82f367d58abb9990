import type { Crumb } from '@/lib/seo/breadcrumbs';

/**
 * Breadcrumbs (WAI-ARIA breadcrumb pattern): a nav landmark named "Breadcrumb", an ordered list whose
 * last item is the current page, as plain text marked aria-current="page" (it is not a link to itself).
 * Separators are hidden from screen readers. On a phone only the parent shows, as one short link back
 * ("‹ Understanding IOP", NHS style), so it never wraps; the list is hidden there. Hidden in print.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const parent = trail.at(-2);
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs text-base print:hidden">
      <ol className="breadcrumb-trail">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.path}>
              {index > 0 ? (
                <span aria-hidden="true" className="breadcrumb-separator">
                  ›
                </span>
              ) : null}
              {current ? <span aria-current="page">{crumb.name}</span> : <a href={crumb.path}>{crumb.name}</a>}
            </li>
          );
        })}
      </ol>
      {parent ? (
        <p className="breadcrumb-back">
          <a href={parent.path}>
            <span aria-hidden="true">‹ </span>
            <span className="sr-only">Back to </span>
            {parent.name}
          </a>
        </p>
      ) : null}
    </nav>
  );
}
