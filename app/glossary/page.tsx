import { FigureSources } from '@/components/mdx/figure-sources';
import { getArticle, getGlossary } from '@/lib/content/loader';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata = pageMetadata({
  title: 'Glossary',
  description:
    'Plain explanations of the words you meet when reading about intensive outpatient programs, from ASAM to step-down care.',
  path: '/glossary',
});

export default function GlossaryPage() {
  const entries = getGlossary();
  const letters = [...new Set(entries.map((entry) => entry.term[0]!.toUpperCase()))];
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Glossary</h1>
      <p className="mt-4 text-xl">
        What the words used about mental health and substance use treatment mean, in plain English.
      </p>
      <nav aria-label="Glossary letters" className="mt-6 print:hidden">
        <ul className="flex flex-wrap gap-2">
          {letters.map((letter) => (
            <li key={letter}>
              <a
                href={`#letter-${letter.toLowerCase()}`}
                className="inline-block min-w-8 px-2 py-1 text-center font-semibold"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`} className="glossary-letter mt-8">
          <h2 id={`letter-${letter.toLowerCase()}`} className="border-b border-line text-2xl font-bold">
            {letter}
          </h2>
          <dl>
            {entries
              .filter((entry) => entry.term[0]!.toUpperCase() === letter)
              .map((entry) => (
                <div key={entry.id} className="glossary-entry mt-4">
                  <dt id={entry.id} className="text-lg font-bold">
                    {entry.term}
                  </dt>
                  <dd className="mt-1">
                    {entry.definition}
                    {entry.sources?.length ? <FigureSources sources={entry.sources} /> : null}
                    {entry.related?.length ? (
                      <span className="mt-1 block text-base">
                        Read more:{' '}
                        {entry.related
                          .map(getArticle)
                          .filter((article) => article !== undefined)
                          .map((article, index) => (
                            <span key={article.slug}>
                              {index > 0 ? ', ' : ''}
                              <a href={`/learn/${article.slug}`}>{article.frontmatter.title}</a>
                            </span>
                          ))}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
