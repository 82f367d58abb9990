import { noneOfThese, type SignSet } from '@/lib/selfcheck/questions';
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
        // A hint can be worded for one audience only: the reader of the other gets an empty description.
        const hinted = Boolean(self.hint || other.hint);
        return (
          <div key={option.id} className="flex items-start gap-3">
            <input
              type="checkbox"
              id={id}
              name={set.id}
              value={option.id}
              defaultChecked={selected.includes(option.id)}
              aria-describedby={hinted ? `${id}-hint` : undefined}
              className="mt-2 size-7 shrink-0 accent-brand"
            />
            <div className="py-2 pr-4">
              <label htmlFor={id}>
                <Wording self={self.label} other={other.label} />
              </label>
              {hinted ? (
                <p id={`${id}-hint`} className="text-muted">
                  <Wording self={self.hint} other={other.hint} />
                </p>
              ) : null}
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
