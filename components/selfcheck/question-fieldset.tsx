import type { ReactNode } from 'react';
import type { Answer, Audience, WhoQuestion, YesNoQuestion } from '@/lib/selfcheck/questions';

const yesNoOptions: readonly { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
];

interface FieldsetProps {
  id: string;
  legend: string;
  hint?: string;
  /** Its place among the numbered questions, or undefined for one asked before them. */
  number?: number;
  total: number;
  error?: string;
  hidden?: boolean;
  children: ReactNode;
}

/**
 * One question (GOV.UK fieldset): the legend is the question, then its hint, its error (if any) and
 * its inputs. The legend can take focus (tabIndex -1) so the stepper and the "Change" links can move
 * the reader to it; its id is `<question-id>-legend`.
 */
export function QuestionFrame({ id, legend, hint, number, total, error, hidden = false, children }: FieldsetProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    // The wrapper carries the error border (a fieldset's border would cut through its legend).
    <div hidden={hidden} className={`question ${error ? 'border-l-4 border-urgent pl-4' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend id={`${id}-legend`} tabIndex={-1} className="w-full">
          {number === undefined ? null : (
            <span className="block text-muted">
              Question {number} of {total}
            </span>
          )}
          <h2 className="text-xl leading-snug font-bold">{legend}</h2>
        </legend>
        {hint ? (
          <p id={hintId} className="mt-2 text-muted">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="mt-2 font-bold text-urgent">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="mt-3 grid gap-2">{children}</div>
      </fieldset>
    </div>
  );
}

/** A radio with its label; ids are `<name>-<value>` (the error summary links to the first). */
export function Radio({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  const id = `${name}-${value}`;
  return (
    <div className="flex items-center gap-3">
      <input type="radio" id={id} name={name} value={value} defaultChecked={checked} className="size-7 shrink-0 accent-brand" />
      <label htmlFor={id} className="min-h-11 py-2 pr-4">
        {label}
      </label>
    </div>
  );
}

type Common = { number?: number; total: number; error?: string; hidden?: boolean };

/** Yes / No / Not sure, worded for the reader or for the person they are answering about. */
export function YesNoFieldset({ question, audience, answer, ...rest }: Common & { question: YesNoQuestion; audience: Audience; answer?: unknown }) {
  const text = question.text[audience];
  return (
    <QuestionFrame id={question.id} legend={text.legend} hint={text.hint} {...rest}>
      {yesNoOptions.map((option) => (
        <Radio key={option.value} name={question.id} value={option.value} label={option.label} checked={answer === option.value} />
      ))}
    </QuestionFrame>
  );
}

/** "Who are you answering for?": the wording of every later question and result follows the answer. */
export function WhoFieldset({ question, answer, ...rest }: Common & { question: WhoQuestion; answer?: unknown }) {
  return (
    <QuestionFrame id={question.id} legend={question.legend} {...rest}>
      {question.options.map((option) => (
        <Radio key={option.value} name={question.id} value={option.value} label={option.label} checked={answer === option.value} />
      ))}
    </QuestionFrame>
  );
}
