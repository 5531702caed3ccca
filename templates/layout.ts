import { AlignmentType, Document, Footer, Header, ImageRun, LineRuleType, PageNumber, Paragraph, TextRun, type FileChild, type IParagraphStyleOptions } from "docx";
import { mergeStyles } from "./merge-styles";
import { packDocx } from "./pack";

// The frame every document shares: A4 with the usual Dutch margins, real Word styles (Title, Heading 1–3, and named
// styles for members and items, so the navigation pane and a table of contents work), a header with the
// municipality's name, page numbers in the footer, document properties and the municipality's house style.

export interface Logo {
  readonly data: Uint8Array;
  readonly type: "png" | "jpg";
  readonly width: number;
  readonly height: number;
}

export interface HouseStyle {
  readonly font?: string | null;
  /** "#RRGGBB" */
  readonly colour?: string | null;
  readonly logo?: Logo | null;
  /** word/styles.xml of an uploaded Word file: the styles it defines govern, ours fill in the rest (merge-styles.ts). */
  readonly stylesXml?: string | null;
}

/** Which text a document was built from, and how it must be marked when that is not the text to decide on. */
export interface DocumentMeta {
  /** "Concept", "Werkversie – niet voor besluitvorming", or null for a document built from the definitive version. */
  readonly mark: string | null;
  /** "Modelversie 3, vastgezet op 12 november 2026" */
  readonly versionLabel: string;
}

export interface Frame {
  readonly title: string;
  readonly meta?: DocumentMeta;
  /** The organisation in the document properties (author) and in the header, e.g. "Gemeente Almelo". */
  readonly organisation: string;
  readonly houseStyle?: HouseStyle;
}

/** Named paragraph styles of our own, beside Word's built-in Title and Heading 1–3. */
export const styleIds = {
  member: "Lid",
  item: "Onderdeel",
  subItem: "Subonderdeel",
  placeholder: "Keuzemogelijkheid",
  signature: "Ondertekening",
  article: "Artikelkop",
  tocEntry: "Inhoudsopgave",
  tocEntry2: "Inhoudsopgave2",
  mark: "Markering",
} as const;

const defaultFont = "Arial";
const defaultColour = "1F3864";
// Twips: 1 cm = 567. A4 is 21 × 29.7 cm.
const cm = (n: number) => Math.round(n * 567);

function paragraphStyles(colour: string): IParagraphStyleOptions[] {
  const indented = (id: string, name: string, left: number) => ({
    id,
    name,
    basedOn: "Normal",
    quickFormat: true,
    paragraph: { indent: { left: cm(left), hanging: cm(0.75) }, spacing: { after: 80 } },
  });
  return [
    indented(styleIds.member, "Lid", 0.75),
    indented(styleIds.item, "Onderdeel", 1.5),
    indented(styleIds.subItem, "Subonderdeel", 2.25),
    {
      id: styleIds.placeholder,
      name: "Keuzemogelijkheid",
      basedOn: "Normal",
      quickFormat: true,
      run: { italics: true, color: colour },
      paragraph: { border: { left: { style: "single", size: 12, color: colour, space: 6 } }, indent: { left: cm(0.3) } },
    },
    { id: styleIds.signature, name: "Ondertekening", basedOn: "Normal", paragraph: { spacing: { before: 480 } } },
    // One look for every article heading, whether it stands in a chapter, a paragraaf or neither; its outline level is
    // set per paragraph, so the navigation pane and the PDF bookmarks still nest it below its chapter.
    { id: styleIds.article, name: "Artikelkop", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size: 22 }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true } },
    { id: styleIds.tocEntry, name: "Inhoudsopgave", basedOn: "Normal", paragraph: { spacing: { after: 40 } } },
    { id: styleIds.tocEntry2, name: "Inhoudsopgave2", basedOn: "Normal", paragraph: { spacing: { after: 40 }, indent: { left: cm(0.75) } } },
    { id: styleIds.mark, name: "Markering", basedOn: "Normal", run: { bold: true, color: "C00000" } },
  ];
}

const PAGE_MARGIN_TOP_CM = 2.5;
const HEADER_FROM_TOP_CM = 1.2;
/** The logo's box: it must fit between the header's top and the text, with a little air (0.3 cm) below. */
const LOGO_BOX_CM = { width: 6, height: PAGE_MARGIN_TOP_CM - HEADER_FROM_TOP_CM - 0.3 };
// docx sizes images in pixels at 96 dpi.
const pixels = (centimetres: number) => (centimetres / 2.54) * 96;

/** The logo scaled into its box, keeping its proportions. */
export function logoSize(logo: Logo): { width: number; height: number } {
  const scale = Math.min(pixels(LOGO_BOX_CM.width) / logo.width, pixels(LOGO_BOX_CM.height) / logo.height);
  return { width: Math.max(1, Math.floor(logo.width * scale)), height: Math.max(1, Math.floor(logo.height * scale)) };
}

/** The municipality's name, beside its logo on one line, so the header stays within its height and nothing is cut off. */
function header(frame: Frame): Header {
  const logo = frame.houseStyle?.logo;
  const image = logo ? [new ImageRun({ type: logo.type, data: logo.data, transformation: logoSize(logo) }), new TextRun("  ")] : [];
  const name = new TextRun({ text: frame.organisation, bold: true });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [...image, name] })] });
}

/** Page numbers, and on every page the mark of a document that is not built from the definitive version. */
const footer = (mark: string | null | undefined) =>
  new Footer({
    children: [
      ...(mark ? [new Paragraph({ alignment: AlignmentType.CENTER, style: styleIds.mark, children: [new TextRun(mark)] })] : []),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })] }),
    ],
  });

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The core properties as docx would write them, plus dc:language, which docx leaves out and Word and screen readers
 * read the document's language from. Handed to the packer as an override, so the zip is written once.
 */
function coreProperties(p: { title: string; creator: string; description: string; keywords?: string }, language: string): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const element = (name: string, value: string | undefined) => (value === undefined ? "" : `<${name}>${escapeXml(value)}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", p.title) +
    element("dc:creator", p.creator) +
    element("cp:keywords", p.keywords) +
    element("dc:description", p.description) +
    element("cp:lastModifiedBy", p.creator) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    element("dc:language", language) +
    "</cp:coreProperties>"
  );
}

/** The document as .docx bytes. */
export async function buildDocx(frame: Frame, children: FileChild[]): Promise<Uint8Array> {
  const style = frame.houseStyle ?? {};
  const font = style.font || defaultFont;
  const colour = (style.colour || defaultColour).replace(/^#/, "");
  // Outline levels on the heading styles: LibreOffice and Word then both take them for headings (and a PDF gets bookmarks).
  const heading = (size: number, level: number) => ({ run: { font, size, bold: true, color: colour }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: level } });
  const meta = frame.meta;
  const title = meta?.mark ? `${frame.title} (${meta.mark.toLowerCase()})` : frame.title;
  const properties = { title, creator: frame.organisation, description: meta ? `${title}. Gemaakt uit ${meta.versionLabel}.` : title, keywords: meta?.versionLabel };
  const document = new Document({
    ...properties,
    lastModifiedBy: frame.organisation,
    ...(meta ? { customProperties: [{ name: "Modelversie", value: meta.versionLabel }] } : {}),
    styles: {
      default: {
        document: { run: { font, size: 22, language: { value: "nl-NL" } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font, size: 36, bold: true, color: colour }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(30, 0),
        heading2: heading(26, 1),
        heading3: heading(23, 2),
      },
      paragraphStyles: paragraphStyles(colour),
    },
    sections: [
      {
        properties: { page: { size: { width: cm(21), height: cm(29.7) }, margin: { top: cm(PAGE_MARGIN_TOP_CM), bottom: cm(2.5), left: cm(2.5), right: cm(2.5), header: cm(HEADER_FROM_TOP_CM), footer: cm(1.2) } } },
        headers: { default: header(frame) },
        footers: { default: footer(meta?.mark) },
        children,
      },
    ],
  });
  return packDocx(document, [{ path: "docProps/core.xml", data: coreProperties(properties, "nl-NL") }], (parts) => {
    stableLinkIds(parts);
    if (style.stylesXml) parts.set("word/styles.xml", mergeStyles(style.stylesXml, parts.get("word/styles.xml")!));
  });
}

const RELATIONSHIPS = "word/_rels/document.xml.rels";

/** docx names each external link's relationship with a random id; numbered in order, the same text gives the same file. */
function stableLinkIds(parts: Map<string, string>): void {
  const renamed = new Map([...parts.get(RELATIONSHIPS)!.matchAll(/Id="(rId[A-Za-z0-9_-]{12,})"/g)].map(([, id], i) => [id!, `rIdLink${i + 1}`]));
  if (renamed.size === 0) return;
  const rename = (xml: string) => xml.replace(/"(rId[A-Za-z0-9_-]{12,})"/g, (quoted, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : quoted));
  for (const path of [RELATIONSHIPS, "word/document.xml"]) parts.set(path, rename(parts.get(path)!));
}
