import { hiddenNote, type Report } from '@/lib/content/problems';

/**
 * What `npm run dev` shows instead of a page while the content has a mistake: the content check's own
 * messages (file, line, what is wrong, how to fix it), the first one first. Never shown on the built site:
 * the build stops on the same mistakes.
 */
export function ContentProblems({ report }: { report: Report }) {
  return (
    <div className="mx-auto max-w-[40rem]" role="alert">
      <h1 className="text-3xl leading-tight font-bold">This page cannot be shown yet: the content has a mistake</h1>
      <p className="mt-4 text-xl">
        Fix {report.shown.length === 1 ? 'it' : 'the first one'} in your text editor and save the file, then reload this
        page. <code>npm run content:check</code> gives the same {report.shown.length === 1 ? 'message' : 'messages'}.
      </p>
      <ol className="mt-6 space-y-4">
        {report.shown.map((problem, index) => {
          const held = report.hidden.find((entry) => entry.file === problem.file);
          const lastOfFile = report.shown[index + 1]?.file !== problem.file;
          return (
            <li key={index} className="rounded-lg border-l-8 border-urgent bg-urgent-bg p-4">
              <p className="font-bold">
                <code>{problem.file}</code>
                {problem.line ? `, line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : ''}
              </p>
              <p className="mt-2">{problem.message}.</p>
              {problem.fix ? <p className="mt-2">How to fix it: {problem.fix}.</p> : null}
              {held && lastOfFile ? <p className="mt-2 text-muted">{hiddenNote(held)}</p> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
