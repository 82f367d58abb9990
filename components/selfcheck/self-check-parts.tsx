'use client';

import type { ReactElement, ReactNode } from 'react';
import type { ResultView } from '@/lib/selfcheck/outcome';
import type { Audience } from '@/lib/selfcheck/questions';
import { noneOfThese, valueOf } from '@/lib/selfcheck/rules';
import { useSteps } from './self-check-steps';

/** Words for a reader answering for themselves and for someone else (one string when they are the same). */
export type Worded = string | Partial<Record<Audience, string>>;

const wordsFor = (words: Worded | undefined, audience: Audience) =>
  typeof words === 'string' ? words : words?.[audience];

/** The wording for who the answers are about ("self" until the reader says otherwise). */
export function Wording({ self, other }: { self?: ReactNode; other?: ReactNode }) {
  return (useSteps().audience === 'other' ? other : self) ?? null;
}

/**
 * One question (GOV.UK fieldset), shown or hidden by the stepper: the legend is the question, then
 * its hint, its error (if any) and its inputs (server-rendered `children`). The legend can take
 * focus (tabIndex -1) so the stepper and the "Change" links can move the reader to it; its id is
 * `<question-id>-legend`. `after` is shown only without JavaScript.
 */
export function Question(props: {
  index: number;
  id: string;
  number?: number;
  total: number;
  legend: Worded;
  hint?: Worded;
  after?: ReactNode;
  children: ReactNode;
}) {
  const { id, number } = props;
  const { audience, errors, shown, stepping } = useSteps();
  const hint = wordsFor(props.hint, audience);
  const error = errors.find((e) => e.questionId === id)?.message;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div hidden={!shown(props.index)} className="mt-8 first:mt-0">
      {/* The wrapper carries the error border (a fieldset's border would cut through its legend). */}
      <div className={`question ${error ? 'border-l-4 border-urgent pl-4' : ''}`}>
        <fieldset aria-describedby={describedBy}>
          <legend id={`${id}-legend`} tabIndex={-1} className="w-full">
            {number === undefined ? null : (
              <span className="block text-muted">
                Question {number} of {props.total}
              </span>
            )}
            <h2 className="text-xl leading-snug font-bold">{wordsFor(props.legend, audience)}</h2>
          </legend>
          {hint ? (
            <p id={`${id}-hint`} className="mt-2 text-muted">
              {hint}
            </p>
          ) : null}
          {error ? (
            <p id={`${id}-error`} className="mt-2 font-bold text-urgent">
              <span className="sr-only">Error: </span>
              {error}
            </p>
          ) : null}
          <div className="mt-3 grid gap-2">{props.children}</div>
        </fieldset>
      </div>
      {stepping ? null : props.after}
    </div>
  );
}

/**
 * An answer on "Check your answers": the label of the value given (`labels`: value -> words), or for
 * a safety list the labels of the items selected, "No, none of these", or `notAnswered`.
 */
export function AnswerText({
  id,
  list,
  labels,
  notAnswered,
  none,
}: {
  id: string;
  list?: boolean;
  labels: [string, Worded][];
  notAnswered: string;
  none?: string;
}) {
  const { answers, audience } = useSteps();
  const value = valueOf(answers, id);
  if (!list) return wordsFor(labels.find(([v]) => v === value)?.[1], audience) ?? notAnswered;
  if (!Array.isArray(value) || value.length === 0) return notAnswered;
  if (value.length === 1 && value[0] === noneOfThese) return none;
  const picked = labels.flatMap(([v, words]) => (value.includes(v) ? [wordsFor(words, audience)] : []));
  return (
    <ul className="list-disc pl-5">
      {picked.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );
}

/** Shown unless a safety list has an emergency item selected (the form stops there instead). */
export function UnlessEmergencyStop({ children }: { children: ReactNode }) {
  return useSteps().emergencyStop ? null : children;
}

/** A part of the result (a heading, a box, a block) shown when the result on screen has it. */
export function ResultPart({ part, children }: { part: string; children: ReactNode }) {
  return useSteps().result?.parts.includes(part) ? children : null;
}

/** The result's box: red for an emergency. */
export function ResultCallout({ children }: { children: ReactNode }) {
  const urgent = useSteps().result?.parts.includes('emergency');
  return (
    <section aria-labelledby="result-heading" className={`callout ${urgent ? 'callout-urgent' : ''}`}>
      {children}
    </section>
  );
}

/** A list of the result: of its server-rendered items (`children`, keyed), those the result shows, in its order. */
export function ResultList({
  list,
  children,
  ...attributes
}: {
  list: keyof ResultView['lists'];
  children: ReactElement[];
  className: string;
  'aria-label'?: string;
}) {
  const order = useSteps().result?.lists[list] ?? [];
  const items = new Map(children.map((item) => [item.key, item]));
  return <ul {...attributes}>{order.map((key) => items.get(key))}</ul>;
}
