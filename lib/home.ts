// What the home page offers first: the few things most readers come for (NHS "top tasks"), and the
// source of the one number in its opening sentence.
import type { Source } from './content/schema';

export interface TopTask {
  title: string;
  /** One short line under the title (shown from tablet width up; a phone shows the titles only). */
  description: string;
  /** An article (/learn/<slug>) or a page of the site: a unit test checks that it exists. */
  href: string;
  /** The task for someone in danger: shown as an emergency card, with the crisis numbers on it. */
  urgent?: true;
}

export const topTasks: readonly TopTask[] = [
  {
    title: 'What is an IOP?',
    description: 'How a program works, who it helps and how long it lasts',
    href: '/learn/what-is-an-iop',
  },
  {
    title: 'Is an IOP right for me?',
    description: 'A few yes or no questions, about 2 minutes. Nothing is stored.',
    href: '/is-iop-right-for-me',
  },
  {
    title: 'Cost and insurance',
    description: 'What you may pay, and what insurance, Medicare and Medicaid cover',
    href: '/learn/paying-for-an-iop',
  },
  {
    title: 'Finding a good program',
    description: 'How to check that a program is safe, licensed and right for you',
    href: '/learn/checking-a-program',
  },
  {
    title: 'Get help now',
    description: 'Crisis lines you can call or text, any time',
    href: '/get-help-now',
    urgent: true,
  },
];

/** The sources of the home page's facts, cited in place like an article's (components/article/cite.tsx). */
export const homeSources: readonly Source[] = [
  {
    id: 'medicare-iop',
    title: 'Mental health care (intensive outpatient program services)',
    publisher: 'Medicare.gov',
    url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
    year: 2024,
    type: 'government',
  },
];
