import { UrgentNumbers } from '@/components/crisis/urgent-numbers';
import { LinkCard } from '@/components/layout/link-card';
import type { TopTask } from '@/lib/home';

/**
 * What most readers come for, first (NHS "top tasks"): a list of cards with chevrons, each one tap.
 * The emergency card also carries the two numbers, so someone in danger can call without a second page.
 */
export function TopTasks({ tasks }: { tasks: readonly TopTask[] }) {
  return (
    <nav aria-label="Start here" className="top-tasks">
      <ul className="link-cards">
        {tasks.map((task) => (
          <LinkCard key={task.href} href={task.href} title={task.title} urgent={task.urgent}>
            {task.urgent ? <UrgentNumbers form="short" /> : task.description}
          </LinkCard>
        ))}
      </ul>
    </nav>
  );
}
