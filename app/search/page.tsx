import type { Metadata } from 'next';
import { LiveSearch } from '@/components/search/live-search';
import { searchSite } from '@/lib/search/site-index';

export const metadata: Metadata = {
  title: 'Search',
  description:
    'Search every IOP Guide article and glossary term: costs and insurance, levels of care, relapse, family support and more.',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const response = searchSite((await searchParams).q);
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Search</h1>
      <LiveSearch initial={response} />
    </div>
  );
}
