import type { ChangeEvent } from 'react';
import { noneOfThese, type Audience, type SignSet } from '@/lib/selfcheck/questions';
import { QuestionFrame } from './question-fieldset';

/**
 * A safety list (GOV.UK checkboxes with an exclusive "None" option): every item is one thing, some
 * with a hint of examples (linked with aria-describedby), then "or", then "No, none of these".
 * With JavaScript, choosing "No, none of these" clears the items and choosing an item clears "none";
 * without it, the server says so if both are sent. Checkbox ids are `<set-id>-<option-id>`.
 */
export function SignsFieldset({
  set,
  audience,
  answer,
  number,
  total,
  error,
  hidden,
}: {
  set: SignSet;
  audience: Audience;
  answer?: unknown;
  number?: number;
  total: number;
  error?: string;
  hidden?: boolean;
}) {
  const selected = Array.isArray(answer) ? answer : [];
  const text = set.text[audience];
  return (
    <QuestionFrame id={set.id} legend={text.legend} hint={text.hint} number={number} total={total} error={error} hidden={hidden}>
      <div onChange={exclusive} className="grid gap-2">
        {set.options.map((option) => {
          const id = `${set.id}-${option.id}`;
          const { label, hint } = option.text[audience];
          return (
            <div key={option.id} className="flex items-start gap-3">
              <input
                type="checkbox"
                id={id}
                name={set.id}
                value={option.id}
                defaultChecked={selected.includes(option.id)}
                aria-describedby={hint ? `${id}-hint` : undefined}
                className="mt-2 size-7 shrink-0 accent-brand"
              />
              <div className="py-2 pr-4">
                <label htmlFor={id}>{label}</label>
                {hint ? (
                  <p id={`${id}-hint`} className="text-muted">
                    {hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
        <p className="my-1 font-semibold">
          or
        </p>
        <div className="flex items-center gap-3">
          <input
            type="checkbox"
            id={`${set.id}-${noneOfThese}`}
            name={set.id}
            value={noneOfThese}
            defaultChecked={selected.includes(noneOfThese)}
            data-exclusive=""
            className="size-7 shrink-0 accent-brand"
          />
          <label htmlFor={`${set.id}-${noneOfThese}`} className="min-h-11 py-2 pr-4">
            No, none of these
          </label>
        </div>
      </div>
    </QuestionFrame>
  );
}

/** GOV.UK's exclusive "None" checkbox: it and the other items cannot both be checked. */
function exclusive(event: ChangeEvent<HTMLDivElement>) {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) return;
  const group = box.form?.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(box.name)}"]`) ?? [];
  for (const other of group) {
    if (other !== box && (box.hasAttribute('data-exclusive') || other.hasAttribute('data-exclusive'))) other.checked = false;
  }
}
