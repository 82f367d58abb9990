// Section links (components/article/heading.tsx): with JavaScript, a click on a heading's link copies the
// section's full address and says "Link copied" in the page's status region (components/article/
// section-link-status.tsx). Without a clipboard (a page not served over https) it stays a plain link.

/** How long "Link copied" stays on screen, in ms. */
export const messageMs = 6000;

/** The full address of section `id` of the page at `pageUrl` (any #fragment of it replaced). */
export function sectionAddress(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = id;
  return url.href;
}

/** A primary click with no modifier key: the only one a page may take over (others open tabs or windows). */
export function isPlainClick(
  event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>,
): boolean {
  return event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);
}

export function installSectionLinks(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    const status = doc.querySelector<HTMLElement>('[data-copy-status]');
    if (!status) return;
    // The same words twice in a row would not be announced again: make the second differ invisibly.
    status.textContent = text && status.textContent === text ? `${text}\u00a0` : text;
    status.classList.toggle('is-visible', text !== '');
    clearTimeout(timer);
    if (text) timer = setTimeout(() => say(''), messageMs);
  };

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-section-link]');
    const clipboard = win.navigator.clipboard;
    if (!link || !clipboard || !isPlainClick(event)) return;
    event.preventDefault();
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const address = sectionAddress(win.location.href, id);
    clipboard.writeText(address).then(
      () => say('Link copied'),
      () => {
        win.location.hash = id; // the address bar shows it, to copy by hand
        say(`Copy this link: ${address}`);
      },
    );
  });
}
