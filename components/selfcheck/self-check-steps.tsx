'use client';

import {
  createContext,
  use,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { MissingAnswerMessages } from '@/lib/selfcheck/answers';
import { decideOutcome, resultView, type ResultLists, type ResultView } from '@/lib/selfcheck/outcome';
import type { Answers, Audience } from '@/lib/selfcheck/questions';
import {
  answersFrom,
  audienceOf,
  firstEmergencyStop,
  firstGap,
  firstInputId,
  type QuestionRule,
} from '@/lib/selfcheck/rules';
import { reviewFrom, stepAfter, type FormError, type SelfCheckState, type StepOutcome } from '@/lib/selfcheck/stepper';
import { ErrorSummary } from './error-summary';

type View = 'question' | 'check' | 'result';

const noSubscription = () => () => {};

/**
 * False while the page shows the server's HTML (the server render and hydration: the form posts, as it
 * does without JavaScript), true once this script runs the questions one at a time.
 */
function useScriptRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
type Focus = 'question' | 'check' | 'result' | 'errors';

/** What the server-rendered parts of the self-check need to know to show themselves (self-check-parts.tsx). */
export interface Steps {
  stepping: boolean;
  audience: Audience;
  answers: Answers;
  errors: readonly FormError[];
  /** A safety list of the answers has an emergency item selected. */
  emergencyStop: boolean;
  /** Whether the question at this index is on screen. */
  shown: (index: number) => boolean;
  /** The parts and lists of the result on screen, or null. */
  result: ResultView | null;
}

const StepsContext = createContext<Steps>({
  stepping: false,
  audience: 'self',
  answers: {},
  errors: [],
  emergencyStop: false,
  shown: () => true,
  result: null,
});
export const useSteps = () => use(StepsContext);

const answersAction = '/is-iop-right-for-me/answers#self-check';

/**
 * The self-check form: the browser's one small piece of the page. Everything it shows is rendered
 * on the server (the questions as `children`, "Check your answers" as `check`, every part of every
 * result as `result`, in both wordings); this component only decides which of it is on screen,
 * moves focus, and works out the result with the same pure functions the server uses, on the
 * questions without their words (`rules`) and the result's lists (`lists`).
 *
 * Without JavaScript it is one form posted to the answers page (the #self-check fragment brings the
 * reader back to this part of the page), which the server renders again with `posted`
 * (lib/selfcheck/submission.ts): first "who are you answering for?", then every question on one
 * page, then "Check your answers" with a "Change" button per answer, then the result. Answers travel
 * in the form itself (hidden questions keep their checked inputs), never in the address.
 *
 * Once JavaScript runs, the SAME form shows one question at a time (Back / Continue), then "Check
 * your answers", and works out the result in the browser (nothing is sent anywhere). It stops at
 * once on an emergency item, and moves focus to each new question, to the error summary, to "Check
 * your answers" or to the result. The "Change" buttons and "Change my answers" stay the server's
 * submit buttons; a click on one is handled here instead of posting.
 */
export function SelfCheckSteps(props: {
  rules: readonly QuestionRule[];
  lists: ResultLists;
  messages: MissingAnswerMessages;
  posted: SelfCheckState;
  check: ReactNode;
  result: ReactNode;
  children: ReactNode;
}) {
  const { rules, lists, messages, posted } = props;
  const stepping = useScriptRunning();
  const [view, setView] = useState<View>(
    posted.status === 'result' || posted.status === 'check' ? posted.status : 'question',
  );
  const [index, setIndex] = useState(() => startIndex(rules, posted));
  const [returning, setReturning] = useState(posted.status === 'questions' && posted.focus !== undefined);
  const [stepError, setStepError] = useState<FormError | null>(() => firstError(posted));
  // The answers the result on screen was decided on (at an emergency stop, those asked so far).
  const [decided, setDecided] = useState<Answers | null>(posted.status === 'result' ? posted.answers : null);
  const [answers, setAnswers] = useState<Answers>(posted.answers);
  const pendingFocus = useRef<Focus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const result = useMemo(
    () => (decided ? resultView(decideOutcome(rules, decided), lists) : null),
    [rules, lists, decided],
  );

  useEffect(() => {
    if (firstError(posted)) pendingFocus.current = 'errors';
  }, [posted]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'result') {
      // "Talk to someone today" comes first when it is there. Action first: the result starts at
      // the top of the screen (below the sticky bars).
      const heading = document.getElementById('talk-today-heading') ?? document.getElementById('result-heading');
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
      return;
    }
    const id =
      target === 'check' ? 'check-heading' : target === 'errors' ? 'error-summary' : `${rules[index].id}-legend`;
    document.getElementById(id)?.focus();
  });

  const read = (): Answers => (formRef.current ? answersFrom(rules, new FormData(formRef.current)) : answers);

  function go(outcome: StepOutcome, audience: Audience) {
    setStepError(
      outcome.kind === 'missing'
        ? { questionId: outcome.questionId, message: messages[outcome.questionId]?.[outcome.problem]?.[audience] ?? '' }
        : null,
    );
    if (outcome.kind === 'missing') pendingFocus.current = 'errors';
    if (outcome.kind === 'question') {
      setIndex(outcome.index);
      setView('question');
      pendingFocus.current = 'question';
    }
    if (outcome.kind === 'check' || outcome.kind === 'result') {
      setReturning(false);
      setView(outcome.kind);
      pendingFocus.current = outcome.kind;
    }
    if (outcome.kind === 'result') setDecided(outcome.answers);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!stepping) return; // no script yet: the form posts to the server
    event.preventDefault();
    const current = read();
    setAnswers(current);
    if (view === 'question') go(stepAfter(rules, current, index, returning), audienceOf(current));
    if (view === 'check') {
      const gap = firstGap(rules, current);
      go(gap === -1 ? { kind: 'result', answers: current } : { kind: 'question', index: gap }, audienceOf(current));
    }
  }

  /** "Change" on check your answers goes to that question; "Change my answers" on a result to check your answers. */
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const button = stepping && event.target instanceof Element ? event.target.closest('button[type="submit"]') : null;
    if (!(button instanceof HTMLButtonElement)) return;
    const change = button.name === 'change' ? rules.findIndex((q) => q.id === button.value) : -1;
    if (change !== -1) {
      event.preventDefault();
      setReturning(true);
      go({ kind: 'question', index: change }, audienceOf(answers));
    } else if (button.name === 'step' && button.value === 'review') {
      event.preventDefault();
      const to = reviewFrom(rules, read());
      setReturning(to.kind === 'question');
      go(to, audienceOf(answers));
    }
  }

  function back() {
    setStepError(null);
    setIndex((i) => Math.max(0, i - 1));
    pendingFocus.current = 'question';
  }

  const errors: readonly FormError[] = stepping
    ? stepError
      ? [stepError]
      : []
    : posted.status === 'who' || posted.status === 'questions'
      ? posted.errors
      : [];
  const shown = (i: number) =>
    stepping
      ? view === 'question' && i === index
      : posted.status === 'who'
        ? i === 0
        : posted.status === 'questions' && i > 0;
  const emergencyStop = firstEmergencyStop(rules, answers) !== null;
  const steps: Steps = {
    stepping,
    audience: audienceOf(answers),
    answers,
    errors,
    emergencyStop,
    shown,
    result: view === 'result' ? result : null,
  };
  const hrefOf = (error: FormError) => {
    const question = rules.find((q) => q.id === error.questionId);
    return `#${question ? firstInputId(question) : `${rules[1].id}-legend`}`;
  };

  return (
    <StepsContext value={steps}>
      {/* data-stepping: React runs the steps. It starts after the page's first paint
          (lib/documents/start-after-paint.ts), and the browser tests wait for it. */}
      {/* Event delegation for the "Change" and review buttons inside, which are real buttons the keyboard reaches. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- see above */}
      <div id="self-check" onClick={onClick} data-stepping={stepping ? '' : undefined}>
        {view === 'result' ? props.result : null}
        <form
          id="self-check-form"
          ref={formRef}
          method="post"
          action={answersAction}
          onSubmit={onSubmit}
          onChange={exclusive}
          hidden={view === 'result'}
          aria-label="Self-check questions"
          noValidate
        >
          {errors.length > 0 ? (
            <ErrorSummary errors={errors.map((error) => ({ href: hrefOf(error), message: error.message }))} />
          ) : null}
          {props.children}
          {view === 'check' ? props.check : null}
          {view === 'question' ? (
            <div className="mt-8 flex flex-wrap gap-4">
              {stepping && index > 0 ? (
                <button type="button" className="button-secondary" onClick={back}>
                  Back
                </button>
              ) : null}
              <button type="submit" name="step" value={index === 0 ? 'who' : 'questions'} className="button-primary">
                Continue
              </button>
            </div>
          ) : null}
        </form>
      </div>
    </StepsContext>
  );
}

/** GOV.UK's exclusive "None" checkbox: it and the other items of its list cannot both be checked. */
function exclusive(event: ChangeEvent<HTMLFormElement>) {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) return;
  for (const other of event.currentTarget.querySelectorAll<HTMLInputElement>(
    `input[type="checkbox"][name="${CSS.escape(box.name)}"]`,
  )) {
    if (other !== box && (box.hasAttribute('data-exclusive') || other.hasAttribute('data-exclusive')))
      other.checked = false;
  }
}

function startIndex(rules: readonly QuestionRule[], state: SelfCheckState): number {
  if (state.status !== 'questions') return 0;
  const target = state.errors.find((e) => e.questionId !== null)?.questionId ?? state.focus;
  const at = rules.findIndex((q) => q.id === target);
  return at > 0 ? at : 1;
}

function firstError(state: SelfCheckState): FormError | null {
  return state.status === 'who' || state.status === 'questions'
    ? (state.errors.find((e) => e.questionId !== null) ?? state.errors[0] ?? null)
    : null;
}
