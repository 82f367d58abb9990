import { describe, expect, it } from 'vitest';
import { articleImage, defaultTitle, pageMetadata, selfCheckMetadata, siteImage } from '@/lib/seo/metadata';

describe('pageMetadata', () => {
  it('sets every Open Graph, Twitter, canonical and feed field for an article', () => {
    const image = articleImage('faq', 'Questions and myths about IOP');
    const metadata = pageMetadata({
      title: 'Questions and myths about IOP',
      description: 'Short answers.',
      path: '/learn/faq',
      type: 'article',
      image,
      modifiedTime: '2026-11-27',
    });
    expect(metadata).toEqual({
      title: 'Questions and myths about IOP',
      description: 'Short answers.',
      alternates: {
        canonical: '/learn/faq',
        types: { 'application/atom+xml': [expect.objectContaining({ url: '/feed.xml' })] },
      },
      openGraph: {
        title: 'Questions and myths about IOP',
        description: 'Short answers.',
        url: '/learn/faq',
        siteName: 'IOP Guide',
        locale: 'en_US',
        type: 'article',
        modifiedTime: '2026-11-27',
        images: [{ url: '/learn/faq/opengraph-image', width: 1200, height: 630, alt: image.alt, type: 'image/png' }],
      },
      twitter: {
        card: 'summary_large_image',
        title: 'Questions and myths about IOP',
        description: 'Short answers.',
        images: [{ url: '/learn/faq/opengraph-image', alt: image.alt }],
      },
    });
  });

  it('gives other pages type website and the site-wide image', () => {
    const metadata = pageMetadata({ title: 'Get help now', description: 'Urgent help.', path: '/get-help-now' });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: '/get-help-now',
      images: [expect.objectContaining({ url: siteImage.url, alt: siteImage.alt })],
    });
  });

  it('uses the site title on the home page, unchanged by the layout template', () => {
    const metadata = pageMetadata({ description: 'About IOP.', path: '/' });
    expect(metadata.title).toEqual({ absolute: defaultTitle });
    expect(metadata.openGraph?.title).toBe(defaultTitle);
  });

  it('sets no canonical or og:url without a path (the 404 page), but keeps the feed link', () => {
    const metadata = pageMetadata({ title: 'Page not found', description: 'Not here.' });
    expect(metadata.alternates).toEqual({ types: expect.any(Object) });
    expect(metadata.openGraph).not.toHaveProperty('url');
  });
});

describe('selfCheckMetadata', () => {
  it('gives the form its own title, description and address, and lets it be indexed', () => {
    const form = selfCheckMetadata('form');
    expect(form).toMatchObject({
      title: 'Is an IOP right for me?',
      alternates: { canonical: '/is-iop-right-for-me' },
      openGraph: { url: '/is-iop-right-for-me' },
    });
    expect(form.description).toMatch(/^Answer a few yes or no questions/);
    expect(form).not.toHaveProperty('robots');
  });

  it("gives a reader's answers the same title and address, never indexed", () => {
    expect(selfCheckMetadata('answers')).toEqual({
      ...selfCheckMetadata('form'),
      robots: { index: false, follow: true },
    });
  });
});
