import { EnhanceScript } from '@/components/layout/enhance-script';

/** A neutral page to leave to (GOV.UK's default). A plain link: nothing is loaded from it in advance. */
export const quickExitUrl = 'https://www.bbc.com/weather';

/**
 * "Exit this page" (GOV.UK's Exit this page component): the first thing in the page's content, and a
 * full-width band that stays in view just under the site header while the page scrolls, so it never
 * sits on top of text or buttons (content scrolls under it, as under the header). A plain link, so it
 * works without JavaScript; with JavaScript, Shift pressed 3 times or Escape twice also leaves, the
 * page is hidden at once, and this page is replaced in the history (lib/quick-exit/install.ts, run by the
 * site's one script, lib/enhance: the same on document pages and in the self-check).
 * Accessibility: a link with a clear name; three dots inside it (hidden from screen readers) count
 * Shift presses, and a status region says how many are left. Put <QuickExitNote /> lower on the page.
 */
export function QuickExit() {
  return (
    <div className="quick-exit print:hidden">
      <a href={quickExitUrl} rel="noreferrer" className="quick-exit-button" data-quick-exit="">
        Exit this page
        <span className="quick-exit-dots" data-quick-exit-dots="" aria-hidden="true" hidden>
          <span />
          <span />
          <span />
        </span>
      </a>
      <span role="status" className="sr-only" data-quick-exit-status="" />
      <EnhanceScript />
    </div>
  );
}

/** How the quick exit works, and how to clear the browser history it cannot clear. */
export function QuickExitNote() {
  return (
    <aside aria-labelledby="quick-exit-note" className="mt-10 rounded-lg border border-line bg-surface p-4 sm:p-5">
      <h2 id="quick-exit-note" className="text-xl font-bold">
        Leaving this page quickly
      </h2>
      <p className="mt-2">
        To leave quickly, select &quot;Exit this page&quot; at the top. It opens the BBC weather page.{' '}
        {/* Shown once the script runs (html[data-enhanced] in globals.css): the keys work only with it. */}
        <span data-quick-exit-keys="">
          On a keyboard, you can also press the Shift key 3 times, or the Escape key twice.
        </span>
      </p>
      <p className="mt-2">
        This does not clear your browsing history. To hide your visit, open the History item in your browser&apos;s menu
        and delete the pages from this site. A private or incognito window does not keep history at all.
      </p>
    </aside>
  );
}
