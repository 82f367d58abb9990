import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { getArticles } from '@/lib/content/loader';

const ends = (body: string) => parseArticle('content/x.mdx', `---\ntitle: X\n---\n\n${body}\n`).endsWithUrgentHelp;

describe('endsWithUrgentHelp', () => {
  it('is true when the last section has an urgent callout, anywhere in it', () => {
    expect(ends('## One\n\nText.\n\n## Last\n\n<Callout type="urgent">\n\nCall.\n\n</Callout>')).toBe(true);
    expect(ends('## Last\n\n<Callout type="urgent" title="If you need help">\n\nCall.\n\n</Callout>\n\nMore text after it.')).toBe(true);
    expect(ends('## Last\n\n- a list\n\n  <Callout type="urgent">\n\n  Call.\n\n  </Callout>')).toBe(true);
  });

  it('finds it inside other components (an FAQ answer, another callout) and inside a sentence', () => {
    expect(ends('## Last\n\n<FAQ>\n<Question q="What if it is urgent?">\n\n<Callout type="urgent">\n\nCall.\n\n</Callout>\n\n</Question>\n</FAQ>')).toBe(true);
    expect(ends('## Last\n\n<Callout type="info">\n\n<Callout type="urgent">\n\nCall.\n\n</Callout>\n\n</Callout>')).toBe(true);
    expect(ends('## Last\n\nText <Callout type="urgent">Call.</Callout> here.')).toBe(true);
    expect(ends('## Last\n\n<FAQ>\n<Question q="Is it urgent?">\n\n<Callout type="info">\n\nNo.\n\n</Callout>\n\n</Question>\n</FAQ>')).toBe(false);
  });

  it('is false when the urgent callout is in an earlier section, or the last one is not urgent', () => {
    expect(ends('## One\n\n<Callout type="urgent">\n\nCall.\n\n</Callout>\n\n## Last\n\nText.')).toBe(false);
    expect(ends('## Last\n\n<Callout type="warning">\n\nCareful.\n\n</Callout>')).toBe(false);
    expect(ends('## Last\n\n### Urgent below\n\nText.')).toBe(false);
  });

  it('reads the whole text when there is no section heading', () => {
    expect(ends('<Callout type="urgent">\n\nCall.\n\n</Callout>')).toBe(true);
    expect(ends('Just text.')).toBe(false);
  });

  it('is known for every real article', () => {
    for (const article of getArticles()) expect(typeof article.endsWithUrgentHelp, article.slug).toBe('boolean');
    expect(getArticles().some((article) => article.endsWithUrgentHelp)).toBe(true);
  });
});
