// The script of document pages (lib/enhance): its pure rules, then enhance() on a small fake of the few
// document and window members it uses, for the source and for the bundled file that is served. The pure
// quick-exit key rules have their own tests (tests/unit/quick-exit/keys.test.ts); the real pages are
// tested in tests/e2e/document-pages.spec.ts and tests/e2e/quick-exit.spec.ts.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildEnhanceScript, enhanceServed } from '../../../scripts/enhance-bundle';
import { enhance as sourceEnhance } from '@/lib/enhance/enhance';
import { isPlainClick, messageMs, sectionAddress } from '@/lib/enhance/section-links';
import { shiftWindowMs } from '@/lib/quick-exit/keys';
import { enhance as servedEnhance } from '../../../public/enhance.js';

describe('public/enhance.js', () => {
  it('is lib/enhance/enhance.ts bundled and minified: run `npm run enhance` after editing the source', () => {
    expect(readFileSync(enhanceServed, 'utf8')).toBe(buildEnhanceScript());
  });
  it('is under 2 KB gzip', () => {
    expect(gzipSync(readFileSync(enhanceServed)).length).toBeLessThan(2048);
  });
});

describe('sectionAddress', () => {
  it('is the page address with the section as its fragment', () => {
    expect(sectionAddress('https://iop.example/learn/paying-for-an-iop', 'cost')).toBe(
      'https://iop.example/learn/paying-for-an-iop#cost',
    );
  });
  it('replaces the fragment the page was opened with, and keeps a query', () => {
    expect(sectionAddress('http://localhost:3000/learn/faq?x=1#old', 'new-id')).toBe(
      'http://localhost:3000/learn/faq?x=1#new-id',
    );
  });
});

describe('isPlainClick', () => {
  const click = (extra: Partial<MouseEvent> = {}) => ({
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    ...extra,
  });
  it('takes over only a primary click without a modifier key', () => {
    expect(isPlainClick(click())).toBe(true);
    for (const extra of [{ button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }])
      expect(isPlainClick(click(extra))).toBe(false);
  });
});

type Listener = (event: Record<string, unknown>) => void;

/** An element with only what the script touches; selectors are matched by attribute name or tag. */
class FakeElement {
  textContent = '';
  hidden = false;
  dataset: Record<string, string> = {};
  readonly classes = new Set<string>();
  readonly classList = {
    toggle: (name: string, on: boolean) => (on ? this.classes.add(name) : this.classes.delete(name)),
    add: (name: string) => this.classes.add(name),
    remove: (name: string) => this.classes.delete(name),
  };
  readonly listeners = new Map<string, Listener[]>();
  readonly children: FakeElement[] = [];

  constructor(
    readonly tag: string,
    readonly attributes: Record<string, string> = {},
    readonly parent?: FakeElement,
  ) {
    parent?.children.push(this);
    this.hidden = 'hidden' in attributes;
  }
  get href() {
    return new URL(this.attributes.href ?? '', 'https://iop.example/learn/paying-for-an-iop').href;
  }
  getAttribute = (name: string) => this.attributes[name] ?? null;
  matches = (selector: string) =>
    selector === this.tag || [...selector.matchAll(/\[([a-z-]+)\]/g)].some((match) => match[1]! in this.attributes);
  closest = (selector: string): FakeElement | null =>
    this.matches(selector) ? this : (this.parent?.closest(selector) ?? null);
  querySelectorAll = (selector: string): FakeElement[] =>
    this.children.flatMap((child) => [
      ...(child.matches(selector) ? [child] : []),
      ...child.querySelectorAll(selector),
    ]);
  querySelector = (selector: string) => this.querySelectorAll(selector)[0] ?? null;
  addEventListener = (type: string, listener: Listener) =>
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
}

/** An article's heading link and status, and the quick exit with its dots and status, as the pages render them. */
function fakePage(
  enhance: (doc: Document) => void,
  { clipboard }: { clipboard?: { writeText: (text: string) => Promise<void> } } = {},
) {
  const html = new FakeElement('html');
  const body = new FakeElement('body', {}, html);
  const sectionLink = new FakeElement('a', { href: '#what-should-i-ask-my-insurer', 'data-section-link': '' }, body);
  const hash = new FakeElement('span', {}, sectionLink); // the "#" inside the link is what a click lands on
  const copyStatus = new FakeElement('p', { 'data-copy-status': '' }, body);
  const exit = new FakeElement('a', { href: 'https://www.bbc.com/weather', 'data-quick-exit': '' }, body);
  const dots = new FakeElement('span', { 'data-quick-exit-dots': '', hidden: '' }, exit);
  for (let dot = 0; dot < 3; dot++) new FakeElement('span', {}, dots);
  const exitStatus = new FakeElement('span', { 'data-quick-exit-status': '' }, body);
  const location = { href: 'https://iop.example/learn/paying-for-an-iop', hash: '', replace: vi.fn() };
  const win = { navigator: { clipboard }, location, addEventListener: html.addEventListener };
  const doc = {
    documentElement: html,
    body,
    defaultView: win,
    querySelector: html.querySelector,
    querySelectorAll: html.querySelectorAll,
    addEventListener: body.addEventListener,
  };
  enhance(doc as unknown as Document);
  /** Sends an event to the listeners of `on` (the document's by default), as the browser would. */
  const dispatch = (type: string, event: Record<string, unknown> = {}, on: FakeElement = body) => {
    const full = { button: 0, shiftKey: false, preventDefault: vi.fn(), ...event };
    for (const listener of on.listeners.get(type) ?? []) listener(full);
    return full;
  };
  const lit = () => dots.children.filter((dot) => dot.classes.has('is-lit')).length;
  return { html, body, location, sectionLink, hash, copyStatus, exit, dots, exitStatus, dispatch, lit };
}

describe.each([
  ['the source', sourceEnhance],
  ['the served bundle', servedEnhance as typeof sourceEnhance],
])('enhance(), from %s', (_, enhance) => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('marks <html> as enhanced, and changes nothing else until the reader acts', () => {
    const page = fakePage(enhance, { clipboard: { writeText: vi.fn() } });
    expect(page.html.dataset).toEqual({ enhanced: '' });
    expect(page.exit.dataset).toEqual({});
    expect([page.copyStatus.textContent, page.exitStatus.textContent]).toEqual(['', '']);
    expect(page.dots.hidden).toBe(true);
  });

  describe('section links', () => {
    it('copy the full address of the section, say "Link copied", and stay on the page', async () => {
      const writeText = vi.fn(() => Promise.resolve());
      const page = fakePage(enhance, { clipboard: { writeText } });
      const click = page.dispatch('click', { target: page.hash });
      expect(click.preventDefault).toHaveBeenCalled();
      expect(writeText).toHaveBeenCalledWith(
        'https://iop.example/learn/paying-for-an-iop#what-should-i-ask-my-insurer',
      );
      await vi.waitFor(() => expect(page.copyStatus.textContent).toBe('Link copied'));
      expect(page.copyStatus.classes.has('is-visible')).toBe(true);
      expect(page.location.hash).toBe('');
      vi.advanceTimersByTime(messageMs);
      expect(page.copyStatus.textContent).toBe('');
      expect(page.copyStatus.classes.has('is-visible')).toBe(false);
    });

    it('say it again, differently, when copied twice in a row (a screen reader would not repeat the same words)', async () => {
      const page = fakePage(enhance, { clipboard: { writeText: () => Promise.resolve() } });
      page.dispatch('click', { target: page.sectionLink });
      await vi.waitFor(() => expect(page.copyStatus.textContent).toBe('Link copied'));
      page.dispatch('click', { target: page.sectionLink });
      await vi.waitFor(() => expect(page.copyStatus.textContent).toBe('Link copied\u00a0'));
    });

    it('go to the section and show its address when the clipboard refuses', async () => {
      const page = fakePage(enhance, { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
      page.dispatch('click', { target: page.sectionLink });
      await vi.waitFor(() =>
        expect(page.copyStatus.textContent).toBe(
          'Copy this link: https://iop.example/learn/paying-for-an-iop#what-should-i-ask-my-insurer',
        ),
      );
      expect(page.location.hash).toBe('what-should-i-ask-my-insurer');
    });

    it('stay plain links without a clipboard (a page not served over https) and for clicks that open a tab', () => {
      const page = fakePage(enhance);
      expect(page.dispatch('click', { target: page.sectionLink }).preventDefault).not.toHaveBeenCalled();
      const writeText = vi.fn(() => Promise.resolve());
      const withClipboard = fakePage(enhance, { clipboard: { writeText } });
      expect(
        withClipboard.dispatch('click', { target: withClipboard.sectionLink, ctrlKey: true }).preventDefault,
      ).not.toHaveBeenCalled();
      expect(writeText).not.toHaveBeenCalled();
    });

    it('leave clicks elsewhere alone', () => {
      const page = fakePage(enhance, { clipboard: { writeText: vi.fn() } });
      expect(
        page.dispatch('click', { target: new FakeElement('a', { href: '/about' }, page.body) }).preventDefault,
      ).not.toHaveBeenCalled();
      expect(page.dispatch('click', { target: null }).preventDefault).not.toHaveBeenCalled();
    });
  });

  describe('quick exit', () => {
    it('hides the page at once and replaces it in the history on a plain click, and lets a new-tab click through', () => {
      const page = fakePage(enhance);
      expect(page.dispatch('click', { metaKey: true }, page.exit).preventDefault).not.toHaveBeenCalled();
      expect(page.location.replace).not.toHaveBeenCalled();
      expect(page.dispatch('click', {}, page.exit).preventDefault).toHaveBeenCalled();
      expect(page.body.hidden).toBe(true);
      expect(page.html.classes.has('quick-exit-leaving')).toBe(true);
      expect(page.exitStatus.textContent).toBe('Loading.');
      expect(page.location.replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
    });

    it('leaves on Shift pressed 3 times, counting down aloud and with the dots, and starts again after a pause', () => {
      const page = fakePage(enhance);
      page.dispatch('keyup', { key: 'Shift' });
      expect(page.exitStatus.textContent).toBe('Shift, press 2 more times to exit.');
      expect([page.dots.hidden, page.lit()]).toEqual([false, 1]);
      vi.advanceTimersByTime(shiftWindowMs + 50);
      expect([page.exitStatus.textContent, page.dots.hidden, page.lit()]).toEqual(['', true, 0]);
      for (let press = 1; press <= 2; press++) page.dispatch('keyup', { key: 'Shift' });
      expect(page.lit()).toBe(2);
      expect(page.location.replace).not.toHaveBeenCalled();
      page.dispatch('keyup', { key: 'Shift' });
      expect(page.location.replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
    });

    it('leaves on Escape pressed twice', () => {
      const page = fakePage(enhance);
      page.dispatch('keyup', { key: 'Escape' });
      expect(page.exitStatus.textContent).toBe('Escape, press 1 more time to exit.');
      page.dispatch('keyup', { key: 'Escape' });
      expect(page.location.replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
    });

    it('shows the page again when the reader comes back to it from the back/forward cache', () => {
      const page = fakePage(enhance);
      page.dispatch('click', {}, page.exit);
      page.dispatch('pageshow', { persisted: false }, page.html);
      expect(page.body.hidden).toBe(true);
      page.dispatch('pageshow', { persisted: true }, page.html);
      expect(page.body.hidden).toBe(false);
      expect(page.html.classes.has('quick-exit-leaving')).toBe(false);
    });
  });
});
