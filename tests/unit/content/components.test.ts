import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calloutTypes, mdxComponentNames, mdxComponentRules } from '@/lib/content/components';
import { articleComponents } from '@/mdx-components';

describe('the components an article can use', () => {
  it('mdx-components.tsx maps exactly the names the content check knows', () => {
    expect(Object.keys(articleComponents).sort()).toEqual([...mdxComponentNames].sort());
  });

  it('each mapped component is a function component', () => {
    for (const [name, component] of Object.entries(articleComponents)) expect(typeof component, name).toBe('function');
  });

  it('the source of articleComponents lists the same names (guards the object literal itself)', () => {
    const source = readFileSync(new URL('../../../mdx-components.tsx', import.meta.url), 'utf8');
    const block = /export const articleComponents = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const names = block.split(',').map((part) => part.trim().split(':')[0]!.trim()).filter(Boolean);
    expect(names.sort()).toEqual([...mdxComponentNames].sort());
  });

  it('every rule has a doc, and every prop has a doc', () => {
    for (const [name, rule] of Object.entries(mdxComponentRules)) {
      expect(rule.doc, name).not.toBe('');
      for (const [prop, propRule] of Object.entries(rule.props as Record<string, { doc: string }>)) expect(propRule.doc, `${name}.${prop}`).not.toBe('');
    }
  });

  it('Callout types are info, warning and urgent', () => {
    expect([...calloutTypes]).toEqual(['info', 'warning', 'urgent']);
  });
});
