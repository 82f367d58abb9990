// The components an article may use, and the props each accepts. mdx-components.tsx maps these
// names to React components (a unit test keeps the two lists equal); the content check uses this
// list to catch a misspelt component or a wrong prop before the build does.

export interface PropRule {
  required?: boolean;
  /** The only values allowed, if the prop is a choice. */
  values?: readonly string[];
  /** What the prop is for, shown in the editor's guide and in error messages. */
  doc: string;
}

export interface ComponentRule {
  doc: string;
  props: Record<string, PropRule>;
  /** Whether the component wraps text (`<Callout>...</Callout>`) or stands alone (`<LevelsOfCare />`). */
  children: boolean;
  /**
   * Whether it goes inside a sentence (<Term>, <Cite>). The others are blocks (boxes, lists, tables) that stand on
   * their own lines: inside a paragraph they would put a box inside a paragraph, which browsers cannot show.
   */
  inline?: true;
}

export const calloutTypes = ['info', 'warning', 'urgent'] as const;
export type CalloutType = (typeof calloutTypes)[number];

export const mdxComponentRules = {
  Callout: {
    doc: 'A box that stands out, like an NHS care card. urgent also lists the crisis numbers.',
    props: {
      type: { required: true, values: calloutTypes, doc: 'info (helpful aside), warning (get advice first) or urgent (danger: crisis numbers shown)' },
      title: { doc: 'optional heading of the box' },
    },
    children: true,
  },
  SelfCheckInvite: { doc: 'Invites the reader to take the "Is IOP right for me?" self-check.', props: {}, children: false },
  Term: {
    doc: 'Links a word to its glossary entry.',
    props: { id: { required: true, doc: 'the glossary id, e.g. php (see content/glossary.yaml)' } },
    children: true,
    inline: true,
  },
  Do: { doc: 'An NHS-style "Do" list: wrap a bullet list.', props: {}, children: true },
  Dont: { doc: 'An NHS-style "Don\'t" list: wrap a bullet list.', props: {}, children: true },
  LevelsOfCare: { doc: 'A table comparing outpatient, IOP, PHP, residential and inpatient care.', props: {}, children: false },
  ContinuumOfCare: { doc: 'A picture of the levels of care from least to most intensive, with hours per week.', props: {}, children: false },
  TypicalWeek: { doc: 'A week grid showing an example IOP week.', props: {}, children: false },
  ProgramChecklist: {
    doc: 'A printable "questions to ask a program" list with tick boxes. Nothing a reader ticks is stored or sent.',
    props: {},
    children: false,
  },
  FAQ: { doc: 'A list of questions and answers: wrap <Question> items.', props: {}, children: true },
  Question: {
    doc: 'One question inside <FAQ>; the answer goes inside.',
    props: {
      q: { required: true, doc: 'the question, as a reader would ask it' },
      id: { doc: 'optional: keeps the link to this answer (/learn/faq#id) when the question is reworded, like a heading\'s [#id]' },
    },
    children: true,
  },
  Cite: {
    doc: 'Says which source a sentence comes from: a small numbered link to it in the list of sources. Put it straight after the full stop.',
    props: { id: { required: true, doc: 'the id of one of the sources at the top of the file, e.g. medicare-iop' } },
    children: false,
    inline: true,
  },
} satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof mdxComponentRules;
export const mdxComponentNames = Object.keys(mdxComponentRules) as MdxComponentName[];
