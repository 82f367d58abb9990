import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { SectionHeading } from '@/components/article/heading';
import { Callout } from '@/components/mdx/callout';
import { ContinuumOfCare } from '@/components/mdx/continuum-of-care';
import { Do, Dont } from '@/components/mdx/do-dont';
import { FAQ, Question } from '@/components/mdx/faq';
import { LevelsOfCare } from '@/components/mdx/levels-of-care';
import { ProgramChecklist } from '@/components/mdx/program-checklist';
import { SelfCheckInvite } from '@/components/mdx/self-check-invite';
import { Term } from '@/components/mdx/term';
import { TypicalWeek } from '@/components/mdx/typical-week';
import type { MdxComponentName } from '@/lib/content/components';

/**
 * Every component an article can use without importing it (names and props: lib/content/components.ts).
 * The article page replaces Cite with one bound to the article's sources (components/article/cite.tsx).
 */
export const articleComponents = {
  Callout,
  SelfCheckInvite,
  Term,
  Do,
  Dont,
  LevelsOfCare,
  ContinuumOfCare,
  TypicalWeek,
  ProgramChecklist,
  FAQ,
  Question,
  Cite: UnboundCite,
} satisfies Record<MdxComponentName, unknown>;

/** Only the article page renders articles, and it always passes its own Cite: this one says so loudly if not. */
function UnboundCite({ id }: { id: string }): never {
  throw new Error(
    `<Cite id="${id}"> was rendered without the article's sources: render articles through app/learn/[slug]/page.tsx`,
  );
}

const components: MDXComponents = {
  ...articleComponents,
  h2: (props: ComponentPropsWithoutRef<'h2'>) => (
    <SectionHeading level={2} id={props.id}>
      {props.children}
    </SectionHeading>
  ),
  h3: (props: ComponentPropsWithoutRef<'h3'>) => (
    <SectionHeading level={3} id={props.id}>
      {props.children}
    </SectionHeading>
  ),
  a: ({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) =>
    /^https?:\/\//.test(href) ? (
      <a href={href} rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    ) : (
      <a href={href} {...rest}>
        {children}
      </a>
    ),
};

export function useMDXComponents(): MDXComponents {
  return components;
}
