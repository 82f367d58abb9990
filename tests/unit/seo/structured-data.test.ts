import { describe, expect, it } from 'vitest';
import { articleTrail, sectionId } from '@/lib/seo/breadcrumbs';
import {
  absoluteUrl,
  breadcrumbList,
  faqPage,
  medicalWebPage,
  serializeJsonLd,
  webSite,
} from '@/lib/seo/structured-data';

const site = { name: 'IOP Guide', url: 'https://iop.example' };
const article = {
  title: 'Paying for an IOP',
  description: 'How insurance and Medicare cover intensive outpatient programs, and what to ask your insurer.',
  path: '/learn/paying-for-an-iop',
  lastReviewed: '2026-11-20',
  sources: [
    {
      title: 'Mental health care (IOP services)',
      publisher: 'Medicare.gov',
      url: 'https://www.medicare.gov/x',
      year: 2024,
    },
  ],
};

describe('medicalWebPage', () => {
  it('describes the article as a MedicalWebPage about IOP for patients and caregivers', () => {
    const data = medicalWebPage(site, article);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: article.title,
      description: article.description,
      url: 'https://iop.example/learn/paying-for-an-iop',
      lastReviewed: '2026-11-20',
      about: { '@type': 'MedicalTherapy', name: 'Intensive outpatient program' },
      medicalAudience: [
        { '@type': 'MedicalAudience', audienceType: 'Patient' },
        { '@type': 'MedicalAudience', audienceType: 'Caregiver' },
      ],
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'IOP Guide', url: 'https://iop.example/' },
      citation: [
        {
          '@type': 'CreativeWork',
          name: article.sources[0]!.title,
          url: article.sources[0]!.url,
          datePublished: '2024',
        },
      ],
    });
  });

  it('names a reviewer only when the article has one', () => {
    expect(medicalWebPage(site, article)).not.toHaveProperty('reviewedBy');
    expect(medicalWebPage(site, { ...article, reviewedBy: 'Jane Doe, LCSW' }).reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Jane Doe, LCSW',
    });
  });
});

describe('breadcrumbs', () => {
  it('goes Home > Section > Article, the section linking to its heading on the list of articles', () => {
    const trail = articleTrail({ title: 'Paying for an IOP', slug: 'paying-for-an-iop', section: 'Getting help' });
    expect(trail).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Getting help', path: '/learn#section-getting-help' },
      { name: 'Paying for an IOP', path: '/learn/paying-for-an-iop' },
    ]);
    expect(breadcrumbList(site, trail)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://iop.example/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Getting help',
          item: 'https://iop.example/learn#section-getting-help',
        },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Paying for an IOP',
          item: 'https://iop.example/learn/paying-for-an-iop',
        },
      ],
    });
  });

  it('makes section ids the way the list of articles does (GitHub-style slugs)', () => {
    expect(sectionId('Understanding IOP')).toBe('section-understanding-iop');
    expect(sectionId('Recovery and support')).toBe('section-recovery-and-support');
  });
});

describe('faqPage', () => {
  it('lists each question with its accepted answer and the address of its answer', () => {
    expect(
      faqPage(site, '/learn/faq', [
        { id: 'is-iop-only-for-addiction', question: 'Is IOP only for addiction?', answer: 'No.' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url: 'https://iop.example/learn/faq',
      inLanguage: 'en',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is IOP only for addiction?',
          url: 'https://iop.example/learn/faq#is-iop-only-for-addiction',
          acceptedAnswer: { '@type': 'Answer', text: 'No.' },
        },
      ],
    });
  });
});

describe('webSite and absoluteUrl', () => {
  it('gives the home page a trailing slash and other pages none', () => {
    expect(absoluteUrl(site, '/')).toBe('https://iop.example/');
    expect(absoluteUrl(site, '/glossary')).toBe('https://iop.example/glossary');
    expect(webSite(site, 'About IOP.')).toMatchObject({
      '@type': 'WebSite',
      url: 'https://iop.example/',
      name: 'IOP Guide',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script tag early, and still parses to the same data', () => {
    const data = faqPage(site, '/learn/faq', [
      { id: 'what-is-script', question: 'What is </script><script>alert(1)</script>?', answer: 'a < b & c\u2028' },
    ]);
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(data);
  });
});
