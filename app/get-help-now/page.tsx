import type { Metadata } from 'next';
import { CountryNote } from '@/components/crisis/country-note';
import { CrisisNumbers } from '@/components/crisis/crisis-numbers';
import { OverdoseCard } from '@/components/crisis/overdose-card';
import { QuickExit, QuickExitNote } from '@/components/selfcheck/quick-exit';
import { treatmentLocator, urgentNumbers } from '@/lib/crisis';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Get help now',
  description:
    'Urgent help in the US: call 911 in an emergency or overdose, call or text 988 in a crisis, text HOME to 741741, or call the SAMHSA Helpline.',
  path: '/get-help-now',
});

export default function GetHelpNowPage() {
  return (
    <div className="mx-auto max-w-[40rem]">
      <QuickExit />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Get help now</h1>
      <p className="mt-4 text-xl">
        You do not have to cope with this alone. These services are free and you can contact them any time, day or
        night.
      </p>
      <p className="mt-4 rounded-lg border-l-8 border-urgent bg-urgent-bg p-4 text-lg font-semibold">
        If you or someone else is in immediate danger, call{' '}
        <a href={urgentNumbers.emergency.call}>{urgentNumbers.emergency.number}</a> or go to the nearest emergency room.
      </p>
      <div className="mt-8">
        <OverdoseCard />
      </div>
      <h2 className="mt-10 mb-4 text-2xl font-bold">Who to contact</h2>
      <CrisisNumbers />
      <h2 className="mt-10 text-2xl font-bold">Finding treatment</h2>
      <p className="mt-2">
        To find mental health or substance use treatment near you, including intensive outpatient programs, search{' '}
        <a href={treatmentLocator.href} rel="noopener noreferrer">
          {treatmentLocator.name}
        </a>
        , SAMHSA&apos;s confidential treatment locator, or call the SAMHSA National Helpline above.
      </p>
      <CountryNote className="mt-4" />
      <p className="mt-4 text-muted">
        Tapping a number opens your phone&apos;s call or message app. This site does not record that you tapped it.
      </p>
      <QuickExitNote />
    </div>
  );
}
