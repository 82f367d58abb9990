// The registry of published links: every /learn/<slug> and /learn/<slug>#<id> the site has ever
// published, kept in content/published-links.txt. A link in it must keep landing on its content:
// through the same id, an id pinned on a reworded heading, or an alias in content/redirects.yaml.
import type { Problem } from '../content/problems';
import { movedArticle, movedSection, type Redirects } from './redirects';

export interface LinkTarget {
  slug: string;
  title: string;
  file: string;
  ids: string[];
}

export const registryFile = 'content/published-links.txt';

const HEADER = [
  '# Every article and section link IOP Guide has published. Written by `npm run links:record`.',
  '# Never delete a line: people have shared these links. If a section or article goes, point its',
  '# old address somewhere in content/redirects.yaml, and the content check will accept it.',
];

/** The links the site publishes now: each article, and each of its sections. */
export function currentLinks(targets: LinkTarget[]): string[] {
  return targets.flatMap((target) => [target.slug, ...target.ids.map((id) => `${target.slug}#${id}`)]);
}

export function parseRegistry(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The registry with every current link added; nothing is ever removed. */
export function recordLinks(registryText: string, targets: LinkTarget[]): string {
  const links = [...new Set([...parseRegistry(registryText), ...currentLinks(targets)])].sort();
  return `${[...HEADER, ...links].join('\n')}\n`;
}

/** Where a published link lands now, or why it does not. */
export function resolveLink(link: string, targets: Map<string, LinkTarget>, redirects: Redirects): { slug: string; id?: string } | { lost: string } {
  const [slug = '', id] = link.split('#');
  const destination = targets.has(slug) ? slug : movedArticle(redirects, slug);
  if (!destination) return { lost: 'article' };
  const target = targets.get(destination);
  if (!target) return { lost: 'redirect-target' };
  if (!id) return { slug: destination };
  if (target.ids.includes(id)) return { slug: destination, id };
  const alias = movedSection(redirects, destination, id);
  if (alias && target.ids.includes(alias)) return { slug: destination, id: alias };
  return { lost: 'section' };
}

/** Problems with the registry and the redirect list: lost links are errors, unrecorded ones warnings. */
/** `registry` is undefined where no registry file exists yet: nothing has been published, so nothing is unrecorded. */
export function checkLinks(registry: string[] | undefined, list: LinkTarget[], redirects: Redirects): Problem[] {
  const targets = new Map(list.map((target) => [target.slug, target]));
  const problems: Problem[] = [];
  const redirectFile = 'content/redirects.yaml';

  for (const [from, to] of Object.entries(redirects.articles)) {
    if (targets.has(from)) {
      problems.push({ file: redirectFile, severity: 'error', message: `"${from}" is redirected, but content/${from}.mdx still exists`, fix: 'Remove the redirect, or retire the article by deleting its file' });
    } else if (!targets.has(to)) {
      problems.push({ file: redirectFile, severity: 'error', message: `"${from}" is redirected to "${to}", which is not an article`, fix: 'Point it to the file name of an existing article' });
    }
  }
  for (const [slug, aliases] of Object.entries(redirects.sections)) {
    const target = targets.get(slug);
    if (!target) {
      problems.push({ file: redirectFile, severity: 'error', message: `Section aliases are listed for "${slug}", which is not an article`, fix: 'Use the file name of an existing article' });
      continue;
    }
    for (const [oldId, newId] of Object.entries(aliases)) {
      if (target.ids.includes(oldId)) {
        problems.push({ file: redirectFile, severity: 'error', message: `The alias "#${oldId}" in "${slug}" is still the id of a section`, fix: 'Remove the alias: the section link already works' });
      } else if (!target.ids.includes(newId)) {
        problems.push({ file: redirectFile, severity: 'error', message: `The alias "#${oldId}" in "${slug}" points to "#${newId}", which is not a section of ${target.file}`, fix: `Use one of its sections: ${target.ids.map((value) => `#${value}`).join(', ')}` });
      }
    }
  }

  for (const link of registry ?? []) {
    const landed = resolveLink(link, targets, redirects);
    if (!('lost' in landed)) continue;
    const [slug = '', id] = link.split('#');
    if (landed.lost === 'article') {
      problems.push({ file: registryFile, severity: 'error', message: `The published link /learn/${slug} no longer goes anywhere (content/${slug}.mdx is gone)`, fix: `People have shared it: add "${slug}: <new-article>" under "articles:" in content/redirects.yaml` });
    } else if (landed.lost === 'section') {
      const destination = targets.has(slug) ? slug : movedArticle(redirects, slug)!;
      const target = targets.get(destination)!;
      problems.push({
        file: target.file,
        severity: 'error',
        message: `The published section link /learn/${link} no longer lands anywhere: "${target.title}" has no section "#${id}"`,
        fix: `People have shared it: pin the id on the heading that now covers it ("## New heading [#${id}]"), or add "${id}: <new-section-id>" under "sections: ${destination}:" in content/redirects.yaml`,
      });
    }
  }

  const recorded = new Set(registry);
  const unrecorded = registry ? currentLinks(list).filter((link) => !recorded.has(link)) : [];
  if (unrecorded.length > 0) {
    problems.push({
      file: registryFile,
      severity: 'warning',
      message: `${unrecorded.length} new ${unrecorded.length === 1 ? 'link is' : 'links are'} not recorded yet (${unrecorded.slice(0, 3).map((link) => `/learn/${link}`).join(', ')}${unrecorded.length > 3 ? ', ...' : ''})`,
      fix: 'Run npm run links:record before publishing, so these links are protected too',
    });
  }
  return problems;
}
