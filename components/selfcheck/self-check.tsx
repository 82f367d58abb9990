'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { audienceOf, valueOf } from '@/lib/selfcheck/answers';
import { decide, type Result } from '@/lib/selfcheck/decide';
import { formQuestions, questions, signSets, type Answers, type Question } from '@/lib/selfcheck/questions';
import { answersFrom, firstGap, reviewFrom, stepAfter, type FormError, type SelfCheckState } from '@/lib/selfcheck/stepper';
import { CheckAnswers } from './check-answers';
import { ErrorSummary } from './error-summary';
import { WhoFieldset, YesNoFieldset } from './question-fieldset';
import { SelfCheckResult } from './result';
import { SignsFieldset } from './signs-fieldset';

type View = 'question' | 'check' | 'result';
type Focus = 'question' | 'check' | 'result' | 'errors';

const answersAction = '/is-iop-right-for-me/answers#self-check';
/** Without JavaScript, the offer to stop early comes after the safety lists. */
const lastSafetyList = signSets[signSets.length - 1].id;

/**
 * The self-check form.
 *
 * Without JavaScript it is one form posted to the answers page (the #self-check fragment brings the
 * reader back to this part of the page), which the server renders again with `posted`
 * (lib/selfcheck/submission.ts): first "who are you answering for?", then every question on one
 * page, then "Check your answers" with a "Change" button per answer, then the result. Answers travel
 * in the form itself (hidden questions keep their checked inputs), never in the address.
 *
 * Once JavaScript runs, the SAME form shows one question at a time (Back / Continue), then "Check
 * your answers", and works out the result in the browser with the same `decide` (nothing is sent
 * anywhere). It stops at once on an emergency item, and moves focus to each new question, to the
 * error summary, to "Check your answers" or to the result.
 */
export function SelfCheck({ posted }: { posted: SelfCheckState }) {
  const [stepping, setStepping] = useState(false);
  const [view, setView] = useState<View>(viewOf(posted));
  const [index, setIndex] = useState(() => startIndex(posted));
  const [returning, setReturning] = useState(posted.status === 'questions' && posted.focus !== undefined);
  const [stepError, setStepError] = useState<FormError | null>(() => firstError(posted));
  const [result, setResult] = useState<Result | null>(posted.status === 'result' ? posted.result : null);
  const [answers, setAnswers] = useState<Answers>(posted.answers);
  const pendingFocus = useRef<Focus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const audience = audienceOf(answers);

  useEffect(() => {
    setStepping(true);
    if (firstError(posted)) pendingFocus.current = 'errors';
  }, [posted]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'result') {
      resultHeading.current?.focus();
      // Action first: the result starts at the top of the screen (below the sticky bars).
      resultHeading.current?.scrollIntoView({ block: 'start' });
      return;
    }
    const id = target === 'check' ? 'check-heading' : target === 'errors' ? 'error-summary' : `${questions[index].id}-legend`;
    document.getElementById(id)?.focus();
  });

  const read = (): Answers => (formRef.current ? answersFrom(new FormData(formRef.current)) : answers);

  function go(outcome: ReturnType<typeof stepAfter> | ReturnType<typeof reviewFrom>) {
    setStepError(outcome.kind === 'missing' ? outcome.error : null);
    if (outcome.kind === 'missing') pendingFocus.current = 'errors';
    if (outcome.kind === 'question') {
      setIndex(outcome.index);
      setView('question');
      pendingFocus.current = 'question';
    }
    if (outcome.kind === 'check') {
      setReturning(false);
      setView('check');
      pendingFocus.current = 'check';
    }
    if (outcome.kind === 'result') {
      setReturning(false);
      setResult(outcome.result);
      setView('result');
      pendingFocus.current = 'result';
    }
  }

  function next() {
    const current = read();
    setAnswers(current);
    go(stepAfter(current, index, returning));
  }

  function back() {
    setStepError(null);
    setIndex((i) => Math.max(0, i - 1));
    pendingFocus.current = 'question';
  }

  function change(at: number) {
    setReturning(true);
    go({ kind: 'question', index: at });
  }

  function seeResult() {
    const current = read();
    setAnswers(current);
    const gap = firstGap(current);
    go(gap === -1 ? { kind: 'result', result: decide(current) } : { kind: 'question', index: gap });
  }

  function changeAnswers() {
    const current = read();
    const to = reviewFrom(current);
    setReturning(to.kind === 'question');
    go(to);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!stepping) return; // no script yet: the form posts to the server
    event.preventDefault();
    if (view === 'question') next();
    else if (view === 'check') seeResult();
  }

  const postedErrors = posted.status === 'who' || posted.status === 'questions' ? posted.errors : [];
  const errors: readonly FormError[] = stepping ? (stepError ? [stepError] : []) : postedErrors;
  const shown = (i: number) => {
    if (stepping) return view === 'question' && i === index;
    if (posted.status === 'who') return i === 0;
    return posted.status === 'questions' && i > 0;
  };
  const onWho = stepping ? view === 'question' && index === 0 : posted.status === 'who';
  const showQuestions = stepping ? view === 'question' : posted.status === 'who' || posted.status === 'questions';

  return (
    <div id="self-check">
      {result && (stepping ? view === 'result' : posted.status === 'result') ? (
        <SelfCheckResult
          result={result}
          headingRef={resultHeading}
          actions={
            stepping ? (
              <button type="button" className="button-secondary" onClick={changeAnswers}>
                Change my answers
              </button>
            ) : (
              <button type="submit" form="self-check-form" name="step" value="review" className="button-secondary">
                Change my answers
              </button>
            )
          }
        />
      ) : null}
      <form
        id="self-check-form"
        ref={formRef}
        method="post"
        action={answersAction}
        onSubmit={onSubmit}
        hidden={stepping ? view === 'result' : posted.status === 'result'}
        aria-label="Self-check questions"
        noValidate
      >
        {errors.length > 0 ? <ErrorSummary errors={errors} fallbackId={`${questions[1].id}-legend`} /> : null}
        {questions.map((question, i) => (
          <div key={question.id} hidden={!shown(i)} className="mt-8 first:mt-0">
            <QuestionInput question={question} answer={valueOf(answers, question.id)} audience={audience} error={errors.find((e) => e.questionId === question.id)?.message} />
            {!stepping && posted.status === 'questions' && question.id === lastSafetyList ? <EarlyStop /> : null}
          </div>
        ))}
        {(stepping ? view === 'check' : posted.status === 'check') ? <CheckAnswers answers={answers} audience={audience} onChange={stepping ? change : undefined} /> : null}
        {showQuestions ? (
          <div className="mt-8 flex flex-wrap gap-4">
            {stepping && index > 0 ? (
              <button type="button" className="button-secondary" onClick={back}>
                Back
              </button>
            ) : null}
            <button type="submit" name="step" value={onWho ? 'who' : 'questions'} className="button-primary">
              Continue
            </button>
          </div>
        ) : null}
      </form>
    </div>
  );
}

function QuestionInput({ question, answer, audience, error }: { question: Question; answer: unknown; audience: 'self' | 'other'; error?: string }) {
  // "Who" comes before the numbered questions.
  const at = formQuestions.indexOf(question as (typeof formQuestions)[number]);
  const common = { number: at === -1 ? undefined : at + 1, total: formQuestions.length, error };
  if (question.kind === 'who') return <WhoFieldset question={question} answer={answer} {...common} />;
  if (question.kind === 'signs') return <SignsFieldset set={question} audience={audience} answer={answer} {...common} />;
  return <YesNoFieldset question={question} audience={audience} answer={answer} {...common} />;
}

/** Without JavaScript, the form cannot stop by itself after an emergency item: offer to stop here. */
function EarlyStop() {
  return (
    <div className="callout callout-urgent">
      <p>If anything you selected in questions 1 or 2 means someone is in danger now, you do not need to answer the rest.</p>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" name="step" value="questions" className="button-urgent">
          Show me how to get help now
        </button>
        <a href="/get-help-now">Or go to Get help now</a>
      </div>
    </div>
  );
}

function viewOf(state: SelfCheckState): View {
  return state.status === 'result' ? 'result' : state.status === 'check' ? 'check' : 'question';
}

function startIndex(state: SelfCheckState): number {
  if (state.status === 'who') return 0;
  if (state.status !== 'questions') return 0;
  const target = state.errors.find((e) => e.questionId !== null)?.questionId ?? state.focus;
  const at = questions.findIndex((q) => q.id === target);
  return at > 0 ? at : 1;
}

function firstError(state: SelfCheckState): FormError | null {
  return state.status === 'who' || state.status === 'questions' ? (state.errors.find((e) => e.questionId !== null) ?? state.errors[0] ?? null) : null;
}
