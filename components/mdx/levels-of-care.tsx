import { careLevels, careLevelSources } from '@/lib/care-levels';
import { FigureSources } from './figure-sources';

/**
 * The levels of care side by side. A real table on wide screens; on a phone each level becomes a
 * card (CSS only), with explicit roles so screen readers still read it as a table.
 */
export function LevelsOfCare() {
  return (
    <div className="not-prose my-8">
      <table className="levels-table" role="table">
        <caption className="mb-2 text-left font-semibold">Levels of care compared (programs vary)</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Level of care</th>
            <th scope="col" role="columnheader">Treatment time</th>
            <th scope="col" role="columnheader">Where you sleep</th>
            <th scope="col" role="columnheader">Who it may suit</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {careLevels.map((level) => (
            <tr key={level.id} role="row" className={level.id === 'iop' ? 'is-iop' : undefined}>
              <th scope="row" role="rowheader">{level.name}</th>
              <td role="cell" data-label="Treatment time">{level.hours}</td>
              <td role="cell" data-label="Where you sleep">{level.sleep}</td>
              <td role="cell" data-label="Who it may suit">{level.suits}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <FigureSources sources={careLevelSources} />
    </div>
  );
}
