import { crisisLines } from '@/lib/crisis';
import { siteContactEmail } from '@/lib/site';

const helpline = crisisLines.find((line) => line.id === 'samhsa')!;

/**
 * How a reader can reach the editors (on /about): the address set in SITE_CONTACT_EMAIL as a mailto link,
 * or, when none is set, an honest sentence that says so and where to turn instead, never a dead end.
 */
export function Contact({ email = siteContactEmail }: { email?: string }) {
  if (email) {
    return (
      <>
        <p>
          Email us at <a href={`mailto:${email}`}>{email}</a>. It helps to say which page it was, what you tried and
          what device you used.
        </p>
        <p>Please do not include your name, health details or other personal information. We cannot give advice about your own care.</p>
      </>
    );
  }
  return (
    <>
      <p>We cannot take messages yet: this copy of IOP Guide has no contact address. We are sorry that you cannot tell us about a problem for now.</p>
      <p>
        If your question is about your own care, your doctor or therapist can help. To find treatment or support
        near you, call the {helpline.name} at <a href={helpline.actions[0]!.href}>{helpline.actions[0]!.label.replace(/^Call /, '')}</a>. It is
        free and open all day, every day.
      </p>
    </>
  );
}
