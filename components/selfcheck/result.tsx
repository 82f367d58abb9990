import type { ReactNode } from 'react';
import type { FigureSource } from '@/lib/care-levels';
import { disclaimer, emergencyDisclaimer, type NextStep, type Notice } from '@/lib/selfcheck/next-steps';
import { audiences } from '@/lib/selfcheck/questions';
import { reasonTexts, resultNotices, stepsOf } from '@/lib/selfcheck/result-parts';
import { selfCheckSources } from '@/lib/selfcheck/sources';
import { tiers, type TierText } from '@/lib/selfcheck/tiers';
import { ResultCallout, ResultList, ResultPart } from './self-check-parts';

/**
 * The self-check's result, every part of every result rendered once, each inside a <ResultPart />
 * or <ResultList /> that shows it only when the result on screen has it (lib/selfcheck/outcome.ts
 * `resultView` picks them; `decide` reads the same pieces, so its tests cover what is shown here).
 * - Emergency: action first. Directly under the heading, three large short buttons (Call 988, Text
 *   988, Call 911; Call 911 first for medical danger), then the steps, then the rest. Nothing about
 *   insurers.
 * - Otherwise: "Talk to someone today" first when it applies (above the level of care, never
 *   replacing it), then the level of care, its cautions, why, and what to do next.
 * The first heading can take focus (tabIndex -1) so it is announced when the result appears.
 * Phone numbers are tap links (tel: / sms:); nothing records a tap. "Change my answers" submits
 * the self-check form (the stepper takes the click when JavaScript runs).
 */
export function SelfCheckResult() {
  return (
    <div className="result-stack">
      {audiences.map((a) => (
        <ResultPart key={a} part={`talk-today:${a}`}>
          <NoticeBox notice={noticeOf(`talk-today:${a}`)} level={2} />
        </ResultPart>
      ))}
      <ResultCallout>
        <h2 id="result-heading" tabIndex={-1} className="text-2xl leading-tight font-bold">
          <ByTier words={(text) => text.heading} />
        </h2>
        <ResultPart part="emergency">
          <ResultList list="crisis" className="crisis-actions mt-4" aria-label="Get help now">
            {stepsOf('crisis').map(([key, action]) => (
              <li key={key}>
                <a className="button-urgent crisis-action" href={action.href}>
                  {action.text}
                </a>
              </li>
            ))}
          </ResultList>
          <Steps heading="What to do now" steps={stepsOf('now')} urgent />
        </ResultPart>
        <p className="mt-4">
          <ByTier words={(text) => text.summary} />
        </p>
        {tiers.map((tier) =>
          tier.hoursSource ? (
            <ResultPart key={tier.id} part={`tier:${tier.id}`}>
              <HoursSource source={tier.hoursSource} />
            </ResultPart>
          ) : null,
        )}
        {['withdrawal-caution', 'unsafe-home'].flatMap((id) =>
          audiences.map((a) => (
            <ResultPart key={`${id}:${a}`} part={`${id}:${a}`}>
              <NoticeBox notice={noticeOf(`${id}:${a}`)} level={3} />
            </ResultPart>
          )),
        )}
        <section aria-labelledby="result-reasons">
          <h3 id="result-reasons" className="mt-6 text-xl font-bold">
            Why you got this result
          </h3>
          <ResultList list="reasons" className="mt-3 list-disc space-y-2 pl-5">
            {[...reasonTexts].map(([key, reason]) => (
              <li key={key}>{reason}</li>
            ))}
          </ResultList>
        </section>
        <ResultPart part="not-emergency">
          <Steps heading="What to do next" steps={stepsOf('next')} />
        </ResultPart>
        <ResultPart part="if-they-refuse:other">
          <NoticeBox notice={noticeOf('if-they-refuse:other')} level={3} />
        </ResultPart>
        <p className="mt-6 text-muted">
          <ResultPart part="emergency">{emergencyDisclaimer}</ResultPart>
          <ResultPart part="not-emergency">{disclaimer}</ResultPart>
        </p>
        <ResultPart part="sources">
          <Sources />
        </ResultPart>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button type="submit" form="self-check-form" name="step" value="review" className="button-secondary">
            Change my answers
          </button>
          <a href="/is-iop-right-for-me">Start again</a>
        </div>
      </ResultCallout>
    </div>
  );
}

/** The heading or summary of each level of care, for each audience. */
function ByTier({ words }: { words: (text: TierText) => ReactNode }) {
  return tiers.flatMap((tier) =>
    audiences.map((a) => (
      <ResultPart key={`${tier.id}:${a}`} part={`tier:${tier.id}:${a}`}>
        {words(tier.text[a])}
      </ResultPart>
    )),
  );
}

/** "Source: ..." under a summary that gives hours a week, linking to the primary source. */
function HoursSource({ source }: { source: FigureSource }) {
  return (
    <p className="mt-2 text-base text-muted">
      Source:{' '}
      <a href={source.url} rel="noopener noreferrer">
        {source.publisher}, {source.title}
      </a>
    </p>
  );
}

function noticeOf(key: string): Notice {
  const notice = resultNotices.get(key);
  if (!notice) throw new Error(`No self-check notice "${key}"`);
  return notice;
}

function Steps({ heading, steps, urgent = false }: { heading: string; steps: [string, NextStep][]; urgent?: boolean }) {
  const id = urgent ? 'result-steps-now' : 'result-steps';
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mt-6 text-xl font-bold">
        {heading}
      </h3>
      <ResultList list="steps" className="mt-3 list-disc space-y-2 pl-5">
        {steps.map(([key, step]) => (
          <li key={key}>
            <StepText step={step} />
          </li>
        ))}
      </ResultList>
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

/** A box with its own heading: tap buttons first, then lines. A box at the top of the result (level 2) can take focus. */
function NoticeBox({ notice, level }: { notice: Notice; level: 2 | 3 }) {
  const Heading = `h${level}` as const;
  const id = `${notice.id}-heading`;
  return (
    <section aria-labelledby={id} className={`callout callout-${notice.tone}`} data-notice={notice.id}>
      <Heading
        id={id}
        tabIndex={level === 2 ? -1 : undefined}
        className={level === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}
      >
        {notice.heading}
      </Heading>
      {notice.actions.length > 0 ? (
        <ul className="notice-actions mt-3">
          {notice.actions.map((action) => (
            <li key={action.text}>
              <a
                className={notice.tone === 'urgent' ? 'button-urgent' : 'button-secondary'}
                href={action.href}
                rel={action.href?.startsWith('http') ? 'noopener noreferrer' : undefined}
              >
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

/** Where the advice comes from: every named source is rendered; the list shows the result's own, in its order. */
function Sources() {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-semibold">Where this advice comes from</summary>
      <ResultList list="sources" className="mt-2 list-disc space-y-1 pl-5">
        {Object.entries(selfCheckSources).map(([id, source]) => (
          <li key={id}>
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            ({source.publisher})
          </li>
        ))}
      </ResultList>
    </details>
  );
}
