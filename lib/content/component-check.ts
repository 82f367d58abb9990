// The checks of one component (<Callout>, <Term>...) written in an article's text, against the list of
// components and their settings (./components.ts): what an editor reads when a name or a setting is wrong.
// Called by the loader (parse.ts) for every component, in page order.
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxComponentNames, mdxComponentRules, type ComponentRule } from './components';
import type { ParsedArticle, Place } from './parse';
import { closest, type Problem } from './problems';

type Component = MdxJsxFlowElement | MdxJsxTextElement;

/** Where a problem of the component is: the file and the component's place in it. */
type At = Pick<Problem, 'file' | 'line' | 'column' | 'severity'>;

/**
 * Checks one component of an article and adds what it links to: a plain <a href="/..."> to the article's
 * links, a <Term id="..."> to its glossary terms.
 */
export function checkComponent(article: Pick<ParsedArticle, 'file' | 'problems' | 'links' | 'terms'>, node: Component, place: Place): void {
  const name = node.name;
  if (!name) return; // fragments
  const at: At = { file: article.file, ...place, severity: 'error' };
  const given = settingsOf(node);
  if (name === 'a') {
    const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href')?.value;
    if (typeof href === 'string' && href.startsWith('/')) article.links.push({ url: href, ...place });
  }
  if (!/^[A-Z]/.test(name)) {
    article.problems.push(...lowerCaseProblems(at, name));
    return; // plain HTML tags
  }
  const rule = own<ComponentRule>(mdxComponentRules, name);
  if (!rule) {
    article.problems.push(unknownComponentProblem(at, name));
    return;
  }
  if (!rule.inline && node.type === 'mdxJsxTextElement') article.problems.push(blockInSentenceProblem(at, name, rule));
  article.problems.push(...settingProblems(at, name, rule, node), ...missingSettingProblems(at, name, rule, given));
  if (name === 'Term' && typeof given.get('id') === 'string') article.terms.push({ id: given.get('id') as string, ...place });
}

/**
 * The entry of a rule table named by what an editor wrote, if it has one: a name like "constructor" or
 * "toString" is not an entry, though every object answers to it.
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The settings written on a component, by name (a setting written twice counts as its last value). */
function settingsOf(node: Component): Map<string, unknown> {
  const given = new Map<string, unknown>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) given.set(attribute.name, attribute.value);
  }
  return given;
}

/** <callout> is an HTML tag nobody meant: the <Callout> component was. */
function lowerCaseProblems(at: At, name: string): Problem[] {
  const meant = mdxComponentNames.find((known) => known.toLowerCase() === name.toLowerCase());
  if (!meant) return [];
  return [{ ...at, message: `<${name}> is written in lower case, so it is not the <${meant}> component`, fix: `Write <${meant}>: component names start with a capital letter` }];
}

function unknownComponentProblem(at: At, name: string): Problem {
  const guess = closest(name, mdxComponentNames);
  return {
    ...at,
    message: `There is no component called <${name}>`,
    fix: `${guess ? `Did you mean <${guess}>? ` : ''}The components you can use are: ${mdxComponentNames.map((known) => `<${known}>`).join(', ')}`,
  };
}

/** A box or a list written inside a paragraph, which browsers cannot show. */
function blockInSentenceProblem(at: At, name: string, rule: ComponentRule): Problem {
  return {
    ...at,
    message: `<${name}> is inside a sentence, but it is a block that stands on its own`,
    fix: rule.children
      ? `Put <${name}> and </${name}> each on a line of its own, with a blank line before and after each`
      : `Put <${name} /> on a line of its own, with a blank line before and after it`,
  };
}

/** Each setting written on the component that it does not have, or with a value it does not take, in the order written. */
function settingProblems(at: At, name: string, rule: ComponentRule, node: Component): Problem[] {
  const problems: Problem[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const propRule = own(rule.props, attribute.name);
    if (!propRule) {
      const known = Object.keys(rule.props);
      const guess = closest(attribute.name, known);
      problems.push({
        ...at,
        message: `<${name}> has no "${attribute.name}" setting`,
        fix: guess ? `Did you mean ${guess}="..."?` : known.length ? `Its settings are: ${known.join(', ')}` : `<${name}> takes no settings: remove ${attribute.name}="..."`,
      });
    } else if (propRule.values && typeof attribute.value === 'string' && !propRule.values.includes(attribute.value)) {
      problems.push({
        ...at,
        message: `<${name} ${attribute.name}="${attribute.value}"> is not a ${attribute.name} that exists`,
        fix: `Use one of: ${propRule.values.map((value) => `${attribute.name}="${value}"`).join(', ')}`,
      });
    }
  }
  return problems;
}

/** Each setting the component needs that is not written, in the order the component's rule lists them. */
function missingSettingProblems(at: At, name: string, rule: ComponentRule, given: Map<string, unknown>): Problem[] {
  return Object.entries(rule.props)
    .filter(([propName, propRule]) => propRule.required && !given.has(propName))
    .map(([propName, propRule]) => ({ ...at, message: `<${name}> needs a ${propName}`, fix: `Add ${propName}="..." (${propRule.doc})` }));
}
