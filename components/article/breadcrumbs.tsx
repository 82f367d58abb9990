import type { Crumb } from '@/lib/seo/breadcrumbs';

/**
 * Breadcrumbs (WAI-ARIA breadcrumb pattern): a nav landmark named "Breadcrumb", an ordered list,
 * the current page marked aria-current="page". Separators are hidden from screen readers.
 * Hidden in print, where links cannot be followed.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-base print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-2">
              {index > 0 ? (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              ) : null}
              <a href={crumb.path} aria-current={current ? 'page' : undefined} className={current ? 'text-fg no-underline visited:text-fg' : undefined}>
                {crumb.name}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
