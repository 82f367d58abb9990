import type { Answer, Question } from '@/lib/selfcheck/questions';

const options: readonly { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
];

/**
 * One question: a fieldset whose legend is the question, with its hint, its error (if any) and
 * three labelled radios. The first radio's id is `<question-id>-yes`, the error summary's target.
 * The legend can take focus (tabIndex -1) so the stepper can move the reader to each new question.
 */
export function QuestionFieldset({
  question,
  number,
  total,
  answer,
  error,
  hidden = false,
}: {
  question: Question;
  number: number;
  total: number;
  answer?: Answer;
  error?: string;
  hidden?: boolean;
}) {
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [question.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    // The wrapper carries the error border (a fieldset's border would cut through its legend).
    <div hidden={hidden} className={`${number > 1 ? 'mt-8' : ''} ${error ? 'border-l-4 border-urgent pl-4' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend id={`${question.id}-legend`} tabIndex={-1} className="w-full">
          <span className="block text-muted">
            Question {number} of {total}
          </span>
          <h2 className="text-xl leading-snug font-bold">{question.legend}</h2>
        </legend>
        {question.hint ? (
          <p id={hintId} className="mt-2 text-muted">
            {question.hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="mt-2 font-bold text-urgent">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="mt-3 grid gap-2">
          {options.map((option) => (
            <div key={option.value} className="flex items-center gap-3">
              <input
                type="radio"
                id={`${question.id}-${option.value}`}
                name={question.id}
                value={option.value}
                defaultChecked={answer === option.value}
                className="size-7 shrink-0 accent-brand"
              />
              <label htmlFor={`${question.id}-${option.value}`} className="min-h-11 py-2 pr-4">
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
