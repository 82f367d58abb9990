// What our remark plugins leave on mdast nodes, so the other plugins and the loader can read it typed.
import 'mdast';

declare module 'mdast' {
  interface HeadingData {
    /** The heading's section id (lib/mdx/headings.mjs): the #id of its shared link. */
    id?: string;
  }
}
