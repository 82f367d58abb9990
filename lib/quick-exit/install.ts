/**
 * The quick exit's browser behaviour, in plain DOM code (no React), so any page can run it from a
 * small script. It works on the markup that components/selfcheck/quick-exit.tsx renders:
 *
 *   a[data-quick-exit]          the "Exit this page" link (href: the neutral page)
 *   [data-quick-exit-dots]      three dots inside the link, lit one per Shift press (hidden until used)
 *   [data-quick-exit-status]    a role="status" element for what a screen reader should hear
 *   [data-quick-exit-keys]      the sentence about the keyboard shortcuts, hidden until this runs
 *
 * Leaving hides the page at once (GOV.UK's loading overlay) and replaces this page in the history,
 * so the Back button does not return to it. Returns a function that removes everything it added.
 */
import { expireExitKeys, exitKeyAnnouncement, initialExitKeyState, nextExitKeyState, shiftWindowMs, type ExitKeyState } from './keys';

export function installQuickExit(doc: Document = document): () => void {
  const win = doc.defaultView;
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!win || !link) return () => undefined;
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  const dots = link.querySelector<HTMLElement>('[data-quick-exit-dots]');
  let state: ExitKeyState = initialExitKeyState;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (lit: number) => {
    if (!dots) return;
    dots.hidden = lit === 0;
    dots.querySelectorAll('span').forEach((dot, i) => dot.classList.toggle('is-lit', i < lit));
  };
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const leave = () => {
    say('Loading.');
    doc.documentElement.classList.add('quick-exit-leaving');
    doc.body.hidden = true;
    win.location.replace(link.href);
  };

  const onKeyUp = (event: KeyboardEvent) => {
    const next = nextExitKeyState(state, { key: event.key, shiftKey: event.shiftKey, time: Date.now() });
    state = next.state;
    if (next.outcome.kind === 'exit') return leave();
    show(state.shiftCount);
    if (next.outcome.kind === 'none') return;
    say(exitKeyAnnouncement(next.outcome));
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = expireExitKeys(state, Date.now());
      show(state.shiftCount);
      say('');
    }, shiftWindowMs + 50);
  };
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  };
  // Coming back with the Back button from the browser's page cache: show the page again.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    doc.documentElement.classList.remove('quick-exit-leaving');
    doc.body.hidden = false;
    state = initialExitKeyState;
    show(0);
    say('');
  };

  for (const note of doc.querySelectorAll<HTMLElement>('[data-quick-exit-keys]')) note.hidden = false;
  link.dataset.quickExit = 'ready'; // tests wait for this before pressing keys or clicking
  doc.addEventListener('keyup', onKeyUp, true);
  link.addEventListener('click', onClick);
  win.addEventListener('pageshow', onPageShow);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('keyup', onKeyUp, true);
    link.removeEventListener('click', onClick);
    win.removeEventListener('pageshow', onPageShow);
    link.dataset.quickExit = '';
  };
}
