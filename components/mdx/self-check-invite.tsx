/**
 * An invitation to the self-check. A plain link: it adds no JavaScript to the article.
 * In an article its title is a plain paragraph (the article's outline stays its own); the home page
 * makes it a heading of the page.
 */
export function SelfCheckInvite({ asHeading = false }: { asHeading?: boolean }) {
  const Title = asHeading ? 'h2' : 'p';
  return (
    <aside
      className="not-prose my-8 max-w-[40rem] rounded-lg border-2 border-brand bg-surface p-5"
      aria-labelledby="self-check-invite"
    >
      <Title id="self-check-invite" className="text-xl font-bold">
        Is an IOP right for me?
      </Title>
      <p className="mt-2">
        Answer a few yes or no questions to see which level of care might fit, and what to do next. It takes about 2
        minutes. Your answers are not stored.
      </p>
      <p className="mt-4">
        <a className="button-primary" href="/is-iop-right-for-me">
          Start the self-check
        </a>
      </p>
    </aside>
  );
}
