import type { FigureSource } from '@/lib/care-levels';
import { FigureSources } from './figure-sources';

/** Where the example's session lengths and pattern come from (shown under it). */
const weekSources: FigureSource[] = [
  {
    title: 'Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (TIP 47)',
    publisher: 'SAMHSA',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  },
];

/**
 * An example IOP week, built from published programs (3-hour group blocks on three days, one
 * individual session; research notes section 2). Not a standard: programs vary, and the caption says so.
 */
const week = [
  { day: 'Monday', sessions: ['3-hour group block: skills group (such as CBT or DBT), process group and learning about your condition'] },
  { day: 'Tuesday', sessions: ['Individual therapy session (about 50 minutes)', 'Practice skills from group at home'] },
  { day: 'Wednesday', sessions: ['3-hour group block'] },
  { day: 'Thursday', sessions: ['3-hour group block', 'Medication check, if you need one'] },
  { day: 'Friday', sessions: ['No program sessions: homework, or a peer-support meeting'] },
  { day: 'Weekend', sessions: ['Time at home; some people go to a mutual-support group'] },
];

export function TypicalWeek() {
  return (
    <div className="not-prose my-8">
      <table className="week-table">
        <caption className="mb-2 text-left font-semibold">
          An example IOP week (an illustration: every program sets its own schedule, often with morning or evening
          options, and family sessions from time to time)
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">What happens</th>
          </tr>
        </thead>
        <tbody>
          {week.map(({ day, sessions }) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              <td>
                <ul>
                  {sessions.map((session) => (
                    <li key={session}>{session}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FigureSources sources={weekSources} />
    </div>
  );
}
