import { createContext, useContext, useState } from "react";

/**
 * The ordinance HTML of a page as its loader returns it: the HTML itself, or, in the data of a page's first load, a
 * reference to it. The server then writes the HTML once, in the markup, instead of a second time in the hydration data
 * (app/markup-only.server.ts): at 310 articles that is 1.8 MB less to render, send and parse.
 */
export type PageHtml = string | { inMarkup: string };

/** The HTML a document request's loaders kept out of their data, by reference; only while rendering on the server. */
export const MarkupOnlyHtml = createContext<ReadonlyMap<string, string> | undefined>(undefined);

/** Shows HTML rendered by ordinance-model, which escapes every text it prints. */
export function OrdinanceHtml({ html, label }: { html: PageHtml; label: string }) {
  const onServer = useContext(MarkupOnlyHtml);
  const ref = typeof html === "string" ? undefined : html.inMarkup;
  // In the browser the referenced HTML is already in the page, written by the server: it is read back once, so that
  // hydration keeps it as it is. A later load of the page's data brings the HTML itself.
  const [inMarkup] = useState(() => (ref === undefined ? "" : (onServer?.get(ref) ?? markupOf(ref))));
  return (
    <article
      className="mw-ordinance-view"
      aria-label={label}
      data-markup-only={ref}
      dangerouslySetInnerHTML={{ __html: typeof html === "string" ? html : inMarkup }}
    />
  );
}

const markupOf = (ref: string) => (typeof document === "undefined" ? "" : (document.querySelector(`[data-markup-only="${ref}"]`)?.innerHTML ?? ""));
