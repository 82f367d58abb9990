import { Cite } from '@/components/article/cite';
import { SourceList } from '@/components/article/source-list';
import { CountryNote } from '@/components/crisis/country-note';
import { ArticleIndex } from '@/components/home/article-index';
import { TopTasks } from '@/components/home/top-tasks';
import { JsonLd } from '@/components/seo/json-ld';
import { getSections } from '@/lib/content/loader';
import { homeSources, topTasks } from '@/lib/home';
import { pageMetadata, site } from '@/lib/seo/metadata';
import { webSite } from '@/lib/seo/structured-data';
import { siteDescription } from '@/lib/site';

export const metadata = pageMetadata({ description: siteDescription, path: '/' });

export default function HomePage() {
  return (
    <>
      <JsonLd data={[webSite(site, siteDescription)]} />
      <div className="home-top">
        <section aria-labelledby="intro" className="max-w-[40rem]">
          <h1 id="intro" className="text-[1.4rem] leading-tight font-bold sm:text-4xl">
            Intensive Outpatient Programs (IOP), explained
          </h1>
          <p className="home-answer mt-2 sm:mt-4 sm:text-xl">
            An IOP is treatment for mental health or substance use that meets several times a week, usually for 9 or
            more hours a week,
            <Cite id="medicare-iop" occurrence="1" sources={homeSources} /> while you live at home.
          </p>
        </section>
        <TopTasks tasks={topTasks} />
        <div className="max-w-[40rem] space-y-3 text-base">
          <p>
            This guide explains, in plain words, what an IOP is, who it can help and how to find one. It does not
            replace advice from a professional who knows you.
          </p>
          <CountryNote />
        </div>
      </div>
      <ArticleIndex sections={getSections()} />
      <div className="max-w-[40rem]">
        <SourceList sources={homeSources} citedTimes={new Map([['medicare-iop', 1]])} />
      </div>
    </>
  );
}
