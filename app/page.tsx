import { ArticleCard } from '@/components/article/article-card';
import { CountryNote } from '@/components/crisis/country-note';
import { SelfCheckInvite } from '@/components/mdx/self-check-invite';
import { slug } from 'github-slugger';
import { JsonLd } from '@/components/seo/json-ld';
import { getSections } from '@/lib/content/source';
import { sectionId } from '@/lib/seo/breadcrumbs';
import { pageMetadata, site } from '@/lib/seo/metadata';
import { webSite } from '@/lib/seo/structured-data';
import { siteDescription } from '@/lib/site';

export const metadata = pageMetadata({ description: siteDescription, path: '/' });

export default function HomePage() {
  const sections = getSections();
  return (
    <>
      <JsonLd data={[webSite(site, siteDescription)]} />
      <section aria-labelledby="intro" className="max-w-[40rem]">
        <h1 id="intro" className="text-3xl leading-tight font-bold sm:text-4xl">
          Intensive Outpatient Programs (IOP), explained
        </h1>
        <p className="mt-4 text-xl">
          An intensive outpatient program (IOP) is a treatment program for mental health or substance use that meets several
          times a week, usually for 9 or more hours in total. You get much more support than weekly therapy, but you live
          at home and can often keep working or caring for your family.
        </p>
        <p className="mt-4">
          This guide explains, in plain words, what an IOP is, who it can help and how to find one. It is for information
          and does not replace advice from a professional who knows you.
        </p>
        <CountryNote className="mt-4" />
      </section>

      <aside aria-labelledby="urgent" className="callout callout-urgent max-w-[40rem]">
        <h2 id="urgent" className="callout-title">
          Need help right now?
        </h2>
        <p>
          If you or someone else is in danger, call <a href="tel:911">911</a>. If you are thinking about suicide or are in
          crisis, call <a href="tel:988">988</a> or text <a href="sms:988">988</a>, any time. <a href="/get-help-now">See all the ways to get help now</a>.
        </p>
      </aside>

      <SelfCheckInvite asHeading />

      <section aria-labelledby="articles" className="mt-12">
        <h2 id="articles" className="text-2xl font-bold">
          Articles
        </h2>
        {sections.map((section) => (
          <section key={section.name} aria-labelledby={sectionId(section.name)} className="mt-8">
            <h3 id={sectionId(section.name)} className="text-xl font-bold">
              {section.name}
            </h3>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {section.articles.map((article) => (
                <ArticleCard key={article.slug} article={article} headingLevel={4} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  );
}
