// `npm run content:check`: checks every file in content/ without building the site.
import { checkContent, formatReport } from './check';

const result = checkContent();
console.log(formatReport(result));
process.exitCode = result.errors > 0 ? 1 : 0;
