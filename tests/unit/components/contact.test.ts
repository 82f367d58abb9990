// /about's "Contact and feedback": a real address when SITE_CONTACT_EMAIL is set, an honest word and
// somewhere to turn when it is not; never the old dead end.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Contact } from '@/components/about/contact';
import { contactEmail } from '@/lib/site';

describe('contactEmail (SITE_CONTACT_EMAIL)', () => {
  it('takes a plain address, trimmed, and treats anything else as unset', () => {
    expect(contactEmail(' editors@iop.example.org ')).toBe('editors@iop.example.org');
    for (const value of [
      undefined,
      '',
      '   ',
      'editors',
      'a@b',
      'x <a@b.org>',
      'a b@c.org',
      'javascript:alert(1)@x.org',
    ])
      expect(contactEmail(value), String(value)).toBeUndefined();
  });
});

describe('<Contact />', () => {
  it('shows the address as a mailto link, and asks for no health details', () => {
    const html = renderToStaticMarkup(createElement(Contact, { email: 'editors@iop.example.org' }));
    expect(html).toContain('<a href="mailto:editors@iop.example.org">editors@iop.example.org</a>');
    expect(html).toContain('do not include your name, health details');
    expect(html).toContain('id="contact-and-feedback"');
  });

  it('without an address, says so and points to the helpline and urgent help instead', () => {
    const html = renderToStaticMarkup(createElement(Contact, { email: undefined }));
    expect(html).not.toContain('mailto:');
    expect(html).not.toMatch(/issue tracker|README/i);
    expect(html).toContain('We cannot take messages yet');
    expect(html).toContain('href="tel:+18006624357"');
    expect(html).toContain('href="/get-help-now"');
  });
});
