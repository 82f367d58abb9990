// lib/enhance/enhance.js, the script of document pages: its pure rules, then enhance() on a small fake of
// the few document and window members it uses, for the source and for the minified file that is served
// (the real pages are tested in tests/e2e/document-pages.spec.ts).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enhanceServed, enhanceSource, minifyEnhanceScript } from '@/lib/enhance/build';
import * as source from '@/lib/enhance/enhance.js';
import * as served from '../../../public/enhance.js';

const { escapeLeaves, escapeWindowMs, isPlainClick, messageMs, sectionAddress } = source;

describe('public/enhance.js', () => {
  it('is lib/enhance/enhance.js minified: run `npm run enhance` after editing the source', () => {
    expect(readFileSync(enhanceServed, 'utf8')).toBe(minifyEnhanceScript(readFileSync(enhanceSource, 'utf8')));
  });
  it('is under 2 KB gzip', () => {
    expect(gzipSync(readFileSync(enhanceServed)).length).toBeLessThan(2048);
  });
});

describe('sectionAddress', () => {
  it('is the page address with the section as its fragment', () => {
    expect(sectionAddress('https://iop.example/learn/paying-for-an-iop', 'cost')).toBe('https://iop.example/learn/paying-for-an-iop#cost');
  });
  it('replaces the fragment the page was opened with, and keeps a query', () => {
    expect(sectionAddress('http://localhost:3000/learn/faq?x=1#old', 'new-id')).toBe('http://localhost:3000/learn/faq?x=1#new-id');
  });
});

describe('isPlainClick', () => {
  const click = (extra: Partial<MouseEvent> = {}) => ({ button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...extra }) as MouseEvent;
  it('takes over only a primary click without a modifier key', () => {
    expect(isPlainClick(click())).toBe(true);
    for (const extra of [{ button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }]) expect(isPlainClick(click(extra))).toBe(false);
  });
});

describe('escapeLeaves', () => {
  it('leaves on a second Escape within the window, not on the first nor a late one', () => {
    expect(escapeLeaves(-Infinity, 10_000)).toBe(false);
    expect(escapeLeaves(10_000, 10_000 + escapeWindowMs - 1)).toBe(true);
    expect(escapeLeaves(10_000, 10_000 + escapeWindowMs)).toBe(false);
  });
});

/** An element with only what enhance() touches. */
interface FakeElement {
  textContent: string;
  dataset: Record<string, string>;
  href: string;
  classList: { toggle(name: string, on: boolean): unknown; contains(name: string): boolean };
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): FakeElement | null;
}

function fakeElement(attributes: Record<string, string> = {}, parent?: FakeElement): FakeElement {
  const classes = new Set<string>();
  const element: FakeElement = {
    textContent: '',
    dataset: {} as Record<string, string>,
    href: attributes.href?.startsWith('#') ? `https://iop.example/learn/faq${attributes.href}` : (attributes.href ?? ''),
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)), contains: (name: string) => classes.has(name) },
    hasAttribute: (name: string) => name in attributes,
    getAttribute: (name: string) => attributes[name] ?? null,
    closest: (selector: string): FakeElement | null => {
      const names = [...selector.matchAll(/\[([a-z-]+)\]/g)].map((match) => match[1]!);
      if (names.some((name) => name in attributes)) return element;
      return parent ? parent.closest(selector) : null;
    },
  };
  return element;
}

function fakePageWith({ clipboard, enhance }: { clipboard?: { writeText: (text: string) => Promise<void> }; enhance: typeof source.enhance }) {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const listen = (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const sectionLink = fakeElement({ href: '#what-should-i-ask-my-insurer', 'data-section-link': '' });
  const hash = fakeElement({}, sectionLink); // the "#" inside the link is what a click lands on
  const exit = fakeElement({ href: 'https://www.bbc.com/weather', 'data-quick-exit': '' });
  const copyStatus = fakeElement();
  const exitStatus = fakeElement();
  const elements: Record<string, FakeElement> = { '[data-copy-status]': copyStatus, 'a[data-quick-exit]': exit, '[data-quick-exit-status]': exitStatus };
  const doc = { body: { hidden: false }, addEventListener: listen, querySelector: (selector: string) => elements[selector] ?? null };
  const location = { href: 'https://iop.example/learn/paying-for-an-iop', hash: '', replace: vi.fn() };
  const win = { navigator: { clipboard }, location, setTimeout, clearTimeout, addEventListener: listen };
  enhance(doc as unknown as Document, win as unknown as Window);
  const dispatch = (type: string, event: Record<string, unknown>) => {
    const full = { button: 0, preventDefault: vi.fn(), ...event };
    for (const listener of listeners.get(type) ?? []) listener(full);
    return full;
  };
  return { doc, location, elements: { sectionLink, hash, exit, copyStatus, exitStatus }, dispatch };
}

describe.each([
  ['lib/enhance/enhance.js', source.enhance],
  ['public/enhance.js (served)', served.enhance],
])('enhance, from %s', (_, enhance) => {
  const fakePage = (options: { clipboard?: { writeText: (text: string) => Promise<void> } } = {}) => fakePageWith({ ...options, enhance });
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  describe('section links', () => {
    it('copy the full address of the section, say "Link copied", and stay on the page', async () => {
      const writeText = vi.fn(() => Promise.resolve());
      const page = fakePage({ clipboard: { writeText } });
      const click = page.dispatch('click', { target: page.elements.hash });
      expect(click.preventDefault).toHaveBeenCalled();
      expect(writeText).toHaveBeenCalledWith('https://iop.example/learn/paying-for-an-iop#what-should-i-ask-my-insurer');
      await vi.waitFor(() => expect(page.elements.copyStatus.textContent).toBe('Link copied'));
      expect(page.elements.copyStatus.classList.contains('is-visible')).toBe(true);
      expect(page.location.hash).toBe('');
      vi.advanceTimersByTime(messageMs);
      expect(page.elements.copyStatus.textContent).toBe('');
      expect(page.elements.copyStatus.classList.contains('is-visible')).toBe(false);
    });

    it('say it again, differently, when copied twice in a row (a screen reader would not repeat the same words)', async () => {
      const page = fakePage({ clipboard: { writeText: () => Promise.resolve() } });
      page.dispatch('click', { target: page.elements.sectionLink });
      await vi.waitFor(() => expect(page.elements.copyStatus.textContent).toBe('Link copied'));
      page.dispatch('click', { target: page.elements.sectionLink });
      await vi.waitFor(() => expect(page.elements.copyStatus.textContent).toBe('Link copied\u00a0'));
    });

    it('go to the section and show its address when the clipboard refuses', async () => {
      const page = fakePage({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
      page.dispatch('click', { target: page.elements.sectionLink });
      await vi.waitFor(() => expect(page.elements.copyStatus.textContent).toBe('Copy this link: https://iop.example/learn/paying-for-an-iop#what-should-i-ask-my-insurer'));
      expect(page.location.hash).toBe('what-should-i-ask-my-insurer');
    });

    it('stay plain links without a clipboard (a page not served over https) and for clicks that open a tab', () => {
      const page = fakePage();
      expect(page.dispatch('click', { target: page.elements.sectionLink }).preventDefault).not.toHaveBeenCalled();
      const writeText = vi.fn(() => Promise.resolve());
      const withClipboard = fakePage({ clipboard: { writeText } });
      expect(withClipboard.dispatch('click', { target: withClipboard.elements.sectionLink, ctrlKey: true }).preventDefault).not.toHaveBeenCalled();
      expect(writeText).not.toHaveBeenCalled();
    });

    it('leave clicks elsewhere alone', () => {
      const page = fakePage({ clipboard: { writeText: vi.fn() } });
      expect(page.dispatch('click', { target: fakeElement({ href: '/about' }) }).preventDefault).not.toHaveBeenCalled();
      expect(page.dispatch('click', { target: null }).preventDefault).not.toHaveBeenCalled();
    });
  });

  describe('quick exit', () => {
    it('changes nothing in the page until the reader acts (React may be hydrating it)', () => {
      const page = fakePage();
      expect(page.elements.exit.dataset).toEqual({});
      expect(page.elements.exitStatus.textContent).toBe('');
      expect(page.elements.copyStatus.textContent).toBe('');
    });

    it('hides the page at once and replaces it in the history on a plain click', () => {
      const page = fakePage();
      const click = page.dispatch('click', { target: page.elements.exit });
      expect(click.preventDefault).toHaveBeenCalled();
      expect(page.doc.body.hidden).toBe(true);
      expect(page.location.replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
    });

    it('lets a click that opens a new tab through', () => {
      const page = fakePage();
      expect(page.dispatch('click', { target: page.elements.exit, metaKey: true }).preventDefault).not.toHaveBeenCalled();
      expect(page.location.replace).not.toHaveBeenCalled();
    });

    it('leaves on Escape pressed twice within a second, says "Press Escape again" after the first', () => {
      const page = fakePage();
      page.dispatch('keydown', { key: 'Escape' });
      expect(page.elements.exitStatus.textContent).toBe('Press Escape again to leave this page.');
      expect(page.location.replace).not.toHaveBeenCalled();
      vi.advanceTimersByTime(escapeWindowMs - 1);
      page.dispatch('keydown', { key: 'Escape' });
      expect(page.location.replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
      expect(page.doc.body.hidden).toBe(true);
    });

    it('does not leave on two Escapes too far apart, a held key, or other keys', () => {
      const page = fakePage();
      page.dispatch('keydown', { key: 'Escape' });
      vi.advanceTimersByTime(escapeWindowMs);
      expect(page.elements.exitStatus.textContent).toBe('');
      page.dispatch('keydown', { key: 'Escape' });
      page.dispatch('keydown', { key: 'Escape', repeat: true });
      vi.advanceTimersByTime(escapeWindowMs + 1);
      page.dispatch('keydown', { key: 'Escape' });
      page.dispatch('keydown', { key: 'Enter' });
      expect(page.location.replace).not.toHaveBeenCalled();
    });

    it('shows the page again when the reader comes back to it from the back/forward cache', () => {
      const page = fakePage();
      page.dispatch('click', { target: page.elements.exit });
      page.dispatch('pageshow', { persisted: false });
      expect(page.doc.body.hidden).toBe(true);
      page.dispatch('pageshow', { persisted: true });
      expect(page.doc.body.hidden).toBe(false);
    });
  });
});
