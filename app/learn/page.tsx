import { ArticleCard } from '@/components/article/article-card';
import { getSections } from '@/lib/content/loader';
import { sectionId } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata = pageMetadata({
  title: 'All articles',
  description:
    'Every article in IOP Guide, by topic, with a line about each: what an IOP is, getting help, paying for care, recovery and support.',
  path: '/learn',
});

export default function LearnPage() {
  const sections = getSections();
  return (
    <div className="mx-auto max-w-[48rem]">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">All articles</h1>
      <p className="mt-4 text-xl">Every article in the guide, grouped by topic.</p>
      <nav aria-label="Topics" className="mt-6 print:hidden">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {sections.map((section) => (
            <li key={section.name}>
              <a href={`#${sectionId(section.name)}`}>{section.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.name} aria-labelledby={sectionId(section.name)} className="mt-10">
          <h2 id={sectionId(section.name)} className="text-2xl font-bold">
            {section.name}
          </h2>
          <ul className="link-cards mt-4 sm:grid-cols-2">
            {section.articles.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel={3} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
