import type { ReactNode, Ref } from 'react';
import type { NextStep, Notice, Result } from '@/lib/selfcheck';
import { selfCheckSources } from '@/lib/selfcheck/sources';

/**
 * A self-check result.
 * - Emergency: action first. Directly under the heading, three large short buttons (Call 988, Text
 *   988, Call 911; Call 911 first for medical danger), then the steps, then the rest. Nothing about
 *   insurers.
 * - Otherwise: "Talk to someone today" first when it applies (above the level of care, never
 *   replacing it), then the level of care, its cautions, why, and what to do next.
 * The first heading can take focus (`headingRef`) so it is announced when the result appears.
 * Phone numbers are tap links (tel: / sms:); nothing records a tap.
 */
export function SelfCheckResult({ result, headingRef, actions }: { result: Result; headingRef?: Ref<HTMLHeadingElement>; actions?: ReactNode }) {
  const urgent = result.tier === 'emergency';
  const talk = result.notices.find((n) => n.id === 'talk-today');
  const cautions = result.notices.filter((n) => n.id === 'withdrawal-caution' || n.id === 'unsafe-home');
  const refuse = result.notices.find((n) => n.id === 'if-they-refuse');
  return (
    <div className="result-stack">
      {talk ? <NoticeBox notice={talk} level={2} headingRef={headingRef} /> : null}
      <section aria-labelledby="result-heading" className={`callout ${urgent ? 'callout-urgent' : ''}`}>
        <h2 id="result-heading" ref={talk ? undefined : headingRef} tabIndex={-1} className="text-2xl leading-tight font-bold">
          {result.heading}
        </h2>
        {urgent ? <CrisisActions actions={result.crisisActions} /> : null}
        {urgent ? <Steps heading="What to do now" steps={result.nextSteps} urgent /> : null}
        <p className="mt-4">{result.summary}</p>
        {cautions.map((notice) => (
          <NoticeBox key={notice.id} notice={notice} level={3} />
        ))}
        <section aria-labelledby="result-reasons">
          <h3 id="result-reasons" className="mt-6 text-xl font-bold">
            Why you got this result
          </h3>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
        {urgent ? null : <Steps heading="What to do next" steps={result.nextSteps} />}
        {refuse ? <NoticeBox notice={refuse} level={3} /> : null}
        <p className="mt-6 text-muted">{result.disclaimer}</p>
        <Sources ids={result.sources} />
        <div className="mt-6 flex flex-wrap items-center gap-4">
          {actions}
          <a href="/is-iop-right-for-me">Start again</a>
        </div>
      </section>
    </div>
  );
}

/** The emergency buttons: three, short, large, in one row on a phone. */
function CrisisActions({ actions }: { actions: readonly NextStep[] }) {
  return (
    <ul className="crisis-actions mt-4" aria-label="Get help now">
      {actions.map((action) => (
        <li key={action.href}>
          <a className="button-urgent crisis-action" href={action.href}>
            {action.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Steps({ heading, steps, urgent = false }: { heading: string; steps: readonly NextStep[]; urgent?: boolean }) {
  const id = urgent ? 'result-steps-now' : 'result-steps';
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mt-6 text-xl font-bold">
        {heading}
      </h3>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {steps.map((step) => (
          <li key={step.text}>
            <StepText step={step} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StepText({ step }: { step: NextStep }) {
  if (!step.href) return <>{step.text}</>;
  return (
    <a href={step.href} rel={step.href.startsWith('http') ? 'noopener noreferrer' : undefined}>
      {step.text}
    </a>
  );
}

/** A box with its own heading: tap buttons first, then lines. */
function NoticeBox({ notice, level, headingRef }: { notice: Notice; level: 2 | 3; headingRef?: Ref<HTMLHeadingElement> }) {
  const Heading = `h${level}` as const;
  const id = `${notice.id}-heading`;
  return (
    <section aria-labelledby={id} className={`callout callout-${notice.tone}`} data-notice={notice.id}>
      <Heading id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className={level === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}>
        {notice.heading}
      </Heading>
      {notice.actions.length > 0 ? (
        <ul className="notice-actions mt-3">
          {notice.actions.map((action) => (
            <li key={action.text}>
              <a className={notice.tone === 'urgent' ? 'button-urgent' : 'button-secondary'} href={action.href} rel={action.href?.startsWith('http') ? 'noopener noreferrer' : undefined}>
                {action.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="mt-3 space-y-2">
        {notice.lines.map((line) => (
          <li key={line.text}>
            <StepText step={line} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sources({ ids }: { ids: Result['sources'] }) {
  if (ids.length === 0) return null;
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-semibold">Where this advice comes from</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {ids.map((id) => {
          const source = selfCheckSources[id];
          return (
            <li key={id}>
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              ({source.publisher})
            </li>
          );
        })}
      </ul>
    </details>
  );
}
