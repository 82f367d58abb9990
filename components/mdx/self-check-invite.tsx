/** An invitation to the self-check. A plain link: it adds no JavaScript to the article. */
export function SelfCheckInvite() {
  return (
    <aside className="not-prose my-8 rounded-lg border-2 border-brand bg-surface p-5" aria-labelledby="self-check-invite">
      <p id="self-check-invite" className="text-xl font-bold">
        Is an IOP right for me?
      </p>
      <p className="mt-2">
        Answer a few yes or no questions to see which level of care might fit. It takes about 2 minutes. Your answers are
        not stored.
      </p>
      <p className="mt-4">
        <a className="button-primary" href="/is-iop-right-for-me">
          Start the self-check
        </a>
      </p>
    </aside>
  );
}
