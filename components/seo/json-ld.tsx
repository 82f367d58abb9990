import { serializeJsonLd, type JsonLd as Data } from '@/lib/seo/structured-data';

/** Structured data for search engines: one <script type="application/ld+json"> per item. */
export function JsonLd({ data }: { data: Data[] }) {
  return (
    <>
      {data.map((item) => (
        <script
          key={item['@type']}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }}
        />
      ))}
    </>
  );
}
