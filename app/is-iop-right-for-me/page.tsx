import type { Metadata } from 'next';
import { SelfCheckPageBody } from '@/components/selfcheck/self-check-page';
import { startState } from '@/lib/selfcheck/stepper';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Is an IOP right for me?',
  description:
    'Answer a few yes or no questions to see which level of care might fit you, from weekly therapy to an IOP or more. Nothing is stored.',
  path: '/is-iop-right-for-me',
});

// Prerendered, like every other page: the empty self-check is the same for everyone. The form posts
// to ./answers, which shows the reader's errors or result.
export default function SelfCheckPage() {
  return <SelfCheckPageBody state={startState} />;
}
