/**
 * GOV.UK-style error summary: "There is a problem", then each error as a link to its question's
 * first radio or checkbox. role="alert" so it is announced when it appears; it can also take focus.
 */
export function ErrorSummary({ errors }: { errors: readonly { href: string; message: string }[] }) {
  return (
    <div
      id="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      className="mb-8 rounded-md border-4 border-urgent p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((error) => (
          <li key={`${error.href}-${error.message}`}>
            <a href={error.href} className="font-bold">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
