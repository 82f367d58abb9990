import type { Ref } from 'react';
import { firstInputId, questionById } from '@/lib/selfcheck/questions';
import type { FormError } from '@/lib/selfcheck/stepper';

/**
 * GOV.UK-style error summary: "There is a problem", then each error as a link to its question's
 * first radio or checkbox. role="alert" so it is announced when it appears; it can also take focus.
 */
export function ErrorSummary({ errors, fallbackId, ref }: { errors: readonly FormError[]; fallbackId: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} id="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="mb-8 rounded-md border-4 border-urgent p-4">
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((error) => (
          <li key={`${error.questionId}-${error.message}`}>
            <a href={`#${error.questionId ? firstInputId(questionById(error.questionId)) : fallbackId}`} className="font-bold">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
