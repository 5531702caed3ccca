import { AlignmentType, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild, type IParagraphStyleOptions } from "docx";
import { withUploadedStyles } from "./merge-styles";

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

export interface Frame {
  readonly title: string;
  /** The organisation in the document properties (author) and in the header, e.g. "Gemeente Almelo". */
  readonly organisation: string;
  readonly houseStyle?: HouseStyle;
  /** Asks Word to fill in the table of contents on opening; only for documents that have one, as Word asks first. */
  readonly tableOfContents?: boolean;
}

/** Named paragraph styles of our own, beside Word's built-in Title and Heading 1–3. */
export const styleIds = {
  member: "Lid",
  item: "Onderdeel",
  subItem: "Subonderdeel",
  placeholder: "Keuzemogelijkheid",
  signature: "Ondertekening",
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

const footer = () =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })] })] });

/** The document as .docx bytes. */
export async function buildDocx(frame: Frame, children: FileChild[]): Promise<Uint8Array> {
  const style = frame.houseStyle ?? {};
  const font = style.font || defaultFont;
  const colour = (style.colour || defaultColour).replace(/^#/, "");
  const heading = (size: number) => ({ run: { font, size, bold: true, color: colour }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } });
  const document = new Document({
    title: frame.title,
    creator: frame.organisation,
    lastModifiedBy: frame.organisation,
    description: frame.title,
    features: { updateFields: Boolean(frame.tableOfContents) },
    styles: {
      default: {
        document: { run: { font, size: 22, language: { value: "nl-NL" } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font, size: 36, bold: true, color: colour }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(30),
        heading2: heading(26),
        heading3: heading(23),
      },
      paragraphStyles: paragraphStyles(colour),
    },
    sections: [
      {
        properties: { page: { size: { width: cm(21), height: cm(29.7) }, margin: { top: cm(PAGE_MARGIN_TOP_CM), bottom: cm(2.5), left: cm(2.5), right: cm(2.5), header: cm(HEADER_FROM_TOP_CM), footer: cm(1.2) } } },
        headers: { default: header(frame) },
        footers: { default: footer() },
        children,
      },
    ],
  });
  const docx = new Uint8Array(await Packer.toBuffer(document));
  return style.stylesXml ? withUploadedStyles(docx, style.stylesXml) : docx;
}
