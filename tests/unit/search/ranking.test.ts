// Ranking against the real content: for each query, the page a reader most likely wants comes first.
// If an article is rewritten and one of these fails, check the new text still answers the query,
// then update the expectation here rather than tuning the weights for one word.
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/loader';
import { search } from '@/lib/search/query';
import { getSearchIndex, getSearchSynonyms } from '@/lib/search/site-index';

const index = getSearchIndex();
const synonyms = getSearchSynonyms();
const first = (query: string) => search(index, query, synonyms).results[0]?.url ?? '(no results)';
const urls = (query: string) => search(index, query, synonyms).results.map((hit) => hit.url);

/** query -> where the first result must go: a page or one of its sections, only a section ('...#'), or one of several. */
const expectations: [query: string, first: string | string[]][] = [
  [
    'medicare',
    ['/learn/paying-for-an-iop#does-medicare-cover-an-iop', '/learn/other-ways-to-pay#does-medicare-pay-for-an-iop'],
  ],
  ['relapse', '/learn/relapse-prevention'],
  ['insurance', ['/learn/paying-for-an-iop#', '/learn/other-ways-to-pay#what-if-i-have-no-insurance']],
  ['detox', '/learn/detox-and-iop'],
  ['virtual', '/learn/virtual-iop'],
  ['online', '/learn/virtual-iop'],
  ['telehealth', ['/learn/virtual-iop', '/glossary#telehealth']],
  ['PHP', ['/learn/levels-of-care#day-program-php', '/glossary#php']],
  ['family member', '/learn/supporting-someone-in-an-iop#'],
  ['family', ['/learn/supporting-someone-in-an-iop#', '/learn/what-happens-in-an-iop#family-sessions']],
  ['what is an iop', '/learn/what-is-an-iop'],
  ['What is an IOP?', '/learn/what-is-an-iop'],
  ['DBT', ['/glossary#dbt', '/learn/what-happens-in-an-iop#skills-such-as-cbt-and-dbt']],
  ['levels of care', '/learn/levels-of-care'],
  ['how much does an iop cost', '/learn/paying-for-an-iop#how-much-does-an-iop-cost'],
  [
    'medicaid',
    [
      '/learn/paying-for-an-iop#what-if-i-have-medicaid-or-no-plan',
      '/learn/other-ways-to-pay#does-medicaid-pay-for-an-iop',
      '/glossary#medicaid',
    ],
  ],
  ['group therapy', '/learn/what-happens-in-an-iop#group-therapy'],
  ['relapse prevention plan', '/learn/relapse-prevention#how-do-i-make-a-relapse-prevention-plan'],
  ['step down', ['/learn/levels-of-care#stepping-down', '/glossary#step-down']],
  ['988', ['/glossary#988', '/learn/supporting-someone-in-an-iop#can-i-call-988-for-someone-else', '/get-help-now']],
  ['get help', '/get-help-now'],
  ['FMLA', ['/learn/work-and-school-during-an-iop#what-is-fmla-leave', '/glossary#fmla']],
  ['accreditation', ['/learn/checking-a-program#what-does-accreditation-mean', '/glossary#accreditation']],
  [
    'patient brokering',
    ['/glossary#patient-brokering', '/learn/checking-a-program#why-are-free-travel-and-free-housing-a-warning-sign'],
  ],
  ['safety plan', ['/learn/after-hospital-or-residential#what-is-a-safety-plan', '/glossary#safety-plan']],
  ['discharge', '/learn/after-hospital-or-residential#'],
  ['sliding scale', ['/learn/other-ways-to-pay#what-is-a-sliding-scale-fee', '/glossary#sliding-scale']],
  ['appeal', ['/learn/other-ways-to-pay#', '/glossary#appeal']],
  ['naloxone', ['/learn/medications-for-addiction', '/glossary#naloxone']],
  ['buprenorphine', '/learn/medications-for-addiction'],
  ['teen', '/learn/iop-for-teens'],
  ['eating disorder', ['/learn/eating-disorder-iop', '/glossary#eating-disorder']],
  ['integrated care', ['/learn/mental-health-iop', '/glossary#integrated-care']],
  // Words a reader may use for what the articles call something else (content/synonyms.yaml).
  ['expensive', '/learn/paying-for-an-iop#how-much-does-an-iop-cost'],
  ['is iop expensive', '/learn/paying-for-an-iop#how-much-does-an-iop-cost'],
  ['rehab', ['/learn/levels-of-care#residential-care', '/glossary#residential']],
];

/** Typos, prefixes and plurals find the same first page as the word spelled in full. */
const forgiving: [query: string, sameAs: string][] = [
  ['relaps', 'relapse'],
  ['relapses', 'relapse'],
  ['insurence', 'insurance'],
  ['medicar', 'medicare'],
  ['medicaire', 'medicare'],
  ['detoks', 'detox'],
  ['virtul', 'virtual'],
  ['famly', 'family'],
  ['levels of cares', 'levels of care'],
  ['group therapies', 'group therapy'],
  ['WHAT IS AN IOP', 'what is an iop'],
];

function matches(url: string, expected: string | string[]): boolean {
  return [expected]
    .flat()
    .some((want) => (want.endsWith('#') ? url.startsWith(want) : url === want || url.startsWith(`${want}#`)));
}

describe('ranking', () => {
  it.each(expectations)('"%s" puts %j first', (query, expected) => {
    const url = first(query);
    expect(matches(url, expected), `first result for "${query}" was ${url}`).toBe(true);
  });

  it.each(forgiving)('"%s" finds what "%s" finds', (query, sameAs) => {
    expect(first(query)).toBe(first(sameAs));
  });

  it('links to the top of the article when the query is its title', () => {
    expect(first('what is an iop')).toBe('/learn/what-is-an-iop');
    expect(first('Relapse prevention')).toBe('/learn/relapse-prevention');
    expect(first('paying for an IOP')).toBe('/learn/paying-for-an-iop');
  });

  it('shows each article once, at its best section', () => {
    for (const query of ['iop', 'medicare', 'therapy', 'family']) {
      const groups = urls(query).map((url) => url.split('#')[0]!.replace(/^\/glossary$/, url));
      expect(new Set(groups).size, query).toBe(groups.length);
    }
  });

  it('finds articles and glossary terms, best first, at most 20', () => {
    const { results } = search(index, 'therapy');
    expect(results.length).toBeLessThanOrEqual(20);
    expect(results.some((hit) => hit.kind === 'glossary')).toBe(true);
    expect(results.some((hit) => hit.kind === 'article')).toBe(true);
  });

  it('links every section result to a heading the article really has', () => {
    const ids = new Map(
      getArticles().map((article) => [article.slug, new Set(article.headings.map((heading) => heading.id))]),
    );
    for (const query of ['medicare', 'relapse', 'family', 'cost', 'detox', 'online', 'asam', 'privacy', 'work']) {
      for (const { url } of search(index, query).results) {
        const learn = /^\/learn\/([^#]+)(?:#(.+))?$/.exec(url);
        if (!learn) continue;
        expect(ids.has(learn[1]!), url).toBe(true);
        if (learn[2]) expect(ids.get(learn[1]!)!.has(learn[2]), url).toBe(true);
      }
    }
  });

  it('finds nothing, calmly, for words the site does not use', () => {
    expect(search(index, 'xylophone')).toEqual({ query: 'xylophone', status: 'ok', results: [] });
    expect(search(index, 'what is the')).toEqual({ query: 'what is the', status: 'ok', results: [] });
  });
});
