import { careLevels, careLevelSources } from '@/lib/care-levels';
import { FigureSources } from './figure-sources';

/**
 * The continuum of care as a picture made of plain HTML: an ordered list from least to most
 * intensive, each step a bar that grows with intensity, IOP highlighted. The list itself is the
 * text alternative, so screen readers get the same information in the same order.
 */
export function ContinuumOfCare() {
  return (
    <figure className="not-prose my-8" aria-labelledby="continuum-caption">
      <figcaption id="continuum-caption" className="mb-3 font-semibold">
        Where IOP sits: levels of care from least to most intensive
      </figcaption>
      <ol className="continuum">
        {careLevels.map((level, index) => (
          <li key={level.id} className={level.id === 'iop' ? 'is-iop' : undefined}>
            <span className={`continuum-bar continuum-step-${index}`} aria-hidden="true" />
            <span className="continuum-name">
              {level.short}
              {level.id === 'iop' ? <span className="continuum-here"> (you are reading about this one)</span> : null}
            </span>
            <span className="continuum-hours">
              {level.hours}. Sleep: {level.sleep.toLowerCase()}.
            </span>
          </li>
        ))}
      </ol>
      <FigureSources sources={careLevelSources} />
    </figure>
  );
}
