import { SectionHeading } from '@/components/article/heading';
import { crisisLines } from '@/lib/crisis';
import { siteContactEmail } from '@/lib/site';

const helpline = crisisLines.find((line) => line.id === 'samhsa')!;

/**
 * "Contact and feedback", the last section of /about: how a reader can reach the editors. The address set in
 * SITE_CONTACT_EMAIL (read when the site is built) as a mailto link; when none is set, an honest sentence
 * that says so and where to turn instead, never a dead end. Rendered after content/pages/about.mdx, as its
 * words depend on how the site is set up.
 */
export function Contact({ email = siteContactEmail }: { email?: string }) {
  return (
    <>
      <SectionHeading level={2} id="contact-and-feedback">
        Contact and feedback
      </SectionHeading>
      <p>
        We welcome feedback. You might spot a mistake, a broken link or a page that is hard to follow. You might know a
        source we should check.
      </p>
      {email ? (
        <>
          <p>
            Email us at <a href={`mailto:${email}`}>{email}</a>. It helps to say which page it was, what you tried and
            what device you used.
          </p>
          <p>
            Please do not include your name, health details or other personal information. We cannot give advice about
            your own care.
          </p>
        </>
      ) : (
        <>
          <p>
            We cannot take messages yet: this copy of IOP Guide has no contact address. We are sorry that you cannot
            tell us about a problem for now.
          </p>
          <p>
            If your question is about your own care, your doctor or therapist can help. To find treatment or support
            near you, call the {helpline.name} at{' '}
            <a href={helpline.actions[0]!.href}>{helpline.actions[0]!.label.replace(/^Call /, '')}</a>. It is free and
            open all day, every day.
          </p>
        </>
      )}
      <p>
        If you need help now, go to our <a href="/get-help-now">get help now</a> page.
      </p>
    </>
  );
}
