// The MDX loader of `npm run dev` only (next.config.mjs puts it in place of @next/mdx's). When an article's
// text cannot be compiled, it still gives the page a body, so the preview shows the content check's own
// message (app/layout.tsx) instead of the framework's build error with a stack trace. `next build` never
// uses it: there the content check stops the build first, with the same message.
const nextMdxLoader = require('@next/mdx/mdx-js-loader');

const placeholder = `export default function ArticleTextNotShown() {
  return <p>This article's text is not shown until the mistake in it is fixed.</p>;
}
`;

module.exports = function previewMdxLoader(...args) {
  const done = this.async();
  const context = new Proxy(this, {
    get(target, property, receiver) {
      if (property === 'async')
        return () =>
          (error, ...result) =>
            error ? done(null, placeholder) : done(null, ...result);
      return Reflect.get(target, property, receiver);
    },
  });
  nextMdxLoader.call(context, ...args);
};
