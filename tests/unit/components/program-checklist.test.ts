// The "questions to ask a program" checklist: its data is well formed, and it renders as plain,
// accessible tick boxes that need no script and can neither store nor send anything.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgramChecklist } from '@/components/mdx/program-checklist';
import { programChecklist } from '@/lib/program-checklist';

const html = renderToStaticMarkup(createElement(ProgramChecklist));
const questions = programChecklist.flatMap((group) => group.questions);
const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

describe('the program checklist data', () => {
  it('has named groups, each with questions', () => {
    expect(programChecklist.length).toBeGreaterThanOrEqual(4);
    for (const group of programChecklist) {
      expect(group.title.trim(), 'group title').not.toBe('');
      expect(group.questions.length, group.title).toBeGreaterThan(0);
    }
  });

  it('asks each question once, as a question', () => {
    expect(new Set(questions).size).toBe(questions.length);
    for (const question of questions) expect(question, question).toMatch(/^[A-Z].*\?$/);
  });

  it('asks about the points the article tells readers to check', () => {
    const all = questions.join(' ');
    for (const point of [
      /licensed by the state/,
      /accredited/,
      /The Joint Commission/,
      /CARF/,
      /licenses do they hold/,
      /evidence/,
      /medicine for opioid or alcohol use/,
      /in writing/,
      /crisis/,
    ]) {
      expect(all).toMatch(point);
    }
  });
});

describe('<ProgramChecklist />', () => {
  it('renders one native tick box per question, each inside the label that names it', () => {
    expect(html.match(/<input type="checkbox"/g)).toHaveLength(questions.length);
    for (const question of questions) {
      expect(html).toContain(`<label><input type="checkbox"/><span>${escape(question)}</span></label>`);
    }
  });

  it('groups the boxes in fieldsets with a legend each, in a labelled region', () => {
    expect(html).toMatch(/^<section class="program-checklist not-prose" aria-label="Questions to ask a program">/);
    expect(html.match(/<fieldset/g)).toHaveLength(programChecklist.length);
    for (const group of programChecklist) expect(html).toContain(`<legend>${escape(group.title)}</legend>`);
  });

  it('has nothing that could send or keep what a reader ticks', () => {
    expect(html).not.toMatch(/<form|<button|<script|name=|action=|formaction|onchange|onclick/i);
    // and nothing HTML does not allow on a tick box (the HTML checker runs over the whole page in the e2e tests)
    expect(html).not.toMatch(/autocomplete/i);
  });

  it('needs no ids, so it can appear twice on a page without clashing', () => {
    expect(html).not.toMatch(/\sid=/);
  });
});
