import { crisisLines } from '@/lib/crisis';

/**
 * The crisis numbers as tap-to-call and tap-to-text links. `compact` is the short form used inside
 * urgent callouts and at the end of articles; the full form (with every detail) is /get-help-now, where
 * only the emergency lines (911, 988) have red buttons and a red edge: helplines use the primary colour.
 */
export function CrisisNumbers({ compact = false, headingLevel = 3 }: { compact?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  if (compact) {
    return (
      <ul className="crisis-compact">
        {crisisLines
          .filter((line) => line.shortList !== false)
          .map((line) => (
            <li key={line.id}>
              <span className="font-semibold">{line.name}:</span>{' '}
              {line.actions.slice(0, 2).map((action, index) => (
                <span key={action.href}>
                  {index > 0 ? ' or ' : ''}
                  <a href={action.href}>{action.label}</a>
                </span>
              ))}
            </li>
          ))}
      </ul>
    );
  }
  return (
    <div className="grid gap-4">
      {crisisLines.map((line) => (
        <section
          key={line.id}
          aria-labelledby={`crisis-${line.id}`}
          className={`rounded-lg border border-line bg-surface p-4 sm:p-5 ${line.emergency ? 'border-l-8 border-l-urgent' : ''}`}
        >
          <Heading id={`crisis-${line.id}`} className="text-xl font-bold">
            {line.name}
          </Heading>
          <p className="mt-1">{line.when}</p>
          <ul className="mt-3 flex flex-wrap gap-3">
            {line.actions.map((action) => (
              <li key={action.href}>
                <a className={line.emergency ? 'button-urgent' : 'button-primary'} href={action.href}>
                  {action.label}
                </a>
              </li>
            ))}
          </ul>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-muted">
            {line.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
