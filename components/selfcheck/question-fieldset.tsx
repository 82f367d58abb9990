import type { ReactNode } from 'react';
import { formQuestions, type Answer, type Question as SelfCheckQuestion } from '@/lib/selfcheck/questions';
import { Question } from './self-check-parts';
import { SignsOptions } from './signs-fieldset';
import { both } from './wording';

/** The yes / no / not sure choices, in order (also the labels "Check your answers" shows). */
export const yesNoOptions: readonly { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
];

/**
 * One question of the self-check, rendered on the server with every wording it can need: its
 * fieldset (<Question />, which the stepper shows or hides) around its radios or checkboxes, checked
 * as `answer` says. "Who" comes before the numbered questions.
 */
export function QuestionFields({
  question,
  index,
  answer,
  after,
}: {
  question: SelfCheckQuestion;
  index: number;
  answer: unknown;
  after?: ReactNode;
}) {
  const at = formQuestions.indexOf(question as (typeof formQuestions)[number]);
  const frame = { index, id: question.id, number: at === -1 ? undefined : at + 1, total: formQuestions.length, after };
  if (question.kind === 'who') {
    return (
      <Question {...frame} legend={question.legend}>
        <Radios name={question.id} options={question.options} answer={answer} />
      </Question>
    );
  }
  if (question.kind === 'signs') {
    return (
      <Question {...frame} legend={both(question.text, 'legend')} hint={both(question.text, 'hint')}>
        <SignsOptions set={question} answer={answer} />
      </Question>
    );
  }
  return (
    <Question {...frame} legend={both(question.text, 'legend')} hint={both(question.text, 'hint')}>
      <Radios name={question.id} options={yesNoOptions} answer={answer} />
    </Question>
  );
}

/** A radio with its label; ids are `<name>-<value>` (the error summary links to the first). */
/** One radio button per option, the reader's answer checked. */
function Radios({
  name,
  options,
  answer,
}: {
  name: string;
  options: readonly { value: string; label: string }[];
  answer: unknown;
}) {
  return options.map((option) => (
    <Radio key={option.value} name={name} value={option.value} label={option.label} checked={answer === option.value} />
  ));
}

function Radio({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  const id = `${name}-${value}`;
  return (
    <div className="flex items-center gap-3">
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        defaultChecked={checked}
        className="size-7 shrink-0 accent-brand"
      />
      <label htmlFor={id} className="min-h-11 py-2 pr-4">
        {label}
      </label>
    </div>
  );
}
