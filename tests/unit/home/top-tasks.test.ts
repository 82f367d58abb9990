import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/content/loader';
import { sitePaths } from '@/lib/routes.mjs';
import { homeSources, topTasks } from '@/lib/home';
import { sourceSchema } from '@/lib/content/schema';

describe("the home page's top tasks", () => {
  it('are four to six, each going to an article or a page that exists', () => {
    expect(topTasks.length).toBeGreaterThanOrEqual(4);
    expect(topTasks.length).toBeLessThanOrEqual(6);
    for (const task of topTasks) {
      const slug = /^\/learn\/([a-z0-9-]+)$/.exec(task.href)?.[1];
      if (slug) expect(getArticle(slug), task.href).toBeDefined();
      else expect(sitePaths, task.href).toContain(task.href);
    }
  });

  it('cover what readers come for, with urgent help as the one emergency card', () => {
    expect(topTasks.map((task) => task.title)).toEqual([
      'What is an IOP?',
      'Is an IOP right for me?',
      'Cost and insurance',
      'Finding a good program',
      'Get help now',
    ]);
    expect(topTasks.filter((task) => task.urgent)).toEqual([expect.objectContaining({ href: '/get-help-now' })]);
  });

  it("cite sources that are complete, as an article's must be", () => {
    for (const source of homeSources) expect(sourceSchema.safeParse(source).success, source.id).toBe(true);
  });
});
