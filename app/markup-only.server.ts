import type { AppLoadContext } from "@remix-run/node";
import type { PageHtml } from "./components/ordinance-html";

/**
 * The ordinance HTML for a loader's data. On a document request (a page's first load) only a reference goes into the
 * data and the HTML into `markupOnlyHtml`, which app/entry.server.tsx hands to the render: the page carries the text
 * once. A data request (a navigation or revalidation in the browser) has no markup, so it gets the HTML itself.
 */
export function markupOnly(context: AppLoadContext, html: string): PageHtml {
  const store = context.markupOnlyHtml;
  if (!store) return html;
  const ref = `html-${store.size + 1}`;
  store.set(ref, html);
  return { inMarkup: ref };
}
