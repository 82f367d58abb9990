'use client';

import { useEffect, useState } from 'react';

/** Two presses of Escape this close together (ms) leave the page. */
const doublePressMs = 1000;

/**
 * The quick exit's script: Escape twice, or a click on the "Leave this page" link, hides the page
 * at once and replaces it in the history with the neutral page (so Back does not return here).
 * Renders only a live region that says "Press Escape again" after the first press.
 */
export function QuickExitKeys({ href }: { href: string }) {
  const [hint, setHint] = useState('');

  useEffect(() => {
    let lastPress = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leave = () => {
      document.body.hidden = true;
      window.location.replace(href);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = Date.now();
      if (now - lastPress < doublePressMs) return leave();
      lastPress = now;
      setHint('Press Escape again to leave this page.');
      clearTimeout(timer);
      timer = setTimeout(() => setHint(''), doublePressMs);
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-quick-exit]') : null;
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      leave();
    };
    // Coming back from the back/forward cache: show the page again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) document.body.hidden = false;
    };
    // Marks the links as handled here (tests wait for this before pressing keys or clicking).
    for (const link of document.querySelectorAll<HTMLElement>('a[data-quick-exit]')) link.dataset.quickExit = 'ready';
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [href]);

  return (
    <span className="sr-only" aria-live="polite">
      {hint}
    </span>
  );
}
