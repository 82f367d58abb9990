import type { Heading } from '@/lib/content/parse';

/** "On this page": the article's h2 sections as links (NHS contents list). */
export function OnThisPage({ headings }: { headings: Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page my-6 border-l-4 border-line pl-4 print:hidden">
      <h2 id="on-this-page" className="text-lg font-bold">
        On this page
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
