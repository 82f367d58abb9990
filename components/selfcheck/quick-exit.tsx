import { EnhanceScript } from '@/components/layout/enhance-script';

/** A neutral page to leave to. A plain link: nothing is loaded from it in advance. */
export const quickExitUrl = 'https://www.bbc.com/weather';

/**
 * "Leave this page" (GOV.UK "Exit this page"): a plain link that stays in view at the bottom
 * right while scrolling (see .quick-exit in globals.css). With JavaScript, pressing Escape twice
 * also leaves, and leaving replaces this page in the history so Back does not return to it (lib/enhance/enhance.js:
 * the same script on document pages and in the self-check). The status region says "Press Escape again".
 * Put it on pages someone may need to hide quickly, with <QuickExitNote /> further down.
 */
export function QuickExit() {
  return (
    <div className="quick-exit print:hidden">
      <a href={quickExitUrl} rel="noreferrer" className="button-urgent" data-quick-exit="">
        Leave this page
      </a>
      <span className="sr-only" aria-live="polite" data-quick-exit-status="" />
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
        To leave quickly, select &quot;Leave this page&quot; or press the Escape key twice. It opens the BBC weather page.
      </p>
      <p className="mt-2">
        This does not clear your browsing history. To hide your visit, open your browser&apos;s history (Ctrl+H on most
        computers, Cmd+Y in Safari on a Mac, or the History item in your phone browser&apos;s menu) and delete the pages
        from this site. A private or incognito window does not keep history at all.
      </p>
    </aside>
  );
}
