/**
 * The header's search box: a plain GET form to /search, so it works without JavaScript and adds
 * none to any page. Its placeholder says what it searches, and its accessible name is "Search" (a
 * label for screen readers); the button says it too. On a phone it takes its own line under the
 * navigation, so the sticky top bar stays one short line. The search page hides it (globals.css), so
 * that page has one search box: its own.
 */
export function SiteSearch() {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Site"
      className="site-search flex w-full gap-2 sm:w-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search the guide"
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 flex-1 rounded-md border-2 border-fg bg-bg px-3 py-1 text-base text-fg sm:w-56"
      />
      <button type="submit" className="button-primary cursor-pointer border-0 text-base">
        Search
      </button>
    </form>
  );
}
