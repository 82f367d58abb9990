import { QuickExit, QuickExitNote } from '@/components/selfcheck/quick-exit';
import { SelfCheck } from '@/components/selfcheck/self-check';
import { questions } from '@/lib/selfcheck';
import type { SelfCheckState } from '@/lib/selfcheck/stepper';

/** The self-check page, empty (the prerendered page) or with the answers a reader posted. */
export function SelfCheckPageBody({ state }: { state: SelfCheckState }) {
  return (
    <div className="mx-auto max-w-[40rem]">
      <QuickExit />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">Is an IOP right for me?</h1>
      <p className="mt-4 text-xl">
        Answer {questions.length} short questions to see which level of care might fit you, from weekly therapy to an
        intensive outpatient program (IOP) or more. It takes about 2 minutes.
      </p>
      <p className="mt-4">
        Your answers are private: they are only used to show your result, and are never stored, logged or added to the
        page address. This page sets no cookies.
      </p>
      <p className="mt-4 mb-8 rounded-lg border-l-8 border-urgent bg-urgent-bg p-4 font-semibold">
        If you or someone else is in danger right now, call <a href="tel:911">911</a>. If you are thinking about suicide,
        call or text <a href="tel:988">988</a>.
      </p>
      <SelfCheck posted={state} />
      <QuickExitNote />
    </div>
  );
}
