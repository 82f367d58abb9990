import type { ReactNode, Ref } from 'react';
import type { NextStep, Result } from '@/lib/selfcheck';

/**
 * A self-check result: the heading naming the level of care, what it means (ending with the
 * not-a-diagnosis text), why, and what to do next. Phone numbers are tap links (tel: / sms:);
 * in an emergency they are large buttons and come before the reasons. The heading can take
 * focus so it is announced when the result appears.
 */
export function SelfCheckResult({
  result,
  headingRef,
  children,
}: {
  result: Result;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Extra actions shown before "Start again" (the stepper's "Change my answers"). */
  children?: ReactNode;
}) {
  const urgent = result.tier === 'emergency';
  const steps = (
    <section key="steps" aria-labelledby="result-steps">
      <h3 id="result-steps" className="mt-6 text-xl font-bold">
        {urgent ? 'What to do now' : 'What to do next'}
      </h3>
      <ul className="mt-3 space-y-3">
        {result.nextSteps.map((step) => (
          <li key={step.text}>
            <Step step={step} urgent={urgent} />
          </li>
        ))}
      </ul>
    </section>
  );
  const reasons = (
    <section key="reasons" aria-labelledby="result-reasons">
      <h3 id="result-reasons" className="mt-6 text-xl font-bold">
        Why you got this result
      </h3>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
  return (
    <section aria-labelledby="result-heading" className={`callout mt-0 ${urgent ? 'callout-urgent' : ''}`}>
      <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="text-2xl leading-tight font-bold">
        {result.heading}
      </h2>
      <p className="mt-3">{result.summary}</p>
      {urgent ? [steps, reasons] : [reasons, steps]}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {children}
        <a href="/is-iop-right-for-me">Start again</a>
      </div>
    </section>
  );
}

function Step({ step, urgent }: { step: NextStep; urgent: boolean }) {
  if (!step.href) return <>{step.text}</>;
  if (urgent && /^(tel|sms):/.test(step.href)) {
    return (
      <a className="button-urgent" href={step.href}>
        {step.text}
      </a>
    );
  }
  return (
    <a href={step.href} rel={step.href.startsWith('http') ? 'noopener noreferrer' : undefined}>
      {step.text}
    </a>
  );
}
