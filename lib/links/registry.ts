// The registry of published links: every /learn/<slug> and /learn/<slug>#<id> the site has ever
// published, kept in content/published-links.txt, each with the words of its title or heading when it was
// recorded. A link in it must keep landing on its content: through the same id, an id pinned on a reworded
// heading, or an alias in content/redirects.yaml.
import type { Problem } from '../content/problems';
import { words } from '../content/words';
import type { Place } from '../content/yaml-file';
import { movedArticle, movedSection, type Redirects } from './redirects';

export interface LinkTarget {
  slug: string;
  title: string;
  file: string;
  /**
   * Its sections: every ## and ### heading, with its id, words, level and line; and every question of its
   * <FAQ> (question: true, depth 0), whose answer has an address too.
   */
  headings: { id: string; text: string; depth: number; line?: number; question?: true }[];
}

export interface RegistryEntry {
  /** "slug" or "slug#id" */
  link: string;
  /** The article's title or the heading's words when the link was recorded (older lines have none). */
  text?: string;
  /** Its line in content/published-links.txt. */
  line: number;
}

export const registryFile = 'content/published-links.txt';

const HEADER = [
  '# Every article and section link IOP Guide has published, each with the words of its title or heading',
  '# when it was recorded. Written by `npm run links:record`.',
  '# Never delete a line: people have shared these links. If a section or article goes, point its',
  '# old address somewhere in content/redirects.yaml, and the content check will accept it.',
];

/** The links the site publishes now, each with its title or heading. */
export function currentLinks(targets: LinkTarget[]): { link: string; text: string }[] {
  return targets.flatMap((target) => [
    { link: target.slug, text: target.title },
    ...target.headings.map((heading) => ({ link: `${target.slug}#${heading.id}`, text: heading.text })),
  ]);
}

export function parseRegistry(text: string): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // A line is the link, a space, then the title or heading as it was recorded (older lines have none).
    const [link = '', ...text] = line.split(/\s+/);
    entries.push({ link, ...(text.length ? { text: text.join(' ') } : {}), line: index + 1 });
  });
  return entries;
}

/** The registry with every current link added, and the words of each current one brought up to date; nothing is ever removed. */
export function recordLinks(registryText: string, targets: LinkTarget[]): string {
  const texts = new Map(parseRegistry(registryText).map((entry) => [entry.link, entry.text]));
  for (const { link, text } of currentLinks(targets)) texts.set(link, text);
  const lines = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([link, text]) => (text ? `${link} ${text}` : link));
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** Where a published link lands now, or why it does not. */
export function resolveLink(
  link: string,
  targets: Map<string, LinkTarget>,
  redirects: Redirects,
): { slug: string; id?: string } | { lost: string } {
  const [slug = '', id] = link.split('#');
  const destination = targets.has(slug) ? slug : movedArticle(redirects, slug);
  if (!destination) return { lost: 'article' };
  const target = targets.get(destination);
  if (!target) return { lost: 'redirect-target' };
  if (!id) return { slug: destination };
  const ids = target.headings.map((heading) => heading.id);
  if (ids.includes(id)) return { slug: destination, id };
  const alias = movedSection(redirects, destination, id);
  if (alias && ids.includes(alias)) return { slug: destination, id: alias };
  return { lost: 'section' };
}

export interface LinkCheckOptions {
  /** Articles whose frontmatter or text cannot be read (slug -> file): problems with their links follow from that. */
  unreadable?: ReadonlyMap<string, string>;
  /** content/redirects.yaml cannot be read: a lost link may only be lost because its redirect is not read. */
  redirectsUnreadable?: boolean;
  /** Where each redirect is in content/redirects.yaml ("articles.old", "sections.article.old-id"). */
  redirectLines?: ReadonlyMap<string, Place>;
}

const redirectFile = 'content/redirects.yaml';

/** Problems with the registry and the redirect list: lost links are errors, unrecorded ones warnings. */
/** `registry` is undefined where no registry file exists yet: nothing has been published, so nothing is unrecorded. */
export function checkLinks(
  registry: RegistryEntry[] | undefined,
  list: LinkTarget[],
  redirects: Redirects,
  options: LinkCheckOptions = {},
): Problem[] {
  const targets = new Map(list.map((target) => [target.slug, target]));
  const problems: Problem[] = [];
  const unreadable = (slug: string | undefined) => (slug === undefined ? undefined : options.unreadable?.get(slug));
  const at = (key: string) => options.redirectLines?.get(key) ?? {};
  const sectionsOf = (target: LinkTarget) =>
    target.headings.length
      ? `Use one of its sections: ${target.headings.map((heading) => `#${heading.id}`).join(', ')}`
      : `${target.file} has no sections yet`;

  for (const [from, to] of Object.entries(redirects.articles)) {
    if (targets.has(from)) {
      problems.push({
        file: redirectFile,
        ...at(`articles.${from}`),
        severity: 'error',
        message: `"${from}" is redirected, but content/${from}.mdx still exists`,
        fix: 'Remove the redirect, or retire the article by deleting its file',
      });
    } else if (!targets.has(to)) {
      problems.push({
        file: redirectFile,
        ...at(`articles.${from}`),
        severity: 'error',
        followsFrom: unreadable(to),
        message: `"${from}" is redirected to "${to}", which is not an article`,
        fix: 'Point it to the file name of an existing article',
      });
    }
  }
  for (const [slug, aliases] of Object.entries(redirects.sections)) {
    const target = targets.get(slug);
    if (!target) {
      problems.push({
        file: redirectFile,
        ...at(`sections.${slug}`),
        severity: 'error',
        followsFrom: unreadable(slug),
        message: `Section aliases are listed for "${slug}", which is not an article`,
        fix: 'Use the file name of an existing article',
      });
      continue;
    }
    const ids = target.headings.map((heading) => heading.id);
    for (const [oldId, newId] of Object.entries(aliases)) {
      const where = at(`sections.${slug}.${oldId}`);
      if (ids.includes(oldId)) {
        problems.push({
          file: redirectFile,
          ...where,
          severity: 'error',
          message: `The alias "#${oldId}" in "${slug}" is still the id of a section`,
          fix: 'Remove the alias: the section link already works',
        });
      } else if (!ids.includes(newId)) {
        problems.push({
          file: redirectFile,
          ...where,
          severity: 'error',
          followsFrom: unreadable(slug),
          message: `The alias "#${oldId}" in "${slug}" points to "#${newId}", which is not a section of ${target.file}`,
          fix: sectionsOf(target),
        });
      }
    }
  }

  problems.push(...lostLinkProblems(registry ?? [], targets, redirects, options));

  const recorded = new Set(registry?.map((entry) => entry.link));
  const unrecorded = registry ? currentLinks(list).filter(({ link }) => !recorded.has(link)) : [];
  if (unrecorded.length > 0) {
    problems.push({
      file: registryFile,
      severity: 'warning',
      message: `${unrecorded.length} new ${unrecorded.length === 1 ? 'link is' : 'links are'} not recorded yet (${unrecorded
        .slice(0, 3)
        .map(({ link }) => `/learn/${link}`)
        .join(', ')}${unrecorded.length > 3 ? ', ...' : ''})`,
      fix: 'Run npm run links:record before publishing, so these links are protected too',
    });
  }
  return problems;
}

/**
 * Published links that land nowhere. A gone article is one message (with how many of its section links go with
 * it). A lost section is reported on the heading that seems to have replaced it (a new heading of the same article
 * with the most words in common), with the words it had, so the editor sees which heading changed and how.
 */
function lostLinkProblems(
  registry: RegistryEntry[],
  targets: Map<string, LinkTarget>,
  redirects: Redirects,
  options: LinkCheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const followsFrom = (slug: string) =>
    options.unreadable?.get(slug) ?? (options.redirectsUnreadable ? redirectFile : undefined);
  const recorded = new Set(registry.map((entry) => entry.link));
  const lostArticles = new Map<string, RegistryEntry[]>();
  const lostSections = new Map<string, RegistryEntry[]>(); // by the article they should land in

  for (const entry of registry) {
    const landed = resolveLink(entry.link, targets, redirects);
    if (!('lost' in landed)) continue;
    const [slug = ''] = entry.link.split('#');
    if (landed.lost === 'article') lostArticles.set(slug, [...(lostArticles.get(slug) ?? []), entry]);
    if (landed.lost === 'section') {
      const destination = targets.has(slug) ? slug : movedArticle(redirects, slug)!;
      lostSections.set(destination, [...(lostSections.get(destination) ?? []), entry]);
    }
  }

  for (const [slug, entries] of lostArticles) {
    const first = entries.find((entry) => entry.link === slug) ?? entries[0]!;
    const sections = entries.filter((entry) => entry.link !== slug).length;
    const title = entries.find((entry) => entry.link === slug)?.text;
    problems.push({
      file: registryFile,
      line: first.line,
      column: 1,
      severity: 'error',
      followsFrom: followsFrom(slug),
      message: `The published link /learn/${slug}${title ? ` ("${title}")` : ''} no longer goes anywhere (content/${slug}.mdx is gone)${sections ? `, nor do its ${sections} section ${sections === 1 ? 'link' : 'links'}` : ''}`,
      fix: `People have shared it: add "${slug}: <new-article>" under "articles:" in content/redirects.yaml`,
    });
  }

  for (const [destination, entries] of lostSections) {
    const target = targets.get(destination)!;
    // Headings that are not recorded yet are new: one of them may be a lost heading's new wording.
    const fresh = target.headings.filter((heading) => !recorded.has(`${target.slug}#${heading.id}`));
    const taken = new Set<string>();
    for (const entry of entries) {
      const [slug = '', id = ''] = entry.link.split('#');
      const old = entry.text ?? id.replace(/-/g, ' ');
      const candidate = likelyReplacement(
        old,
        fresh.filter((heading) => !taken.has(heading.id)),
        entries.length === 1 && fresh.length === 1,
      );
      if (candidate) taken.add(candidate.id);
      const link = `/learn/${slug}#${id}`;
      const redirect = `add "${id}: <id of the section that covers it now>" under "sections: ${destination}:" in content/redirects.yaml`;
      problems.push(
        candidate
          ? {
              file: target.file,
              line: candidate.line,
              column: 1,
              severity: 'error',
              followsFrom: followsFrom(destination),
              message: `The ${candidate.question ? 'question' : 'heading'} "${old}" was changed to "${candidate.text}", so its published link ${link} no longer lands anywhere`,
              fix: candidate.question
                ? `People have shared that link: keep it by pinning the old id on this question, <Question id="${id}" q="${candidate.text}">. If the question was removed instead, ${redirect}`
                : `People have shared that link: keep it by pinning the old id on this heading, "${'#'.repeat(candidate.depth)} ${candidate.text} [#${id}]". If the section was removed instead, ${redirect}`,
            }
          : {
              file: target.file,
              severity: 'error',
              followsFrom: followsFrom(destination),
              message: `The heading "${old}" is gone from "${target.title}", so its published link ${link} no longer lands anywhere`,
              fix: `People have shared it: pin the id on the heading that now covers it ("## New heading [#${id}]") or on the question (<Question id="${id}" q="...">), or ${redirect}`,
            },
      );
    }
  }
  return problems;
}

/** The words of a heading (as lib/content/words.ts defines a word), in lower case: what two headings share. */
const wordsOf = (text: string) => new Set(words(text.toLowerCase()));

/** The new heading that shares the most words with a lost one (any new heading, when it is the only lost and only new one). */
function likelyReplacement(
  old: string,
  fresh: LinkTarget['headings'],
  onlyPair: boolean,
): LinkTarget['headings'][number] | undefined {
  const oldWords = wordsOf(old);
  let best: LinkTarget['headings'][number] | undefined;
  let bestScore = 0;
  for (const heading of fresh) {
    const score = [...wordsOf(heading.text)].filter((word) => oldWords.has(word)).length;
    if (score > bestScore) [best, bestScore] = [heading, score];
  }
  return best ?? (onlyPair ? fresh[0] : undefined);
}
