/**
 * The quick exit's browser behaviour, in plain DOM code (no React), so any page can run it from a
 * small script. It works on the markup that components/selfcheck/quick-exit.tsx renders:
 *
 *   a[data-quick-exit]          the "Exit this page" link (href: the neutral page)
 *   [data-quick-exit-dots]      three dots inside the link, lit one per Shift press (hidden until used)
 *   [data-quick-exit-status]    a role="status" element for what a screen reader should hear
 *
 * (The sentence about the keyboard shortcuts, [data-quick-exit-keys], is shown by CSS once the script
 * runs: lib/enhance/enhance.ts marks <html>.) Run by lib/enhance/enhance.ts, the site's one script.
 * Leaving hides the page at once (GOV.UK's loading overlay) and replaces this page in the history,
 * so the Back button does not return to it.
 */
import { isPlainClick } from '../enhance/section-links';
import {
  expireExitKeys,
  exitKeyAnnouncement,
  initialExitKeyState,
  nextExitKeyState,
  shiftWindowMs,
  type ExitKeyState,
} from './keys';

export function installQuickExit(doc: Document): void {
  const win = doc.defaultView;
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!win || !link) return;
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
    if (!isPlainClick(event)) return;
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

  doc.addEventListener('keyup', onKeyUp, true);
  link.addEventListener('click', onClick);
  win.addEventListener('pageshow', onPageShow);
}
