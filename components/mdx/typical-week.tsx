import type { FigureSource } from '@/lib/care-levels';
import { FigureSources } from './figure-sources';

/** Where the example's pattern comes from (shown under it): days, weekly hours and kinds of session. */
const weekSources: FigureSource[] = [
  {
    title: 'Mental health care (intensive outpatient program services)',
    publisher: 'Medicare.gov',
    url: 'https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services',
  },
  {
    title: 'Intensive Outpatient Treatment Program (a hospital describing its own program)',
    publisher: 'Cleveland Clinic',
    url: 'https://my.clevelandclinic.org/departments/neurological/outcomes/565-intensive-outpatient-treatment-program',
  },
  {
    title: 'Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (TIP 47)',
    publisher: 'SAMHSA',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
  },
];

/**
 * An example IOP week, not a standard: programs vary, and the caption says so. Its shape follows what
 * primary sources say: group sessions on 3 to 4 days a week (Cleveland Clinic's IOP, a hospital
 * describing its own program) adding up to at least 9 hours a week (Medicare.gov's description of IOP),
 * with individual therapy, family sessions, skills practice and mutual-support groups (SAMHSA TIP 47's
 * core and enhanced services). The session lengths are illustrative, not quoted from any one program.
 */
const week = [
  {
    day: 'Monday',
    sessions: [
      '3-hour group block: skills group (such as CBT or DBT), process group and learning about your condition',
    ],
  },
  { day: 'Tuesday', sessions: ['Individual therapy session', 'Practice skills from group at home'] },
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
