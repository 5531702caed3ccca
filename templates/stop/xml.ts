// A small XML tree and its serialiser: the STOP builder composes elements, and text is escaped in one place.
// Mixed content (text beside inline elements, in order) is what STOP's Al and Opschrift need; a plain tree keeps it
// exact, where an object-to-XML mapper would have to be told the order of every child (decision 055).

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

export const el = (name: string, attrs: Record<string, string | null | undefined> = {}, ...children: (XmlNode | null | undefined | false)[]): XmlElement => ({
  name,
  attrs: Object.fromEntries(Object.entries(attrs).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
  children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false && c !== ""),
});

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

function write(node: XmlNode, out: string[]): void {
  if (typeof node === "string") {
    out.push(escape(node));
    return;
  }
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  if (node.children.length === 0) {
    out.push(`<${node.name}${attrs}/>`);
    return;
  }
  out.push(`<${node.name}${attrs}>`);
  for (const child of node.children) write(child, out);
  out.push(`</${node.name}>`);
}

/** The element as an XML document of its own. */
export function xmlDocument(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, out);
  out.push("\n");
  return out.join("");
}
