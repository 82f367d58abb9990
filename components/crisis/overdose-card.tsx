import { crisisSources, overdose } from '@/lib/crisis';

/**
 * What to do for an overdose (CDC's steps): a "Call 911" button, the signs, the steps, and two facts
 * that help people act (protection for those who call for help; naloxone without a prescription), each
 * with its source so a reader can check it.
 */
export function OverdoseCard() {
  return (
    <section aria-labelledby="crisis-overdose" className="rounded-lg border-l-8 border-urgent bg-surface p-4 sm:p-5">
      <h2 id="crisis-overdose" className="text-2xl font-bold">
        {overdose.name}
      </h2>
      <p className="mt-1">{overdose.when}</p>
      <p className="mt-3">
        <a className="button-urgent" href={overdose.action.href}>
          {overdose.action.label}
        </a>
      </p>
      <h3 className="mt-4 text-lg font-bold">Signs of an overdose</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {overdose.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <h3 className="mt-4 text-lg font-bold">What to do</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {overdose.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <ul className="mt-4 space-y-3">
        {overdose.facts.map((fact) => (
          <li key={fact.text}>
            {fact.text}{' '}
            <span className="text-muted">
              Source:{' '}
              {fact.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 ? '; ' : ''}
                  <a href={crisisSources[id].url} rel="noopener noreferrer">
                    {crisisSources[id].publisher}
                  </a>
                </span>
              ))}
              .
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-muted">
        Signs and steps:{' '}
        <a href={crisisSources['cdc-overdose'].url} rel="noopener noreferrer">
          {crisisSources['cdc-overdose'].publisher}, {crisisSources['cdc-overdose'].title}
        </a>
        .
      </p>
    </section>
  );
}
