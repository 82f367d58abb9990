// 911 and 988 are worded once (components/crisis/urgent-numbers.tsx, numbers from lib/crisis.ts): every page
// that names them in passing uses that component, so a change to a number or its wording happens in one place.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import { crisisLines, urgentNumbers } from '@/lib/crisis';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('<UrgentNumbers />', () => {
  it('says who each number is for, with call and text links, and links to every way to get help', () => {
    const html = renderToStaticMarkup(createElement(UrgentNumbers));
    expect(text(html)).toBe(
      'If you or someone else is in danger, call 911. If you are thinking about suicide or are in crisis, ' +
        'call 988 or text 988 (free, 24/7). More ways to get help now.',
    );
    expect(html).toContain('<a href="tel:911">911</a>');
    expect(html).toContain('<a href="tel:988">988</a>');
    expect(html).toContain('<a href="sms:988">988</a>');
    expect(html).toContain('<a href="/get-help-now">More ways to get help now</a>');
  });

  it('has a short form for a card that already says what it is for', () => {
    const html = renderToStaticMarkup(createElement(UrgentNumbers, { form: 'short' }));
    expect(text(html)).toBe('Call 911, or call or text 988.');
    expect(html).toContain('<a href="tel:911">911</a>');
    expect(html).toContain('<a href="tel:988">988</a>');
  });

  it('uses the same numbers as the full list on /get-help-now', () => {
    const hrefs = crisisLines.flatMap((line) => line.actions.map((action) => action.href));
    for (const href of [urgentNumbers.emergency.call, urgentNumbers.crisis.call, urgentNumbers.crisis.text])
      expect(hrefs).toContain(href);
  });
});

describe('pages and components', () => {
  const root = path.resolve(__dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name))
        : entry.name.endsWith('.tsx')
          ? [path.join(dir, entry.name)]
          : [],
    );

  it('never write a 911 or 988 link by hand', () => {
    const handWritten = [...files('app'), ...files('components')].filter((file) =>
      /["'`](tel:911|tel:988|sms:988)["'`]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(handWritten).toEqual([]);
  });
});
