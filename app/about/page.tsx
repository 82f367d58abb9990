import { Contact } from '@/components/about/contact';
import { SectionLinkStatus } from '@/components/article/section-link-status';
import About from '@/content/pages/about.mdx';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata = pageMetadata({
  title: 'About IOP Guide',
  description:
    'Who writes IOP Guide, how we choose sources and review pages, our privacy promise and our accessibility statement.',
  path: '/about',
});

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">About IOP Guide</h1>
      <div className="prose mt-6">
        <About />
        <Contact />
      </div>
      <SectionLinkStatus />
    </div>
  );
}
