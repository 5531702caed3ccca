import { strFromU8, unzipSync } from "fflate";

// Checks on a .docx as a file: a zip whose XML parts are well-formed. No XML parser is installed, so this is a small
// tokenizer: every tag closes in order, attributes are quoted, and text holds no bare "<" or unknown entity.

const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?[^>]*>|[^<]+/g;
const openTag = /^<([\w:.-]+)(\s+[\w:.-]+\s*=\s*("[^"<]*"|'[^'<]*'))*\s*(\/?)>$/;
const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Null when well-formed, else what is wrong. */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let root = 0;
  for (const [t] of xml.matchAll(token)) {
    if (t.startsWith("<?") || t.startsWith("<!--") || t.startsWith("<![CDATA[")) continue;
    if (t.startsWith("</")) {
      const name = t.slice(2, -1).trim();
      if (stack.pop() !== name) return `</${name}> sluit niet wat openstaat`;
    } else if (t.startsWith("<")) {
      const m = openTag.exec(t);
      if (!m) return `ongeldige tag ${t.slice(0, 80)}`;
      if (entity.test(t)) return `ongeldige entiteit in ${t.slice(0, 80)}`;
      if (stack.length === 0) root++;
      if (!m[4]) stack.push(m[1]!);
    } else {
      if (t.includes("<") || entity.test(t)) return `ongeldige tekst ${t.slice(0, 80)}`;
      if (stack.length === 0 && t.trim()) return "tekst buiten het hoofdelement";
    }
  }
  if (stack.length) return `niet gesloten: ${stack.join(" > ")}`;
  return root === 1 ? null : `${root} hoofdelementen`;
}

/** The XML parts of a .docx by name; throws when the file is no zip. */
export function xmlParts(docx: Uint8Array): Map<string, string> {
  const files = unzipSync(docx);
  return new Map(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
}
