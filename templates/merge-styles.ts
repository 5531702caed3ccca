// An uploaded styles.xml governs every style it defines (Normal, Title, Heading 1–3, its document defaults): that is
// what a municipality's template is for. Ours fill in only what it lacks, such as our own styles for members and
// items. (docx's `externalStyles` puts its built-in defaults before the uploaded ones, and Word takes the first of
// two styles with one id, so the upload lost; hence the merge on the compiled styles part, templates/layout.ts.)

const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;

export function mergeStyles(uploaded: string, ours: string): string {
  const defined = new Set([...uploaded.matchAll(STYLE)].map((m) => m[1]));
  const missing = [...ours.matchAll(STYLE)].filter((m) => !defined.has(m[1])).map((m) => m[0]);
  let merged = uploaded.replace(/<w:styles\b([^>]*?)\/>/, "<w:styles$1></w:styles>");
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(ours)?.[0];
  if (defaults && !/<w:docDefaults[\s>/]/.test(merged)) merged = merged.replace(/<w:styles\b[^>]*>/, (open) => open + defaults);
  return merged.replace(/<\/w:styles>\s*$/, `${missing.join("")}</w:styles>`);
}
