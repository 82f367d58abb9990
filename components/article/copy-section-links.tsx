'use client';

import { useEffect, useState } from 'react';

/**
 * Turns on the "Copy link" buttons beside each section heading (they are rendered hidden, since they
 * cannot work without JavaScript; the plain # link beside them always works). One small leaf per
 * article page: a single click listener, and a live region that tells screen readers "Link copied".
 */
export function CopySectionLinks() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-section]');
    buttons.forEach((button) => (button.hidden = false));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-section]');
      if (!button) return;
      const url = new URL(`#${button.dataset.copySection}`, window.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        setMessage('Link copied');
      } catch {
        setMessage(`Copy this link: ${url}`);
      }
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), 6000);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);

  return (
    <p role="status" className={message ? 'copy-status is-visible' : 'copy-status'}>
      {message}
    </p>
  );
}
