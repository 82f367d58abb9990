import type { ReactNode } from 'react';

/** How an article's FAQ shows: every answer closed, or all open (its all-answers page), and the link between the two. */
export interface FaqView {
  open: boolean;
  /** "Show all answers" (to the all-open page) or "Hide all answers" (back to the article). */
  toggle?: { href: string; label: string };
  /** The page each answer's link points to: the article itself, so a shared link always goes there. Empty: this page. */
  answersAt?: string;
}

/**
 * Questions and answers as native disclosure widgets (<details>/<summary>): they open and close
 * with keyboard and screen readers, and work without JavaScript. "Show all answers" is a plain link to
 * the same page with every answer open, so it works without JavaScript too.
 */
export function FAQ({ toggle, children }: { toggle?: FaqView['toggle']; children?: ReactNode }) {
  return (
    <div className="faq not-prose mt-4 mb-6">
      {toggle ? (
        <p className="faq-toggle">
          <a href={toggle.href}>{toggle.label}</a>
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * One question. Its id (lib/mdx/question-ids.mjs) sits on an anchor inside the answer, at the top of the
 * question: a link to /learn/faq#<id> makes the browser open this answer and scroll the question into
 * view, and the answer ends with a link to itself, for sharing.
 */
export function Question({
  q,
  id,
  open = false,
  answersAt = '',
  children,
}: {
  q: string;
  id?: string;
  open?: boolean;
  answersAt?: string;
  children?: ReactNode;
}) {
  return (
    <details className="faq-item" open={open}>
      <summary>{q}</summary>
      <div className="faq-answer prose">
        {id ? <span id={id} className="faq-anchor" /> : null}
        {children}
        {id ? (
          <p className="faq-link">
            <a
              href={`${answersAt}#${id}`}
              aria-label={`Link to this answer: ${q}`}
              {...(answersAt ? {} : { 'data-section-link': '' })}
            >
              Link to this answer
            </a>
          </p>
        ) : null}
      </div>
    </details>
  );
}

/** FAQ and Question as an article page renders them (see FaqView). */
export function faqWith({ open, toggle, answersAt }: FaqView) {
  return {
    FAQ: function ArticleFaq({ children }: { children?: ReactNode }) {
      return <FAQ toggle={toggle}>{children}</FAQ>;
    },
    Question: function ArticleQuestion(props: { q: string; id?: string; children?: ReactNode }) {
      return <Question {...props} open={open} answersAt={answersAt} />;
    },
  };
}
