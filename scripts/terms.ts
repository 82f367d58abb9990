// `npm run terms`: every glossary id and its term, for <Term id="..."> and links to /glossary#id.
//   npm run terms -- some/other/content        lists another folder's glossary (the tests use it)
import path from 'node:path';
import { formatTerms, readGlossary } from '../lib/content/glossary';
import { formatProblem } from '../lib/content/problems';

const dir = path.resolve(process.argv[2] ?? 'content');
const file = path.join(dir, 'glossary.yaml');
const glossary = readGlossary(file);
for (const problem of glossary.problems) console.error(formatProblem(problem));
console.log(formatTerms(glossary.entries, path.relative(process.cwd(), file) || file));
process.exitCode = glossary.problems.length ? 1 : 0;
