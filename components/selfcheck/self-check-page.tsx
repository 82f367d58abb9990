import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import { QuickExit, QuickExitNote } from '@/components/selfcheck/quick-exit';
import { SelfCheck } from '@/components/selfcheck/self-check';
import { formQuestions } from '@/lib/selfcheck/questions';
import type { SelfCheckState } from '@/lib/selfcheck/stepper';

/** The self-check page in every state: the prerendered start, or what a reader's posted answers lead to. */
export function SelfCheckPageBody({ state }: { state: SelfCheckState }) {
  return (
    <div className="mx-auto max-w-[40rem]">
      <QuickExit />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Is an IOP right for me?</h1>
      <p className="mt-4 text-xl">
        Answer up to {formQuestions.length + 1} short questions to see which level of care might fit, from weekly
        therapy to an intensive outpatient program (IOP) or more. You can answer for yourself or for someone you are
        worried about. It takes about 3 minutes.
      </p>
      <p className="mt-4">
        This check is a screening aid, not a diagnosis. Its questions about suicide are informed by the Columbia
        Protocol (C-SSRS), a screening tool many US health services use, but it is not the C-SSRS.
      </p>
      <p className="mt-4">
        Your answers are private: they are only used to show your result, and are never stored, logged or added to the
        page address. This page sets no cookies.
      </p>
      <p className="mt-4 mb-8 rounded-lg border-l-8 border-urgent bg-urgent-bg p-4 font-semibold">
        <UrgentNumbers />
      </p>
      <SelfCheck state={state} />
      <QuickExitNote />
    </div>
  );
}
