import { SelfCheckPageBody } from '@/components/selfcheck/self-check-page';
import { startState } from '@/lib/selfcheck/stepper';
import { selfCheckMetadata } from '@/lib/seo/metadata';

export const metadata = selfCheckMetadata('form');

// Prerendered, like every other page: the empty self-check is the same for everyone. The form posts
// to ./answers, which shows the reader's errors or result.
export default function SelfCheckPage() {
  return <SelfCheckPageBody state={startState} />;
}
