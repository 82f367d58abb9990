import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SelfCheckPageBody } from '@/components/selfcheck/self-check-page';
import { postedFormHeader } from '@/lib/selfcheck/form-post';
import { checkSubmission } from '@/lib/selfcheck/submission';
import { selfCheckMetadata } from '@/lib/seo/metadata';

// The self-check with a reader's posted answers (their errors or their result), rendered per request
// and never cached. The form posts here; proxy.ts passes on only the question fields, in a request
// header, never in the URL. Opened without a post, it has no answers to show and sends the reader to
// the self-check.
export const metadata = selfCheckMetadata('answers');

export default async function SelfCheckAnswersPage() {
  const posted = (await headers()).get(postedFormHeader);
  if (posted === null) redirect('/is-iop-right-for-me');
  return <SelfCheckPageBody state={checkSubmission(new URLSearchParams(posted))} />;
}
