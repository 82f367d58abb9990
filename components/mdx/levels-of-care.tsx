import { careLevels, careLevelSources } from '@/lib/care-levels';
import { FigureSources } from './figure-sources';

/**
 * The levels of care side by side. A real table on wide screens; on a phone each level becomes a
 * card (CSS only). No explicit roles on its rows and cells: HTML forbids them inside a table, and
 * browsers keep a table's semantics when CSS changes how its parts are displayed.
 */
export function LevelsOfCare() {
  return (
    <div className="not-prose my-8">
      <table className="levels-table">
        <caption className="mb-2 text-left font-semibold">Levels of care compared (programs vary)</caption>
        <thead>
          <tr>
            <th scope="col">Level of care</th>
            <th scope="col">Treatment time</th>
            <th scope="col">Where you sleep</th>
            <th scope="col">Who it may suit</th>
          </tr>
        </thead>
        <tbody>
          {careLevels.map((level) => (
            <tr key={level.id} className={level.id === 'iop' ? 'is-iop' : undefined}>
              <th scope="row">{level.name}</th>
              <td data-label="Treatment time">{level.hours}</td>
              <td data-label="Where you sleep">{level.sleep}</td>
              <td data-label="Who it may suit">{level.suits}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <FigureSources sources={careLevelSources} />
    </div>
  );
}
