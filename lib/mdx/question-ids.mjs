// @ts-check
// Ids of the questions in an article's <FAQ>: each answer can be shared as /learn/<slug>#<id>, like a
// section. The same rules as heading ids (./headings.mjs): a GitHub-style slug of the question, or an id
// pinned with <Question id="cost" q="...">, unique on the page (headings' ids come first). The MDX
// pipeline (remark-question-ids.mjs) and the content loader both call this, so they always agree.
import { slug } from 'github-slugger';
import { attributeOf, faqQuestions } from './jsx.mjs';

/** What a pinned id may be: the same as a heading's `[#id]` pin. */
export const QUESTION_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Gives every <Question> inside an <FAQ> an `id` attribute and returns them in page order.
 * `taken` are ids already used on the page (its headings'). A pinned id that is taken, or not a valid
 * id, cannot be kept: the question gets another id and is marked (`duplicatePin`, `invalidPin`) for the
 * content check. Running it again on the same tree changes nothing.
 * @param {import('mdast').Root} tree
 * @param {Iterable<string>} taken
 * @returns {{ id: string, question: string, pin?: string, line?: number, duplicatePin?: true, invalidPin?: true }[]}
 */
export function assignQuestionIds(tree, taken = []) {
  const nodes = faqQuestions(tree);
  const pins = nodes.map((node) => {
    const value = attributeOf(node, 'id');
    return typeof value === 'string' ? value : undefined;
  });
  const seen = new Set(taken);
  const reserved = new Set(pins.filter((pin) => pin !== undefined && QUESTION_ID.test(pin) && !seen.has(pin)));

  return nodes.map((node, index) => {
    const q = attributeOf(node, 'q');
    const question = typeof q === 'string' ? q.trim() : '';
    const pin = pins[index];
    /** @type {{ question: string, pin?: string, line?: number, duplicatePin?: true, invalidPin?: true }} */
    const result = { question, pin, line: node.position?.start.line };
    let id;
    if (pin !== undefined && QUESTION_ID.test(pin) && !seen.has(pin)) {
      id = pin;
    } else {
      if (pin !== undefined)
        Object.assign(result, QUESTION_ID.test(pin) ? { duplicatePin: true } : { invalidPin: true });
      const base = (pin !== undefined && QUESTION_ID.test(pin) ? pin : slug(question)) || 'question';
      id = base;
      for (let n = 1; seen.has(id) || (pin === undefined && reserved.has(id)); n += 1) id = `${base}-${n}`;
    }
    seen.add(id);
    const existing = node.attributes.find(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
    );
    if (existing) existing.value = id;
    else node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    return { id, ...result };
  });
}
