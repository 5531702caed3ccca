import { strToU8, zipSync } from "fflate";

// Word files made by hand in tests: the parts a writer's Word would produce, as little XML as Word accepts.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const CONTENT_TYPES_XML = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

export interface ParagraphOptions {
  readonly style?: string;
  readonly bold?: boolean;
  readonly list?: { numId: number; level?: number };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
export const run = (text: string, props = "") => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

export function para(content: string, options: ParagraphOptions = {}): string {
  const props = [options.style ? `<w:pStyle w:val="${options.style}"/>` : "", options.list ? `<w:numPr><w:ilvl w:val="${options.list.level ?? 0}"/><w:numId w:val="${options.list.numId}"/></w:numPr>` : ""].join("");
  const runs = content.startsWith("<w:") ? content : run(content, options.bold ? "<w:b/>" : "");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs}</w:p>`;
}

export function numberingXml(levels: Record<number, { format: string; text: string }[]>): string {
  const abstract = Object.entries(levels)
    .map(([id, lvls]) => `<w:abstractNum w:abstractNumId="${id}">${lvls.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/></w:lvl>`).join("")}</w:abstractNum>`)
    .join("");
  const nums = Object.keys(levels).map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${abstract}${nums}</w:numbering>`;
}

export const commentsXml = (comments: Record<string, string>) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${Object.entries(comments).map(([id, text]) => `<w:comment w:id="${id}" w:author="T"><w:p>${run(text)}</w:p></w:comment>`).join("")}</w:comments>`;

export const stylesXml = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;

/** A zip with these parts and the content types a .docx needs. */
export const wordFile = (parts: Record<string, string | Uint8Array>, contentTypes = CONTENT_TYPES_XML) =>
  zipSync({ "[Content_Types].xml": strToU8(contentTypes), ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])) });
