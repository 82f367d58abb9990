import { navigation, siteName } from '@/lib/site';
import { SiteSearch } from './site-search';

/**
 * Site header. The top bar (site name and "Get help now") stays in view while scrolling, on every
 * screen width, so urgent help is always one tap away. The row below it (navigation and search)
 * scrolls away. The top bar has a fixed height (--site-header-height in globals.css) so the quick
 * exit band can stick right under it.
 */
export function SiteHeader() {
  return (
    <>
      <header className="sticky top-0 z-20 border-b border-line bg-bg print:static print:border-0">
        <div className="site-header-bar mx-auto flex max-w-5xl items-center justify-between gap-3 px-4">
          <a href="/" className="text-xl font-bold text-fg no-underline visited:text-fg">
            {siteName}
          </a>
          <a href="/get-help-now" className="button-urgent print:hidden">
            Get help now
          </a>
        </div>
      </header>
      <div className="border-b border-line bg-surface print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1.5 px-4 py-1.5 sm:gap-y-2 sm:py-2">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {navigation.map((item) => (
                <li key={item.href}>
                  <a href={item.href} className="inline-block font-semibold sm:py-1">
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <SiteSearch />
        </div>
      </div>
    </>
  );
}
