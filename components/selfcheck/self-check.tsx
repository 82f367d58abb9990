'use client';

import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '@/lib/selfcheck/decide';
import { questions } from '@/lib/selfcheck/questions';
import { answersFrom, stepAfter, type FormError, type SelfCheckState } from '@/lib/selfcheck/stepper';
import { ErrorSummary } from './error-summary';
import { QuestionFieldset } from './question-fieldset';
import { SelfCheckResult } from './result';

type Focus = 'question' | 'result' | 'errors';

/**
 * The self-check form. Without JavaScript it is one plain form with every question, posted to the
 * answers page (the #self-check fragment brings the reader back to the result or the errors, not the
 * top of the page); the server renders it again with `posted` (the errors or the result, see proxy.ts and
 * lib/selfcheck/form-post.ts). Once JavaScript runs, the SAME
 * form shows one question at a time (Back / Next), works out the result in the browser with the
 * same `decide` (nothing is sent anywhere), stops at once on an emergency answer, and moves focus
 * to each new question, to the error summary or to the result heading.
 */
export function SelfCheck({ posted }: { posted: SelfCheckState }) {
  const [stepping, setStepping] = useState(false);
  const [index, setIndex] = useState(() => Math.max(0, questions.findIndex((q) => q.id === firstError(posted)?.questionId)));
  const [stepError, setStepError] = useState<FormError | null>(() => firstError(posted));
  const [result, setResult] = useState<Result | null>(posted.status === 'result' ? posted.result : null);
  const pendingFocus = useRef<Focus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setStepping(true);
    if (posted.status === 'invalid') pendingFocus.current = 'errors';
  }, [posted.status]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const id = target === 'result' ? 'result-heading' : target === 'errors' ? 'error-summary' : `${questions[index].id}-legend`;
    document.getElementById(id)?.focus();
  });

  function next() {
    const form = formRef.current;
    if (!form) return;
    const outcome = stepAfter(answersFrom(new FormData(form)), index);
    setStepError(outcome.kind === 'missing' ? outcome.error : null);
    if (outcome.kind === 'missing') pendingFocus.current = 'errors';
    if (outcome.kind === 'result') {
      setResult(outcome.result);
      pendingFocus.current = 'result';
    }
    if (outcome.kind === 'question') {
      setIndex(outcome.index);
      pendingFocus.current = 'question';
    }
  }

  function back() {
    setStepError(null);
    setIndex((i) => Math.max(0, i - 1));
    pendingFocus.current = 'question';
  }

  function changeAnswers() {
    setResult(null);
    pendingFocus.current = 'question';
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!stepping) return; // no script yet: the form posts to the server
    event.preventDefault();
    next();
  }

  const errors: readonly FormError[] = stepping ? (stepError ? [stepError] : []) : posted.status === 'invalid' ? posted.errors : [];
  const given = posted.status === 'start' ? {} : posted.answers;
  const last = questions.length - 1;

  return (
    <div id="self-check">
      {result ? (
        <SelfCheckResult result={result}>
          {stepping ? (
            <button type="button" className="button-secondary" onClick={changeAnswers}>
              Change my answers
            </button>
          ) : null}
        </SelfCheckResult>
      ) : null}
      <form ref={formRef} method="post" action="/is-iop-right-for-me/answers#self-check" onSubmit={onSubmit} hidden={result !== null} aria-label="Self-check questions">
        {errors.length > 0 ? <ErrorSummary errors={errors} firstId={questions[0].id} /> : null}
        {questions.map((question, i) => (
          <Fragment key={question.id}>
            <QuestionFieldset
              question={question}
              number={i + 1}
              total={questions.length}
              answer={given[question.id]}
              error={errors.find((e) => e.questionId === question.id)?.message}
              hidden={stepping && i !== index}
            />
            {!stepping && i === 1 ? <EarlyStop /> : null}
          </Fragment>
        ))}
        <div className="mt-8 flex flex-wrap gap-4">
          {stepping && index > 0 ? (
            <button type="button" className="button-secondary" onClick={back}>
              Back
            </button>
          ) : null}
          <button type="submit" className="button-primary">
            {stepping && index < last ? 'Next' : 'See my result'}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Without JavaScript, the form cannot stop by itself after an emergency answer: offer to stop here. */
function EarlyStop() {
  return (
    <div className="callout callout-urgent">
      <p>If you answered yes or not sure to question 1 or 2, you do not need to answer the rest.</p>
      <button type="submit" className="button-urgent mt-3">
        Show me how to get help now
      </button>
    </div>
  );
}

function firstError(state: SelfCheckState): FormError | null {
  return state.status === 'invalid' ? (state.errors.find((e) => e.questionId !== null) ?? null) : null;
}
