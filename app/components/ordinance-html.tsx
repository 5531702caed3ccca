/** Shows HTML rendered by ordinance-model, which escapes every text it prints. */
export function OrdinanceHtml({ html, label }: { html: string; label: string }) {
  return <article className="mw-ordinance-view" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
