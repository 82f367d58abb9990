// @ts-check
// The site's one script on document pages, which are served as HTML and CSS only (README > Performance).
// Progressive enhancement: every behaviour here has a plain-HTML fallback that works without it.
// Served minified as public/enhance.js (`npm run enhance` writes it; a unit test keeps the two the same),
// as a module, only on pages that use it (components/layout/enhance-script.tsx); it runs before the page's
// load event. It changes nothing in the page until the reader acts, so React, where a page has it (the
// self-check, every page under `next dev`), finds the page as the server rendered it. No framework: the
// pure rules are exported for tests/unit/documents/enhance.test.ts, and enhance() wires them to a document
// (or to a test's small fake of one).

/** How long a message ("Link copied") stays on screen, in ms. */
export const messageMs = 6000;
/** Escape pressed twice this close together (ms) leaves the page. */
export const escapeWindowMs = 1000;

/** The full address of section `id` of the page at `pageUrl` (any #fragment of it replaced). */
export function sectionAddress(/** @type {string} */ pageUrl, /** @type {string} */ id) {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}

/** A primary click with no modifier key: the only one a page may take over (others open tabs or windows). */
export const isPlainClick = (/** @type {MouseEvent} */ event) =>
  event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);

/** Whether an Escape press at `now` leaves the page, given the time of the previous one (or -Infinity). */
export const escapeLeaves = (/** @type {number} */ previous, /** @type {number} */ now) => now - previous < escapeWindowMs;

/**
 * Wires the behaviours to `doc`, using `win` for the clipboard, the address and timers:
 * - a section link (a[data-section-link], components/article/heading.tsx) copies the section's address
 *   and says "Link copied" in [data-copy-status]; without a clipboard it stays a plain link;
 * - the quick exit (a[data-quick-exit], components/selfcheck/quick-exit.tsx), or Escape pressed twice,
 *   hides the page at once and replaces it in the history with a neutral page.
 * @param {Document} doc
 * @param {Window} win
 */
export function enhance(doc, win) {
  /** @type {Map<Element, number>} */
  const timers = new Map();
  const say = (/** @type {Element | null} */ region, /** @type {string} */ text, ms = messageMs) => {
    if (!region) return;
    // The same words twice in a row would not be announced again: make the second differ invisibly.
    region.textContent = text && region.textContent === text ? `${text}\u00a0` : text;
    region.classList.toggle('is-visible', text !== '');
    win.clearTimeout(timers.get(region));
    if (text) timers.set(region, win.setTimeout(() => say(region, ''), ms));
  };

  const exitLink = () => /** @type {HTMLAnchorElement | null} */ (doc.querySelector('a[data-quick-exit]'));
  const leave = (/** @type {string} */ href) => {
    doc.body.hidden = true;
    win.location.replace(href);
  };

  const copy = (/** @type {MouseEvent} */ event, /** @type {HTMLAnchorElement} */ link) => {
    const clipboard = win.navigator.clipboard;
    if (!clipboard) return; // no clipboard (a page not served over https): the link shows the address
    event.preventDefault();
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const address = sectionAddress(win.location.href, id);
    const status = doc.querySelector('[data-copy-status]');
    clipboard.writeText(address).then(
      () => say(status, 'Link copied'),
      () => {
        win.location.hash = id;
        say(status, `Copy this link: ${address}`);
      },
    );
  };

  doc.addEventListener('click', (event) => {
    const target = /** @type {Element | null} */ (event.target);
    const link = /** @type {HTMLAnchorElement | null} */ (target?.closest?.('a[data-section-link], a[data-quick-exit]') ?? null);
    if (!link || !isPlainClick(event)) return;
    if (link.hasAttribute('data-quick-exit')) {
      event.preventDefault();
      leave(link.href);
    } else copy(event, link);
  });

  let lastEscape = -Infinity;
  doc.addEventListener('keydown', (event) => {
    const link = exitLink();
    if (!link || event.key !== 'Escape' || event.repeat) return;
    const now = Date.now();
    if (escapeLeaves(lastEscape, now)) return leave(link.href);
    lastEscape = now;
    say(doc.querySelector('[data-quick-exit-status]'), 'Press Escape again to leave this page.', escapeWindowMs);
  });

  // Back to a page the quick exit hid, from the browser's back/forward cache: show it again.
  win.addEventListener('pageshow', (event) => {
    if (/** @type {PageTransitionEvent} */ (event).persisted) doc.body.hidden = false;
  });
}

if (typeof document !== 'undefined') enhance(document, window);
