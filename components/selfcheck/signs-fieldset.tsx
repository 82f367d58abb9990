import { noneOfThese, type SignSet } from '@/lib/selfcheck/questions';
import { both, wordsIn } from './wording';
import { Wording } from './self-check-parts';

/** The label of a safety list's exclusive last option (also what "Check your answers" shows for it). */
export const noneOfTheseLabel = 'No, none of these';

/**
 * The options of a safety list (GOV.UK checkboxes with an exclusive "None" option): every item is
 * one thing, some with a hint of examples (linked with aria-describedby), then "or", then "No, none
 * of these". Each label and hint is rendered in both wordings; <Wording /> shows the reader's.
 * With JavaScript, choosing "No, none of these" clears the items and choosing an item clears "none"
 * (self-check-steps.tsx); without it, the server says so if both are sent. Checkbox ids are
 * `<set-id>-<option-id>`.
 */
export function SignsOptions({ set, answer }: { set: SignSet; answer?: unknown }) {
  const selected = Array.isArray(answer) ? answer : [];
  return (
    <div className="grid gap-2">
      {set.options.map((option) => {
        const id = `${set.id}-${option.id}`;
        const { self, other } = option.text;
        const input = (hint: string | undefined) => (
          <input
            type="checkbox"
            id={id}
            name={set.id}
            value={option.id}
            defaultChecked={selected.includes(option.id)}
            aria-describedby={hint ? `${id}-hint` : undefined}
            className="mt-2 size-7 shrink-0 accent-brand"
          />
        );
        const hint = (text: string | undefined) =>
          text ? (
            <p id={`${id}-hint`} className="text-muted">
              {text}
            </p>
          ) : null;
        return (
          <div key={option.id} className="flex items-start gap-3">
            {/* A hint can be worded for one audience only (the same input either way). */}
            {Boolean(self.hint) === Boolean(other.hint) ? (
              input(self.hint)
            ) : (
              <Wording self={input(self.hint)} other={input(other.hint)} />
            )}
            <div className="py-2 pr-4">
              <label htmlFor={id}>{wordsIn(both(option.text, 'label'))}</label>
              {self.hint === other.hint ? hint(self.hint) : <Wording self={hint(self.hint)} other={hint(other.hint)} />}
            </div>
          </div>
        );
      })}
      <p className="my-1 font-semibold">or</p>
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
          {noneOfTheseLabel}
        </label>
      </div>
    </div>
  );
}
