import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import { getSections } from '@/lib/content/loader';
import { pageMetadata } from '@/lib/seo/metadata';

// No path: this page answers at any address that does not exist, so none is its canonical one.
export const metadata = pageMetadata({
  title: 'Page not found',
  description: 'We could not find that page. Find the article you need, or get urgent help.',
});

// Next.js sends this page's content along with every other page (it is the fallback of the root
// layout), so it names one article per section rather than all of them: its size stays the same
// however many articles there are. The search box in the header finds the rest.
export default function NotFound() {
  const starts = getSections().map((section) => ({ section: section.name, article: section.articles[0]! }));
  return (
    <div className="mx-auto max-w-[40rem]">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-xl">
        If you typed the web address, check it is correct. If you followed a link, the page may have moved.
      </p>
      <p className="mt-4 rounded-lg border-l-8 border-urgent bg-urgent-bg p-4">
        <strong>Need help now?</strong> <UrgentNumbers />
      </p>
      <p className="mt-6">
        <a href="/">Go to the home page</a> to see every article, search above, or start with one of these:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {starts.map(({ section, article }) => (
          <li key={section}>
            {section}: <a href={`/learn/${article.slug}`}>{article.frontmatter.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
